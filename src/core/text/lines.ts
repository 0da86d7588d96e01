/**
 * The one line splitter: every parser, `LineIndex` and the format detector see the same lines.
 * A line ends at `\r\n`, `\n` or a lone `\r` (old Mac files); the break is not part of the line.
 * Offsets are UTF-16 code units of the original text, so a line's span slices back to it.
 */

/** One line of the text: [start, end) without its line break. */
export interface LineSpan {
  /** 1-based line number. */
  line: number;
  start: number;
  end: number;
}

/** Any line break, for `String.prototype.split`. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Offsets at which each line starts (line 1 at index 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Every line of the text, blank ones included; an empty text is one empty line. */
export function lineSpans(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== -1 && c !== 10 && c !== 13) continue;
    out.push({ line: out.length + 1, start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

/** True for the characters that end a line (`\n`, `\r`). */
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}
