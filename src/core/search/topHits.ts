/**
 * The best `k` hits of a search over every segment, chosen without building an object per
 * matching document: each document's final score (ranking's phrase bonus and partial
 * factor applied, rank.ts), a quote and its passage merged into one (the higher score; on a
 * tie the lower document number, i.e. the passage, as the previous engine kept it), then
 * the `k` best by score — ties broken by local id, then by corpus order, as `byScore` and a
 * stable sort break them. Selecting the k-th score is linear; only the hits at or above it
 * are sorted.
 */
import type { SegmentDocs } from './documents';
import { adjustedScore } from './rank';
import type { SegmentMatches } from './segmentMatch';

/** One segment's matches with what selection reads of it. */
export interface SegmentResult {
  docs: SegmentDocs;
  matches: SegmentMatches;
}

/** A chosen hit: segment (index into the results), index into its matches, document, final score. */
export interface Chosen {
  segment: number;
  at: number;
  doc: number;
  score: number;
}

/** Per segment, the best-scoring document of each passage key (on a tie the lowest-numbered). */
function mergedCandidates(results: readonly SegmentResult[], partial: boolean): Chosen[] {
  const out: Chosen[] = [];
  results.forEach(({ docs, matches }, segment) => {
    const best = new Map<number, Chosen>();
    for (let at = 0; at < matches.docs.length; at++) {
      const doc = matches.docs[at];
      const score = adjustedScore(matches.scores[at], matches.phrase[at], partial);
      const key = docs.passageKey(doc);
      const prev = best.get(key);
      if (!prev) best.set(key, { segment, at, doc, score });
      else if (score > prev.score || (score === prev.score && doc < prev.doc)) { prev.at = at; prev.doc = doc; prev.score = score; }
    }
    for (const c of best.values()) out.push(c);
  });
  return out;
}

/** The k-th largest of `values` (k ≥ 1, k ≤ length), by quickselect on a copy. */
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
 * The best `k` hits (all of them when `k` is undefined), best first. `localId(segment, doc)`
 * is read only to order hits of equal score.
 */
export function topHits(results: readonly SegmentResult[], partial: boolean, k: number | undefined): Chosen[] {
  let hits = mergedCandidates(results, partial);
  if (k !== undefined && k > 0 && hits.length > 2 * k && hits.every((h) => h.score === h.score)) {
    const floor = kthLargest(Float64Array.from(hits, (h) => h.score), k);
    hits = hits.filter((h) => h.score >= floor);
  }
  const ids = new Map<Chosen, string>();
  const idOf = (h: Chosen) => {
    let id = ids.get(h);
    if (id === undefined) ids.set(h, (id = results[h.segment].docs.id(h.doc)));
    return id;
  };
  return hits.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    const ia = idOf(a);
    const ib = idOf(b);
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a.segment - b.segment || a.doc - b.doc;
  });
}
