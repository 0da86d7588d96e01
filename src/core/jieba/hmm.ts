/**
 * jieba's HMM cut of a run of characters that no dictionary word covers (what jieba-rs does
 * for "unknown words" with `hmm = true`): Han characters U+4E00–U+9FD5 go through Viterbi
 * over the states B, E, M, S; anything else is split into Latin/number runs and the rest.
 * Ties are broken as jieba-rs breaks them (the later state of B < E < M < S wins), so the
 * words are the same, e.g. 谢桦说 → 谢桦 / 说 with jieba's stock model.
 */
import { MIN_EMIT, type HmmModel } from './lexicon';

const B = 0;
const E = 1;
const M = 2;
const S = 3;
/** The states each state may follow, in jieba-rs's order. */
const PREVIOUS: readonly (readonly number[])[] = [[E, S], [B, M], [M, B], [S, E]];

/** A Latin letter/digit run, a following number part and a per cent sign (Rust's regex: `.` is any character but \n, `\d` any decimal digit). */
const LATIN_RUN = /[a-zA-Z0-9]+(?:[^\n]\p{Nd}+)?%?/gu;

function isHmmHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fd5;
}

/** The words of `text` by jieba's HMM (its caller gives it runs of single characters). */
export function hmmCut(text: string, model: HmmModel, out: string[]): void {
  let i = 0;
  while (i < text.length) {
    const han = isHmmHan(text.codePointAt(i)!);
    let j = i;
    while (j < text.length) {
      const code = text.codePointAt(j)!;
      if (isHmmHan(code) !== han) break;
      j += code > 0xffff ? 2 : 1;
    }
    const run = text.slice(i, j);
    if (!han) splitLatin(run, out);
    else if (j - i > 1) viterbiCut(run, model, out);
    else out.push(run);
    i = j;
  }
}

/** The matches of LATIN_RUN and the text between them, each a word. */
function splitLatin(run: string, out: string[]): void {
  let last = 0;
  for (const m of run.matchAll(LATIN_RUN)) {
    if (m.index > last) out.push(run.slice(last, m.index));
    if (m[0] !== '') out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < run.length) out.push(run.slice(last));
}

const emitOf = (model: HmmModel, state: number, ch: string): number => model.emit[state].get(ch) ?? MIN_EMIT;

/** The best state path of these characters (at least two). */
function viterbi(chars: readonly string[], model: HmmModel): number[] {
  const n = chars.length;
  const v = new Float64Array(n * 4);
  const prev = new Int8Array(n * 4).fill(-1);
  for (let y = 0; y < 4; y++) v[y] = model.start[y] + emitOf(model, y, chars[0]);
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < 4; y++) {
      const em = emitOf(model, y, chars[t]);
      let best = -Infinity;
      let bestState = -1;
      for (const y0 of PREVIOUS[y]) {
        const p = v[(t - 1) * 4 + y0] + model.trans[y0][y] + em;
        if (bestState < 0 || p > best || (p === best && y0 > bestState)) { best = p; bestState = y0; }
      }
      v[t * 4 + y] = best;
      prev[t * 4 + y] = bestState;
    }
  }
  const lastE = v[(n - 1) * 4 + E];
  const lastS = v[(n - 1) * 4 + S];
  let state = lastE > lastS ? E : S;
  const path = new Array<number>(n);
  path[n - 1] = state;
  for (let t = n - 1; t > 0 && prev[t * 4 + state] >= 0; t--) {
    state = prev[t * 4 + state];
    path[t - 1] = state;
  }
  return path;
}

/** Words from the Viterbi path: B opens a word, E closes it, S is a word alone. */
function viterbiCut(run: string, model: HmmModel, out: string[]): void {
  const chars = Array.from(run);
  const path = viterbi(chars, model);
  let offset = 0;
  let begin = 0;
  let next = 0;
  for (let i = 0; i < chars.length; i++) {
    const end = offset + chars[i].length;
    if (path[i] === B) begin = offset;
    else if (path[i] === E) { out.push(run.slice(begin, end)); next = end; }
    else if (path[i] === S) { out.push(run.slice(offset, end)); next = end; }
    offset = end;
  }
  if (next < run.length) out.push(run.slice(next));
}
