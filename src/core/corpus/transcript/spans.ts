/**
 * Positions and sentences: the small text utilities the Markdown and plain
 * transcript parsers share. Every span is [start, end) in UTF-16 units of the
 * original text, so a Location always slices back to what it names.
 */
import type { Location } from '../../model';
import { lineSpans, type LineSpan } from '../../text/lines';

export { lineStarts, type LineSpan } from '../../text/lines';

/** The Location of text[offset, offset + length) given the line starts. */
export function locate(starts: number[], offset: number, length: number): Location {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset, length };
}

/** Every line of the text (see text/lines.ts: \r\n, \n and a lone \r all end a line). */
export function lines(text: string): LineSpan[] {
  return lineSpans(text);
}

/**
 * What each UTF-16 unit is to the sentence splitter, as bits of one table (the loop below reads
 * a unit per character of every transcript): a sentence end, a closing quote or bracket, a mark
 * after a closing quote that keeps the sentence going, or a quotation opener (its closer in CLOSER_OF).
 */
const END = 1;
const CLOSER = 2;
const JOINS = 4;
const OPENER = 8;
const UNIT_KIND = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => { for (const c of chars) UNIT_KIND[c.charCodeAt(0)] |= bit; };
mark('。！？!?；;', END);
mark('”’」』"）)', CLOSER);
mark('，,、：:', JOINS);
mark('“「『', OPENER);
const CLOSER_OF = new Map([['“', '”'], ['「', '」'], ['『', '』']].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const isEnd = (c: number) => (UNIT_KIND[c] & END) !== 0;
const isCloser = (c: number) => (UNIT_KIND[c] & CLOSER) !== 0;
const NONE = -1;

/**
 * Splits text[from, to) into sentences (never across a line break): a sentence
 * ends at 。！？； (plus any closing quotes or brackets right after), except
 * inside a “…” quotation, which stays whole. Spans are trimmed of white space;
 * empty ones are dropped.
 */
export function sentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let open = NONE;
  let opener = NONE;
  let depth = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) { push(start, i); start = i + 1; open = NONE; continue; }
    if (open !== NONE) {
      if (ch === opener) { depth++; continue; }
      if (ch !== open) continue;
      if (depth > 0) { depth--; continue; }
      open = NONE;
      // …设备。” ends its sentence; …“云端”起航 does not.
      if (isEnd(text.charCodeAt(i - 1))) {
        let e = i + 1;
        while (e < to && isCloser(text.charCodeAt(e))) e++;
        if (e < to && (UNIT_KIND[text.charCodeAt(e)] & JOINS) !== 0) continue; // “…。”，某某说道。 stays one sentence
        push(start, e);
        start = e;
        i = e - 1;
      }
      continue;
    }
    const kind = UNIT_KIND[ch];
    if (kind === 0) continue;
    if ((kind & OPENER) !== 0) {
      // A quotation that ends a sentence inside it (…。”) closes here; long speech keeps going.
      open = CLOSER_OF.get(ch)!;
      opener = ch;
      depth = 0;
      continue;
    }
    if ((kind & END) !== 0) {
      let e = i + 1;
      while (e < to && (UNIT_KIND[text.charCodeAt(e)] & (END | CLOSER)) !== 0) e++;
      push(start, e);
      start = e;
      i = e - 1;
    }
  }
  push(start, to);
  return out;
}

/** Trims white space from a span. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
