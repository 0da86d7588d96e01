/** Checks that every location of a parsed corpus slices its text and agrees with its line and column. */
import type { Corpus, Location } from '../../../src/core/model';

/** Line starts counted here, independently of the code under test: \r\n, \r and \n each end a line. */
function starts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { out.push(i + 2); i++; } else if (text[i] === '\n' || text[i] === '\r') out.push(i + 1);
  }
  return out;
}

/** Throws a message naming the first location that is out of range or disagrees. */
export function checkLocation(text: string, lineStarts: number[], loc: Location, what: string, expected?: string): void {
  const { offset, length, line, column } = loc;
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > text.length) {
    throw new Error(`${what}: span ${offset}+${length} outside the text (${text.length})`);
  }
  if (expected !== undefined && text.slice(offset, offset + length) !== expected) {
    throw new Error(`${what}: text ${JSON.stringify(expected.slice(0, 40))} is not the slice ${JSON.stringify(text.slice(offset, offset + Math.min(length, 40)))}`);
  }
  let l = 0;
  while (l + 1 < lineStarts.length && lineStarts[l + 1] <= offset) l++;
  if (line !== l + 1 || column !== offset - lineStarts[l] + 1) {
    throw new Error(`${what}: at offset ${offset} says ${line}:${column}, the text has ${l + 1}:${offset - lineStarts[l] + 1}`);
  }
}

export function lineStartsOf(text: string): number[] {
  return starts(text);
}

/** Every section, passage, quote and statement of `corpus`. */
export function checkCorpus(corpus: Corpus): void {
  const s = starts(corpus.text);
  for (const sec of corpus.sections) checkLocation(corpus.text, s, sec.location, `section ${sec.index}`);
  for (const p of corpus.passages) checkLocation(corpus.text, s, p.location, `passage ${p.id}`, p.text);
  for (const q of corpus.quotes) checkLocation(corpus.text, s, q.location, `quote ${q.id}`, q.text);
  for (const st of corpus.statements) checkLocation(corpus.text, s, st.location, `statement ${st.id}`, st.text);
}

/** [start, end) ranges inside `text`, sorted and not overlapping. */
export function checkHighlights(text: string, ranges: Array<[number, number]>, what: string): void {
  let last = 0;
  for (const [a, b] of ranges) {
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= last && a < b && b <= text.length)) {
      throw new Error(`${what}: highlight [${a}, ${b}) after ${last} in a text of ${text.length}`);
    }
    last = b;
  }
}
