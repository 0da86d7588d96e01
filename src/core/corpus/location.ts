/**
 * Offsets → 1-based line/column, for every span the parser reports.
 * Line breaks are \n, \r\n or a lone \r; columns count UTF-16 code units.
 */
import type { Location, Passage } from '../model';
import { lineStarts } from '../text/lines';

/** Offsets at which each line starts (index 0 → line 1). */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line containing `offset` (offsets past the end map to the last line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The Location of the span [offset, offset + length). */
  locate(offset: number, length: number): Location {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1] + 1, offset, length };
  }

  /** Offset of a 1-based line/column, or -1 when outside the text. */
  offsetAt(line: number, column: number): number {
    if (line < 1 || line > this.starts.length || column < 1) return -1;
    const offset = this.starts[line - 1] + column - 1;
    return offset <= this.text.length ? offset : -1;
  }
}

/** One-off helper: the Location of [offset, offset + length) in `text`. */
export function locate(text: string, offset: number, length: number): Location {
  return new LineIndex(text).locate(offset, length);
}

/** A half-open span [start, end) of the transcript. */
export interface Span {
  start: number;
  end: number;
}

/** The non-empty lines of `text` as spans, with surrounding whitespace (incl. NBSP, BOM) trimmed off. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const span = trimSpan(text, { start: m.index, end: m.index + m[0].length });
    if (span.end > span.start) out.push(span);
  }
  return out;
}

const SPACE = /[\s\u00a0\u3000\ufeff]/;

/** Narrows a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { start, end };
}

/** The last passage starting at or before `offset` (passages are in text order), by binary search; -1 when none does. */
export function passageIndexAt(passages: readonly Passage[], offset: number): number {
  let lo = 0;
  let hi = passages.length - 1;
  if (hi < 0 || passages[0].location.offset > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (passages[mid].location.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether some passage holds `offset`: whether it lies in the prose, not in a heading, front matter or a blank line. */
export function inPassage(passages: readonly Passage[], offset: number): boolean {
  const p = passages[passageIndexAt(passages, offset)];
  return !!p && offset < p.location.offset + p.location.length;
}
