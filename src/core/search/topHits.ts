/**
 * The best `k` hits of a search over every segment, chosen without building an object per
 * matching document. Per segment, once per set of matches (kept with them, so a search
 * asked again reuses it): each document's final score (ranking's phrase bonus and partial
 * factor applied, rank.ts), a quote and its passage merged into one (the higher score; on a
 * tie the lower document number, i.e. the passage, as the previous engine kept it; keyed by
 * the passage's merge slot, so only the matched documents' entries are read), and those
 * candidates ordered by score. Then, across segments, the candidates are read best first
 * through a heap of segments until the k-th score and its ties are in: a common word's
 * thousands of matches cost about k + segments steps. Those hits are sorted by score, ties
 * broken by local id, then by corpus order, as `byScore` and a stable sort break them.
 */
import type { SegmentDocs } from './documents';
import { Heap } from './heap';
import { adjustedScore } from './rank';
import type { SegmentMatches } from './segmentMatch';

/** One segment's matches with what selection reads of it. */
export interface SegmentResult {
  docs: SegmentDocs;
  matches: SegmentMatches;
}

/** A chosen hit: segment (index into the results), document, final score. */
export interface Chosen {
  segment: number;
  doc: number;
  score: number;
}

/**
 * One segment's candidates: the best-scoring document of each merge slot, in the order the
 * slots were first met (documents ascending), and that order sorted best first (`order`).
 * A function of the segment's matches alone, so it is kept with them (`candidatesOf`).
 * Plain arrays: a segment holds a few dozen candidates of a word, and a search asked again
 * keeps one such set per transcript.
 */
interface SegmentCandidates {
  doc: number[];
  score: number[];
  /** Indexes into doc/score by score, highest first. */
  order: number[];
  /** A score is NaN: no order holds, and selection takes every candidate. */
  unordered: boolean;
}

/**
 * Where each merge slot's candidate is, for the segment being merged: `at[slot]` is valid
 * when `stamp[slot]` is the current segment's stamp (so the table is never cleared). Shared
 * by every search: a search runs to its end before another starts.
 */
const slotTable = { stamp: new Uint32Array(0), at: new Int32Array(0), current: 0 };

/** A fresh stamp for a segment of `count` documents (merge slots below count). */
function stampFor(count: number): number {
  if (slotTable.stamp.length < count || slotTable.current >= 0xffffffff) {
    slotTable.stamp = new Uint32Array(Math.max(count, slotTable.stamp.length));
    slotTable.at = new Int32Array(slotTable.stamp.length);
    slotTable.current = 0;
  }
  return ++slotTable.current;
}

/** The best-scoring document of each passage key in one segment (on a tie the lowest-numbered). */
function segmentCandidates({ docs, matches }: SegmentResult, partial: boolean): SegmentCandidates {
  const stamp = stampFor(docs.count);
  const { phrase } = matches;
  const doc: number[] = [];
  const score: number[] = [];
  for (let i = 0, p = 0; i < matches.docs.length; i++) {
    const d = matches.docs[i];
    while (p < phrase.length && phrase[p] < d) p++;
    const s = adjustedScore(matches.scores[i], p < phrase.length && phrase[p] === d, partial);
    const slot = docs.mergeSlot(d);
    const known = slot >= 0 && slotTable.stamp[slot] === stamp ? slotTable.at[slot] : -1;
    if (known < 0) {
      if (slot >= 0) { slotTable.stamp[slot] = stamp; slotTable.at[slot] = doc.length; }
      doc.push(d);
      score.push(s);
    } else if (s > score[known] || (s === score[known] && d < doc[known])) {
      doc[known] = d;
      score[known] = s;
    }
  }
  const unordered = score.some((x) => x !== x);
  const order = Array.from(doc.keys());
  if (!unordered) order.sort((a, b) => score[b] - score[a]);
  return { doc, score, order, unordered };
}

/** Candidates per segment matches (ranking's partial factor off and on), made when first asked for. */
const kept = new WeakMap<SegmentMatches, Array<SegmentCandidates | undefined>>();

/** A segment's candidates, kept with its matches (a search asked again reuses both). */
function candidatesOf(result: SegmentResult, partial: boolean): SegmentCandidates {
  let both = kept.get(result.matches);
  if (!both) kept.set(result.matches, (both = []));
  return (both[partial ? 1 : 0] ??= segmentCandidates(result, partial));
}

