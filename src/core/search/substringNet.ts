/**
 * The exact-substring recall net of one corpus as the engine asks it (see substring.ts for
 * why the net exists): which documents contain a needle, by local id, in document order.
 * Answered from the segment's substring index, so a look-up costs the postings it touches,
 * not a scan of every text; the answers are those of `SubstringScanner` (a property test
 * compares the two).
 */
import type { SegmentDocs } from './documents';
import type { Segment } from './segment';

export class SubstringNet {
  constructor(private readonly segment: Segment, private readonly docs: SegmentDocs) {}

  /** The number of documents. */
  get size(): number {
    return this.segment.docCount;
  }

  /** Local ids of the documents whose scanner text contains `needle` (normalised, without spaces). */
  find(needle: string): string[] {
    return this.segment.substrings().find(needle).map((d) => this.docs.id(d));
  }

  /** Whether one document's scanner text contains `needle`. */
  contains(id: string, needle: string): boolean {
    const d = this.docs.indexOf(id);
    return d >= 0 && this.segment.substrings().contains(d, needle);
  }
}
