/**
 * One look-up in a segment, reduced to what the engine reads: per matching document its
 * local id, score per query term, matched index terms and stored fields, best first —
 * ordered as MiniSearch's `search` ordered them (a stable sort on score × query terms
 * matched, in the order the matches were found), so the engine sees the same documents,
 * scores and order as with the previous engine.
 */
import type { SegmentDocs, StoredFields } from './documents';
import type { Segment } from './segment';
import { executeQuery, type IndexQuery } from './segmentQuery';

export interface Found {
  id: string;
  /** The score divided by the number of query terms matched. */
  score: number;
  /** The number of query terms matched (at least 1). */
  queryTerms: number;
  /** The index terms that matched. */
  match: readonly string[];
  stored: StoredFields;
}

/** The documents matching `query`, best first; `filter` sees each document's stored fields. */
export function lookup(seg: Segment, docs: SegmentDocs, query: IndexQuery, filter?: (stored: StoredFields) => boolean): Found[] {
  const found: Found[] = [];
  for (const [doc, raw] of executeQuery(seg, query)) {
    const stored = docs.storedAt(doc);
    if (filter && !filter(stored)) continue;
    const queryTerms = Math.max(1, raw.terms.length);
    found.push({ id: docs.id(doc), score: raw.score * (raw.terms.length || 1), queryTerms, match: raw.derived, stored });
  }
  found.sort((a, b) => b.score - a.score);
  for (const f of found) f.score = f.score / f.queryTerms;
  return found;
}