/** Every candidate, segment by segment, in the order each segment met them. */
function everyCandidate(all: readonly SegmentCandidates[]): Chosen[] {
  const out: Chosen[] = [];
  all.forEach((c, segment) => {
    for (let i = 0; i < c.doc.length; i++) out.push({ segment, doc: c.doc[i], score: c.score[i] });
  });
  return out;
}

/**
 * The candidates scoring at least the k-th best (so ties at the k-th are all kept), read
 * best first from each segment's order through a heap of segments: about k + segments
 * candidates are read, however many documents matched.
 */
function bestCandidates(all: readonly SegmentCandidates[], k: number): Chosen[] {
  const at = new Int32Array(all.length);
  // Each segment's next candidate's score, kept as it advances: the heap compares two numbers.
  const next = new Float64Array(all.length);
  const live: number[] = [];
  all.forEach((c, s) => {
    if (c.doc.length === 0) return;
    next[s] = c.score[c.order[0]];
    live.push(s);
  });
  // Segments by the score of their next candidate, highest on top.
  const heap = new Heap(live, (a, b) => next[a] > next[b]);
  const out: Chosen[] = [];
  let floor = -Infinity;
  for (let s = heap.peek(); s !== undefined; s = heap.peek()) {
    const i = all[s].order[at[s]];
    const score = all[s].score[i];
    if (out.length >= k && score < floor) break;
    out.push({ segment: s, doc: all[s].doc[i], score });
    if (out.length === k) floor = score;
    if (++at[s] < all[s].doc.length) {
      next[s] = all[s].score[all[s].order[at[s]]];
      heap.topLowered();
    } else heap.pop();
  }
  return out;
}

/**
 * The best `k` hits (all of them when `k` is undefined, or when there are at most 2k), best
 * first. A hit's local id is read only to order hits of equal score.
 */
export function topHits(results: readonly SegmentResult[], partial: boolean, k: number | undefined): Chosen[] {
  return chosenOf(results, results.map((r) => candidatesOf(r, partial)), k);
}

/** The selection of `topHits` from the segments' candidates. */
function chosenOf(results: readonly SegmentResult[], all: readonly SegmentCandidates[], k: number | undefined): Chosen[] {
  const total = all.reduce((n, c) => n + c.doc.length, 0);
  const select = k !== undefined && k > 0 && total > 2 * k && !all.some((c) => c.unordered);
  const hits = select ? bestCandidates(all, k) : everyCandidate(all);
  return hits.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const ia = results[a.segment].docs.id(a.doc); // read (and kept) by the documents only for ties
    const ib = results[b.segment].docs.id(b.doc);
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a.segment - b.segment || a.doc - b.doc;
  });
}

/**
 * The hits of a search best first, as `topHits` orders them, chosen a batch at a time: the
 * first `batch` (and their ties) at once, twice as many whenever a reader asks for one past
 * them. Each selection keeps every candidate scoring at least its k-th, so a smaller one is
 * a prefix of a larger one and growing never reorders what was read. Ranking reads as far
 * as spreading speakers needs (rank.ts), often little more than the limit.
 *
 * @example
 * const best = new BestFirst(results, false, 20);
 * best.at(0); // the best hit; best.at(45) selects 80 and gives the 46th
 */
export class BestFirst {
  /** How many candidates there are in all (what `at` can reach). */
  readonly count: number;
  /** Whether the hits are in score order (no score is NaN). */
  readonly ordered: boolean;
  private readonly all: SegmentCandidates[];
  private chosen: Chosen[] = [];
  private batch: number;

  constructor(private readonly results: readonly SegmentResult[], partial: boolean, batch: number) {
    this.all = results.map((r) => candidatesOf(r, partial));
    this.count = this.all.reduce((n, c) => n + c.doc.length, 0);
    this.ordered = !this.all.some((c) => c.unordered);
    this.batch = Math.max(1, Math.floor(batch));
  }

  /** The i-th best hit (0 is the best), or undefined past the last. */
  at(i: number): Chosen | undefined {
    while (i >= this.chosen.length && this.chosen.length < this.count) {
      this.chosen = chosenOf(this.results, this.all, this.batch);
      this.batch *= 2;
    }
    return this.chosen[i];
  }
}
