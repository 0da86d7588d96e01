/**
 * One MiniSearch look-up, reduced to what the engine reads: per matching document its id,
 * score per query term, matched index terms and stored fields, best first.
 *
 * `MiniSearch.search` builds a full result object per match (a copy of the stored fields,
 * the match table) before the engine throws most of it away; on a workspace of many
 * transcripts that is most of a query's time and garbage. This reads the same raw
 * matches (`executeQuery`, which `search` itself calls) and orders them the way `search`
 * does, so the engine sees the same documents, scores and order. If the installed
 * MiniSearch does not have those members, it falls back to `search`.
 */
import type MiniSearch from 'minisearch';
import type { Query } from 'minisearch';

export interface Found<S> {
  id: string;
  /** MiniSearch's score divided by the number of query terms matched. */
  score: number;
  /** The number of query terms matched (at least 1). */
  queryTerms: number;
  /** The index terms that matched, as the keys of this object (read them only when needed). */
  match: Readonly<Record<string, unknown>>;
  stored: S;
}

interface RawMatch { score: number; terms: string[]; match: Record<string, unknown> }
interface Internals {
  executeQuery(query: Query, options: object): Map<number, RawMatch>;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, unknown>;
}

function internals(index: MiniSearch): Internals | undefined {
  const i = index as unknown as Partial<Internals>;
  return typeof i.executeQuery === 'function' && i._documentIds instanceof Map && i._storedFields instanceof Map
    ? (i as Internals) : undefined;
}

/** The documents matching `query`, best first; `filter` sees each document's stored fields. */
export function lookup<S>(index: MiniSearch, query: Query, filter?: (stored: S) => boolean): Array<Found<S>> {
  const mi = internals(index);
  if (!mi) {
    return index.search(query, filter ? { filter: (r) => filter(r as unknown as S) } : {}).map((r) => ({
      id: String(r.id), score: r.score / Math.max(1, r.queryTerms.length), queryTerms: Math.max(1, r.queryTerms.length), match: r.match, stored: r as unknown as S,
    }));
  }
  const found: Array<Found<S>> = [];
  for (const [docId, raw] of mi.executeQuery(query, {})) {
    const stored = (mi._storedFields.get(docId) ?? {}) as S;
    if (filter && !filter(stored)) continue;
    // As MiniSearch.search scores and orders its results (a stable sort on score × terms matched) …
    found.push({ id: String(mi._documentIds.get(docId)), score: raw.score * (raw.terms.length || 1), queryTerms: Math.max(1, raw.terms.length), match: raw.match, stored });
  }
  found.sort((a, b) => b.score - a.score);
  // … then per query term matched, as the engine reads it.
  for (const f of found) f.score = f.score / f.queryTerms;
  return found;
}
