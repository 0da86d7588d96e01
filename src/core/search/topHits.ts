/**
 * The best `k` hits of a search over every segment, chosen without building an object per
 * matching document: each document's final score (ranking's phrase bonus and partial
 * factor applied, rank.ts), a quote and its passage merged into one (the higher score; on a
 * tie the lower document number, i.e. the passage, as the previous engine kept it; keyed by
 * the passage's merge slot, so only the matched documents' entries are read), then
 * the `k` best by score — ties broken by local id, then by corpus order, as `byScore` and a
 * stable sort break them. Selecting the k-th score is linear; only the hits at or above it
 * become objects and are sorted.
 */
import type { SegmentDocs } from './documents';
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

/** Every segment's candidates side by side: the best-scoring document of each passage key. */
interface Candidates {
  segment: Int32Array;
  doc: Int32Array;
  score: Float64Array;
  length: number;
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

/** Per segment, the best-scoring document of each passage key (on a tie the lowest-numbered). */
function mergedCandidates(results: readonly SegmentResult[], partial: boolean): Candidates {
  const total = results.reduce((n, r) => n + r.matches.docs.length, 0);
  const out: Candidates = { segment: new Int32Array(total), doc: new Int32Array(total), score: new Float64Array(total), length: 0 };
  results.forEach(({ docs, matches }, segment) => {
    const stamp = stampFor(docs.count);
    const { phrase } = matches;
    for (let i = 0, p = 0; i < matches.docs.length; i++) {
      const doc = matches.docs[i];
      while (p < phrase.length && phrase[p] < doc) p++;
      const score = adjustedScore(matches.scores[i], p < phrase.length && phrase[p] === doc, partial);
      const slot = docs.mergeSlot(doc);
      const known = slot >= 0 && slotTable.stamp[slot] === stamp ? slotTable.at[slot] : -1;
      if (known < 0) {
        if (slot >= 0) { slotTable.stamp[slot] = stamp; slotTable.at[slot] = out.length; }
        out.segment[out.length] = segment;
        out.doc[out.length] = doc;
        out.score[out.length++] = score;
      } else if (score > out.score[known] || (score === out.score[known] && doc < out.doc[known])) {
        out.doc[known] = doc;
        out.score[known] = score;
      }
    }
  });
  return out;
}

/** The k-th largest of `values` (1 ≤ k ≤ length, no NaN), by quickselect on a copy. */
export function kthLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return a[want];
}

/**
 * The best `k` hits (all of them when `k` is undefined), best first. A hit's local id is
 * read only to order hits of equal score.
 */
export function topHits(results: readonly SegmentResult[], partial: boolean, k: number | undefined): Chosen[] {
  const c = mergedCandidates(results, partial);
  const scores = c.score.subarray(0, c.length);
  let floor = -Infinity;
  if (k !== undefined && k > 0 && c.length > 2 * k && !scores.some((x) => x !== x)) floor = kthLargest(scores, k);
  const hits: Chosen[] = [];
  for (let i = 0; i < c.length; i++) if (floor === -Infinity || c.score[i] >= floor) hits.push({ segment: c.segment[i], doc: c.doc[i], score: c.score[i] });
  return hits.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const ia = results[a.segment].docs.id(a.doc); // read (and kept) by the documents only for ties
    const ib = results[b.segment].docs.id(b.doc);
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a.segment - b.segment || a.doc - b.doc;
  });
}
