/**
 * A text's precise-mode words read off its search-mode tokens, so that building an index cuts
 * each text once. jieba-rs's search mode is its precise mode with, right before each word of
 * more than two characters, the dictionary words of two and then of three characters inside it
 * (left to right, as many as the dictionary has): the precise words are the tokens that tile the
 * text, each after a run of its own sub-words. When the tokens admit exactly one such reading,
 * that reading is the precise cut; when they admit none or several, the caller cuts the text.
 */

/** Segmenters whose search mode is built that way (their ids start with the engine's name). */
const SUB_WORD_SEARCH_MODE = /^node-rs-jieba@/;

/** Whether `preciseFromSearch` may be used with this segmenter's tokens. */
export function searchModeHoldsPreciseWords(segmenterId: string): boolean {
  return SUB_WORD_SEARCH_MODE.test(segmenterId);
}

/** A reading is not looked for past this many sub-words before one word (a word of 33 characters has 63). */
const MAX_SUB_WORDS = 64;

/** A reading's state: after token k at text position pos (k is where it is kept). */
interface Reach {
  pos: number;
  /** Readings that arrive here, capped at 2 (only "exactly one" matters). */
  n: number;
  /** The state the first reading came from (its group's start): token index and its entry there. */
  k: number;
  at: number;
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}

/** The sub-words search mode may put before `word`, in its order: every two-character part, then every three-character part. */
function subWordOrder(word: string): string[] {
  const cps = Array.from(word);
  const out: string[] = [];
  if (cps.length > 2) for (let i = 0; i + 2 <= cps.length; i++) out.push(cps.slice(i, i + 2).join(''));
  if (cps.length > 3) for (let i = 0; i + 3 <= cps.length; i++) out.push(cps.slice(i, i + 3).join(''));
  return out;
}

/** Whether tokens[from, to) are sub-words of tokens[to] in search mode's order. */
function subWordsOf(tokens: readonly string[], from: number, to: number): boolean {
  const w = tokens[to];
  if (codePoints(w) !== w.length) return subWordsInOrder(tokens, from, to, subWordOrder(w));
  // One UTF-16 unit per character: the parts are read in place, two-character ones first.
  let size = 2;
  let at = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    for (;;) {
      if (at + size > w.length) {
        if (size === 3 || w.length <= 3) return false;
        size = 3;
        at = 0;
        continue;
      }
      const hit = t.length === size && w.startsWith(t, at);
      at++;
      if (hit) break;
    }
  }
  return true;
}

function subWordsInOrder(tokens: readonly string[], from: number, to: number, order: string[]): boolean {
  let j = 0;
  for (let k = from; k < to; k++) {
    while (j < order.length && order[j] !== tokens[k]) j++;
    if (j === order.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether the tokens, one after another, are the text (search mode added no sub-word): then
 * they are its only reading, as any reading that took some of them as sub-words would leave
 * its words shorter than the text.
 */
function tilesExactly(text: string, tokens: readonly string[]): boolean {
  let pos = 0;
  for (const t of tokens) {
    if (!text.startsWith(t, pos)) return false;
    pos += t.length;
  }
  return pos === text.length;
}

/**
 * The precise-mode words of `text` given its search-mode tokens (see the module comment), or
 * undefined when the tokens do not determine them.
 */
export function preciseFromSearch(text: string, tokens: readonly string[]): string[] | undefined {
  const m = tokens.length;
  const lengths = tokens.map(codePoints);
  let longest = 0;
  for (const l of lengths) {
    if (l === 0) return undefined;
    if (l > longest) longest = l;
  }
  // A word of L characters has at most 2L - 3 sub-words before it.
  const run = Math.max(0, 2 * longest - 3);
  if (run > MAX_SUB_WORDS) return undefined;
  if (tilesExactly(text, tokens)) return [...tokens];
  // states[k]: the positions reached after k tokens (rarely more than one).
  const states: Reach[][] = [[{ pos: 0, n: 1, k: -1, at: -1 }]];
  for (let k = 0; k < m; k++) {
    const here = states[k];
    if (!here) continue;
    for (let i = 0; i < here.length; i++) {
      const { pos, n } = here[i];
      // The group starting at token k ends with its word at some b >= k; tokens k..b-1 are its sub-words.
      for (let b = k; b < m && b - k <= run; b++) {
        const w = tokens[b];
        if (text.startsWith(w, pos) && (b === k || (lengths[b] > 2 && b - k <= 2 * lengths[b] - 3 && subWordsOf(tokens, k, b)))) {
          const list = (states[b + 1] ??= []);
          const r = list.find((x) => x.pos === pos + w.length);
          if (r) r.n = Math.min(2, r.n + n);
          else list.push({ pos: pos + w.length, n, k, at: i });
        }
        if (lengths[b] !== 2 && lengths[b] !== 3) break;
      }
    }
  }
  const end = states[m]?.find((x) => x.pos === text.length);
  if (!end || end.n !== 1) return undefined;
  const words: string[] = [];
  for (let k = m, r = end; k > 0;) {
    words.push(tokens[k - 1]);
    const from = r.k;
    r = states[from][r.at];
    k = from;
  }
  return words.reverse();
}
