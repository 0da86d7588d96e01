/**
 * Small string helpers for question answering. Folding keeps one UTF-16 unit per
 * unit, so positions found in a folded string are positions in the original: the folded
 * text is the Simplified shadow of a Traditional text (一 character for 一 character), on
 * which questions are answered, and answers are sliced from the original at the same offsets.
 */
import { traditionalToSimplified } from '../text/normalize';
import { QUESTION_WORD_SPELLINGS } from '../lang/zh/questions';

const folded = new Map<string, string>();

/** One character in Simplified Chinese, when the converter turns it into exactly one unit. */
function simplifiedChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x3400) return ch;
  try {
    const s = traditionalToSimplified(ch);
    return s.length === 1 ? s : ch;
  } catch {
    return ch;
  }
}

/** Folds one character: full-width → half-width (NFKC when it stays one unit), lower case, Traditional → Simplified. */
function foldChar(ch: string): string {
  const hit = folded.get(ch);
  if (hit !== undefined) return hit;
  const n = ch.normalize('NFKC');
  let c = n.length === 1 ? n : ch;
  c = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  c = simplifiedChar(c);
  if (folded.size < 100000) folded.set(ch, c);
  return c;
}

/** The Simplified shadow of a text, character for character (case and width kept): what extractors read. */
export function shadowOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += ch.charCodeAt(0) < 0x3400 ? ch : simplifiedCached(ch);
  }
  return out;
}

const simplified = new Map<string, string>();
function simplifiedCached(ch: string): string {
  let s = simplified.get(ch);
  if (s === undefined) {
    s = simplifiedChar(ch);
    if (simplified.size < 100000) simplified.set(ch, s);
  }
  return s;
}

/** Same-length fold of a string: NFKC per character and lower case. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Normalises a question: NFKC, Traditional → Simplified, trimmed, collapsed spaces, trailing question marks and stops removed. */
export function normalizeQuestion(question: string): string {
  let text = question.normalize('NFKC');
  try {
    text = traditionalToSimplified(text);
  } catch {
    /* the converter is optional for question answering */
  }
  for (const [spelling, as] of QUESTION_WORD_SPELLINGS) text = text.replace(spelling, as);
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?？!！。.,，;；:：\s]+$/u, '')
    .trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

export function isWordChar(ch: string): boolean {
  return CJK.test(ch) || /[A-Za-z0-9]/.test(ch);
}

/** Sentence-internal clause stops. */
export const CLAUSE_STOPS = '，,；;。！!？?：:\n';
/** Sentence stops. */
export const SENTENCE_STOPS = '。！!？?\n';

/** All start positions of `needle` in `hay`. */
export function positions(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/** Distance in characters between two ranges (0 when they touch or overlap). */
export function gap(a: [number, number], b: [number, number]): number {
  if (a[1] <= b[0]) return b[0] - a[1];
  if (b[1] <= a[0]) return a[0] - b[1];
  return 0;
}

/** Sorts and merges [start, end) ranges. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface QuotedSpan { text: string; start: number; end: number; mark: string }
let lastQuoted: { text: string; spans: QuotedSpan[] } = { text: '', spans: [] };

/** Quoted spans: text inside “…”, "…", 「…」, 『…』 or 《…》 (with the span's position, marks excluded). */
export function quotedSpans(text: string): ReadonlyArray<QuotedSpan> {
  // extractors ask again for the same sentence: the last answer is kept
  if (text === lastQuoted.text) return lastQuoted.spans;
  const out: QuotedSpan[] = [];
  const re = /“([^“”]{1,200})”|"([^"]{1,200})"|「([^「」]{1,200})」|『([^『』]{1,200})』|《([^《》]{1,200})》|‘([^‘’]{1,200})’/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
    out.push({ text: inner, start: m.index + 1, end: m.index + 1 + inner.length, mark: m[0][0] });
  }
  lastQuoted = { text, spans: out };
  return out;
}

/** The clause of `text` around position `at`: bounded by clause stops. */
export function clauseAround(text: string, at: number, stops = CLAUSE_STOPS): [number, number] {
  let s = at;
  while (s > 0 && !stops.includes(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !stops.includes(text[e])) e++;
  return [s, e];
}

const TRIM_JUNK = /[\s，,；;。！!？?：:、“”"'‘’（）()「」『』《》…—-]/u;
/** Opening mark → closing mark, and back (Maps: looked up with corpus characters). */
const CLOSER_OF: ReadonlyMap<string, string> = new Map([['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['『', '』']]);
const OPENER_OF: ReadonlyMap<string, string> = new Map([...CLOSER_OF].map(([o, c]) => [c, o]));
const BALANCED: ReadonlyArray<[string, string]> = [['“', '”'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['‘', '’']];

function count(text: string, ch: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, start); i >= 0 && i < end; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Trims punctuation and spaces from both ends of a range of `text`, in time linear in the
 * range: an opening mark whose closer is inside the span stays (“公有云+私有云”模式), and a span
 * that opens a mark takes its closer along when it follows right after.
 */
export function trimRange(text: string, start: number, end: number): [number, number] {
  // while the start moves, the end is fixed: the last closer before it is found once per mark
  const lastBefore = new Map<string, number>();
  const closerInside = (c: string, from: number) => {
    if (!lastBefore.has(c)) lastBefore.set(c, text.lastIndexOf(c, end - 1));
    return lastBefore.get(c)! >= from && lastBefore.get(c)! < end;
  };
  while (start < end && TRIM_JUNK.test(text[start])) {
    const c = CLOSER_OF.get(text[start]);
    if (c && closerInside(c, start + 1)) break;
    start++;
  }
  const firstAfter = new Map<string, number>();
  const openerInside = (o: string, to: number) => {
    if (!firstAfter.has(o)) firstAfter.set(o, text.indexOf(o, start));
    const at = firstAfter.get(o)!;
    return at >= 0 && at < to;
  };
  while (end > start && TRIM_JUNK.test(text[end - 1])) {
    const o = OPENER_OF.get(text[end - 1]);
    if (o && openerInside(o, end - 1)) break;
    end--;
  }
  for (const [o, c] of BALANCED) {
    if (text[end] === c && count(text, o, start, end) > count(text, c, start, end)) end++;
  }
  return [start, end];
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
