/**
 * Text normalisation shared by indexing and querying: Unicode NFKC (full-width
 * letters and digits become ASCII), case folding, Traditional → Simplified
 * Chinese (opencc-js), and punctuation turned into spaces so that segmenters
 * never glue words across it.
 *
 * The normalised text keeps a map back to the original, so a range found in the
 * normalised text (a highlight) maps back exactly onto the characters the user sees.
 */
// opencc-js ships only an ESM/UMD build without CommonJS types for the subpath; its
// Traditional→Simplified dictionaries are pure data (≈110 KB), so core may load it.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const OpenCC: { Converter(opts: { from: string; to: string }): (s: string) => string } = require('opencc-js/t2cn');

/** Bumped whenever normalisation changes, so cached indexes built with an older one are rebuilt. */
export const NORMALIZE_VERSION = 1;

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text` (plus one past the end): the original offset where it starts. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`: the original offset where the character that produced it ends. */
  ends: Int32Array;
}

let toSimplified: ((s: string) => string) | undefined;

/** Traditional (Taiwan, Hong Kong and OpenCC standard forms) → Simplified. Loaded on first use. */
export function traditionalToSimplified(text: string): string {
  if (!toSimplified) {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    toSimplified = (s: string) => hk(tw(s));
  }
  return toSimplified(text);
}

/** Punctuation and symbols that separate words (letters, digits, marks and CJK are kept). */
const SEPARATOR = /[\p{P}\p{S}\p{Z}\s]/u;
/** Characters kept inside words although they are punctuation: 1700+, C++, e-health stay searchable as parts. */
const COMBINING = /\p{M}/u;

/** Whether a (normalised) token consists only of separators: whitespace, punctuation, symbols. */
export function isSeparatorToken(token: string): boolean {
  for (const ch of token) if (!SEPARATOR.test(ch)) return false;
  return true;
}

/**
 * Normalises `input` and keeps the offset map. Works per character cluster (a base
 * character with its combining marks), so NFKC expansions (㈱ → (株)) and case
 * folding that changes length (İ → i̇) still map back to the exact source span.
 */
export function normalize(input: string): NormalizedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    // One cluster: a code point plus following combining marks.
    let j = i + (isHighSurrogateAt(input, i) ? 2 : 1);
    while (j < input.length) {
      const cp = input.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    const cluster = input.slice(i, j);
    let out = cluster.normalize('NFKC').toLowerCase();
    out = foldSeparators(out);
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    parts.push(out);
    i = j;
  }
  let text = parts.join('');
  const converted = traditionalToSimplified(text);
  if (converted.length === text.length) {
    text = converted;
  } else {
    // A phrase conversion changed the length: convert cluster by cluster instead, keeping the map exact.
    const rebuilt: string[] = [];
    const s2: number[] = [];
    const e2: number[] = [];
    let pos = 0;
    for (const part of parts) {
      const conv = traditionalToSimplified(part);
      const from = starts[pos];
      const to = ends[pos];
      for (let k = 0; k < conv.length; k++) { s2.push(from); e2.push(to); }
      rebuilt.push(conv);
      pos += part.length;
    }
    text = rebuilt.join('');
    starts.length = 0; ends.length = 0;
    starts.push(...s2); ends.push(...e2);
  }
  const startArr = new Int32Array(text.length + 1);
  const endArr = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) { startArr[k] = starts[k]; endArr[k] = ends[k]; }
  startArr[text.length] = input.length;
  return { text, starts: startArr, ends: endArr };
}

/** Just the normalised string (for queries and vocabulary). */
export function normalizeText(input: string): string {
  return normalize(input).text;
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = n.starts[Math.min(start, n.text.length)];
    return [at, at];
  }
  return [n.starts[start], n.ends[end - 1]];
}

function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
}

/**
 * Turns separators into spaces (same length), except characters that commonly sit
 * inside a token: `+` `#` `.` `-` `_` `&` `/` `'` between letters or digits are kept by
 * the segmenter anyway, so only true separators are replaced here.
 */
function foldSeparators(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SEPARATOR.test(ch) && !KEEP.has(ch)) out += ' '.repeat(ch.length);
    else out += ch;
  }
  return out;
}

/** Symbols kept verbatim (they carry meaning in terms like 1700+, C++, C#, 3.0, HL7-FHIR). */
const KEEP = new Set(['+', '#', '.', '-', '_', '&', '%']);
