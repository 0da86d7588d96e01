/**
 * jieba's precise and search cuts (`cut` and `cut_for_search` of jieba-rs with `hmm = true`),
 * written over a Lexicon: the same words as @node-rs/jieba with the same dictionary, which
 * test/unit/jiebaCut.test.ts checks on the bundled summit, generated reports and random text.
 *
 * The text is split into runs of "Han" characters (CJK ideographs, ASCII letters and digits,
 * `+#&._%-`) and everything else; each other character is a word by itself (`\r\n` together).
 * In a run, every dictionary word starting at each position is an edge of a graph, and the
 * route of highest probability (the product of the words' frequencies over the total) is
 * taken from the end backwards; consecutive single characters that do not form a dictionary
 * word go through the HMM (hmm.ts), which joins unknown names: 谢桦说 → 谢桦 / 说.
 * The search cut adds, before each word of more than two characters, its two- and
 * three-character pieces that are words: 上海华山医院 → 上海, 华山, 医院, 上海华山医院.
 */
import { hmmCut } from './hmm';
import type { HmmModel, Lexicon } from './lexicon';

function isHanDefault(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0x20000 && code <= 0x2a6df) || (code >= 0x2a700 && code <= 0x2ebef) || (code >= 0x2f800 && code <= 0x2fa1f)
    || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || code === 0x2b || code === 0x23 || code === 0x26 || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2d;
}

const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** Whether text[from, to) is one code point. */
function oneChar(text: string, from: number, to: number): boolean {
  return to - from === 1 || (to - from === 2 && text.codePointAt(from)! > 0xffff);
}

export class JiebaCut {
  /**
   * @param lexicon the dictionary (jieba's, with the user dictionary applied)
   * @param model the HMM, asked for the first time a run of unknown characters needs it
   */
  constructor(private readonly lexicon: Lexicon, private readonly model: () => HmmModel) {}

  /** Precise mode: 上海华山医院的谢桦说 → 上海华山医院 / 的 / 谢桦 / 说. */
  cut(text: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      const first = text.codePointAt(i)!;
      const han = isHanDefault(first);
      let j = i + width(first);
      while (j < text.length) {
        const code = text.codePointAt(j)!;
        if (isHanDefault(code) !== han) break;
        j += width(code);
      }
      if (han) this.cutRun(text.slice(i, j), out);
      else otherCharacters(text, i, j, out);
      i = j;
    }
    return out;
  }

  /** Search mode: each word of `cut`, preceded by its two- and three-character dictionary words. */
  cutForSearch(text: string): string[] {
    const out: string[] = [];
    for (const word of this.cut(text)) {
      const chars = word.length > 2 ? Array.from(word) : [];
      for (let i = 0; chars.length > 2 && i + 1 < chars.length; i++) this.pushWord(chars[i] + chars[i + 1], out);
      for (let i = 0; chars.length > 3 && i + 2 < chars.length; i++) this.pushWord(chars[i] + chars[i + 1] + chars[i + 2], out);
      out.push(word);
    }
    return out;
  }

  private pushWord(gram: string, out: string[]): void {
    if (this.lexicon.has(gram)) out.push(gram);
  }

  /** A run of Han characters: the best route through the dictionary's words, unknown stretches by the HMM. */
  private cutRun(run: string, out: string[]): void {
    const ends = this.route(run);
    let x = 0;
    let left = -1;
    while (x < run.length) {
      const y = ends[x];
      if (oneChar(run, x, y)) {
        if (left < 0) left = x;
      } else {
        if (left >= 0) this.singles(run.slice(left, x), out);
        left = -1;
        out.push(run.slice(x, y));
      }
      x = y;
    }
    if (left >= 0) this.singles(run.slice(left), out);
  }

  /** Consecutive single characters of the route: one word if the dictionary has it, else the HMM's words. */
  private singles(stretch: string, out: string[]): void {
    if (oneChar(stretch, 0, stretch.length)) out.push(stretch);
    else if (!this.lexicon.has(stretch)) hmmCut(stretch, this.model(), out);
    else for (const ch of stretch) out.push(ch);
  }

  /** For each position, where the best route's word from it ends (jieba's `calc`, ties to the longer word). */
  private route(run: string): Int32Array {
    const { lexicon } = this;
    const logTotal = lexicon.logTotal;
    const starts: number[] = [];
    for (let i = 0; i < run.length; i += width(run.codePointAt(i)!)) starts.push(i);
    const prob = new Float64Array(run.length + 1);
    const ends = new Int32Array(run.length + 1);
    let next = run.length;
    for (let k = starts.length - 1; k >= 0; k--) {
      const i = starts[k];
      let bestP = 0;
      let bestEnd = -1;
      lexicon.prefixes(run, i, run.length, (end, logFreq) => {
        const p = logFreq - logTotal + prob[end];
        if (bestEnd < 0 || p >= bestP) { bestP = p; bestEnd = end; }
      });
      if (bestEnd < 0) { bestP = (0 - logTotal) + prob[next]; bestEnd = next; }
      prob[i] = bestP;
      ends[i] = bestEnd;
      next = i;
    }
    return ends;
  }
}

/** Characters outside the Han runs: each a word, `\r\n` one word. */
function otherCharacters(text: string, from: number, to: number, out: string[]): void {
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i)!;
    const w = code === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < to ? 2 : width(code);
    out.push(text.slice(i, i + w));
    i += w;
  }
}
