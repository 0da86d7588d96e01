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
// Traditional→Simplified dictionaries are pure data (≈110 KB), so core may load it — only when
// some text holds a Traditional character (see scriptTables.ts for what is known without it).
interface OpenCCModule { Converter(opts: { from: string; to: string }): (s: string) => string }
let openccModule: OpenCCModule | undefined;
function openCC(): OpenCCModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the subpath has no CommonJS types
  openccModule ??= require('opencc-js/t2cn') as OpenCCModule;
  return openccModule;
}

import { TRIGGER_RANGES } from '../lang/zh/scriptTables';
import { UnitSet } from './unitSet';

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

/** The UTF-16 units some table entry changes (asked for every unit of every text). */
let triggers: UnitSet | undefined;
let hongKongToMainland: ((s: string) => string) | undefined;

/**
 * Traditional → Simplified. Text without any character a table entry changes is returned as
 * is; the converter (a trie over all of OpenCC's tables, tens of milliseconds to build) is
 * built the first time some text needs it, so Simplified-only work never pays for it.
 */
export function traditionalToSimplified(text: string): string {
  // The Hong Kong table covers the standard Traditional characters and the HK/TW variant
  // forms (衞, 裡, 峯 …) without re-spelling Simplified words (著名 stays 著名).
  // The conversion can only change text that contains a character some table entry changes.
  const first = nextTrigger(text, 0);
  if (first < 0) return text;
  hongKongToMainland ??= openCC().Converter({ from: 'hk', to: 'cn' });
  if (text.length <= WHOLE_MAX) return hongKongToMainland(text);
  // A long text (a whole report): only the clauses that hold such a character are converted.
  // A clause ends at a character no table entry holds, so no entry matches across it, and
  // converting the clause alone gives what converting the whole text gives there.
  const parts: string[] = [];
  let done = 0;
  for (let at = first; at >= 0; at = nextTrigger(text, done)) {
    let start = at;
    while (start > done && !CLAUSE_ENDS.has(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !CLAUSE_ENDS.has(text.charCodeAt(end))) end++;
    parts.push(text.slice(done, start), hongKongToMainland(text.slice(start, end)));
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** Texts up to this long are converted whole (a sentence, a query): finding clauses would cost more. */
const WHOLE_MAX = 512;

/**
 * Characters that no entry of OpenCC's Traditional → Simplified tables holds (a unit test
 * checks this against opencc-js): line breaks, spaces, and the sentence and clause
 * punctuation of Chinese and ASCII text.
 */
export const CLAUSE_ENDS: ReadonlySet<number> = new Set([...'\n\r \u3000。，、；：？！.,;:?!'].map((c) => c.charCodeAt(0)));

/** The position of the first character at or after `from` that some table entry changes, or -1. */
function nextTrigger(text: string, from: number): number {
  triggers ??= triggerUnits();
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && triggers.has(c)) return i;
  }
  return -1;
}

/** The trigger units, read from the table generated from OpenCC's (scriptTables.ts), not from OpenCC itself. */
function triggerUnits(): UnitSet {
  const out = new UnitSet();
  for (const range of TRIGGER_RANGES.split(',')) {
    const [from, to = from] = range.split('-').map((h) => parseInt(h, 16));
    for (let u = from; u <= to; u++) out.add(u);
  }
  return out;
}

let taiwanToMainland: ((s: string) => string) | undefined;

/**
 * For queries typed in Traditional characters: Taiwan vocabulary → mainland vocabulary
 * (資料庫 → 数据库, 人工智慧 → 人工智能, 軟體 → 软件), as OpenCC's phrase tables do. Only
 * text that contains Traditional characters is converted (the table is built on first use).
 * The result may differ in length, so this is for queries, never for indexed text.
 */
export function mainlandPhrasing(text: string): string {
  if (traditionalToSimplified(text) === text) return text;
  if (!taiwanToMainland) taiwanToMainland = openCC().Converter({ from: 'twp', to: 'cn' });
  return taiwanToMainland(text);
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
 * Common characters (CJK ideographs, ASCII) take a fast path.
 */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  let starts = new Int32Array(n + 1);
  let ends = new Int32Array(n + 1);
  let len = 0;
  const folded = fold(input, (start, end, count) => {
    if (len + count + 1 > starts.length) {
      const size = Math.max(starts.length * 2, len + count + 1);
      const s2 = new Int32Array(size); s2.set(starts); starts = s2;
      const e2 = new Int32Array(size); e2.set(ends); ends = e2;
    }
    for (let k = 0; k < count; k++) { starts[len] = start; ends[len] = end; len++; }
  });
  let text = traditionalToSimplified(folded);
  if (text.length !== folded.length) {
    // A phrase conversion changed the length: convert character by character instead, keeping the map exact.
    const s2: number[] = [];
    const e2: number[] = [];
    text = eachCharacterSimplified(folded, (k, step, count) => {
      for (let m = 0; m < count; m++) { s2.push(starts[k]); e2.push(ends[k + step - 1]); }
    });
    len = text.length;
    starts = Int32Array.from(s2.concat([0]));
    ends = Int32Array.from(e2.concat([0]));
  }
  const startArr = starts.slice(0, len + 1);
  startArr[len] = n;
  return { text, starts: startArr, ends: ends.slice(0, len) };
}

/**
 * NFKC, case folding and separators of `input` (before Traditional → Simplified); `unit`, when
 * given, hears of every output unit: the original [start, end) it came from, `count` units.
 */
function fold(input: string, unit?: (start: number, end: number, count: number) => void): string {
  const n = input.length;
  const parts: string[] = [];
  let runStart = -1;
  const flush = (i: number) => {
    if (runStart >= 0) { parts.push(input.slice(runStart, i)); runStart = -1; }
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    if (isPlain(c) && !mayCombine(next)) {
      if (runStart < 0) runStart = i;
      unit?.(i, i + 1, 1);
      i++;
      continue;
    }
    flush(i);
    const quick = mayCombine(next) ? undefined : quickFold(c);
    if (quick !== undefined) {
      parts.push(quick);
      unit?.(i, i + 1, 1);
      i++;
      continue;
    }
    // One cluster: a code point plus following combining marks.
    let j = i + (isHighSurrogateAt(input, i) ? 2 : 1);
    while (j < n) {
      const ch = String.fromCodePoint(input.codePointAt(j)!);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    const out = foldSeparators(input.slice(i, j).normalize('NFKC').toLowerCase());
    unit?.(i, j, out.length);
    parts.push(out);
    i = j;
  }
  flush(n);
  return parts.join('');
}

/** Each character of `text` converted on its own; `step` hears where each came from (index, its units, the units it became). */
function eachCharacterSimplified(text: string, step?: (k: number, units: number, count: number) => void): string {
  const rebuilt: string[] = [];
  for (let k = 0; k < text.length; ) {
    const units = isHighSurrogateAt(text, k) ? 2 : 1;
    const conv = traditionalToSimplified(text.slice(k, k + units));
    step?.(k, units, conv.length);
    rebuilt.push(conv);
    k += units;
  }
  return rebuilt.join('');
}

function isPlain(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 ||
    c === 43 || c === 35 || c === 46 || c === 45 || c === 95 || c === 38 || c === 37;
}

/**
 * One-character results for frequent characters that change: ASCII upper case and
 * separators, full-width ASCII (ＡＢＣ１２３，), CJK punctuation (、。《》【】) and general
 * punctuation (“”‘’—…). Undefined: take the full path.
 */
function quickFold(c: number): string | undefined {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII (what NFKC does)
  if (c < 0x80) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return isPlain(c) ? String.fromCharCode(c) : ' ';
  }
  if ((c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f)) return ' ';
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return ' ';
  return undefined;
}

/** Whether a code unit may be a combining mark (or a variation selector) that joins the previous character. */
function mayCombine(c: number): boolean {
  return c >= 0x300 && !(c >= 0x3400 && c <= 0x9fff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) && !(c >= 0x2000 && c <= 0x206f);
}

/** Just the normalised string (for queries and vocabulary). */
/** `normalize(input).text`, without building the offset map (indexing normalises megabytes and never maps back). */
export function normalizeText(input: string): string {
  const folded = fold(input);
  const text = traditionalToSimplified(folded);
  return text.length === folded.length ? text : eachCharacterSimplified(folded);
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
