/**
 * The exact-substring recall net of one corpus as the engine asks it (see substring.ts for
 * why the net exists): which documents contain a needle, by document number, ascending.
 * Answered from the segment's substring index, so a look-up costs the postings it touches,
 * not a scan of every text; the answers are those of `SubstringScanner` (a property test
 * compares the two).
 */
import { Recent } from './recent';
import type { Segment } from './segment';

/** Needles whose documents are kept per net (when full, the needle first asked longest ago goes). */
const FINDS_KEPT = 256;

export class SubstringNet {
  /** Recent look-ups: a needle's documents are a function of the segment alone. */
  private readonly finds = new Recent<string, readonly number[]>(FINDS_KEPT);

  constructor(private readonly segment: Segment) {}

  /** The number of documents. */
  get size(): number {
    return this.segment.docCount;
  }

  /** Numbers of the documents whose scanner text contains `needle` (normalised, without spaces). */
  find(needle: string): readonly number[] {
    return this.finds.of(needle, (n) => this.segment.substrings().find(n));
  }

  /** Whether document `d`'s scanner text contains `needle` (false for no such document). */
  contains(d: number, needle: string): boolean {
    return this.segment.substrings().contains(d, needle);
  }
}
