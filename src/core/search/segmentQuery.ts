/**
 * Query trees over a segment, scored as MiniSearch 7 scores them (so rankings equal the
 * previous engine's): a term matches exactly, and also by prefix (weight 0.375·len/(len +
 * 0.3·extra)) or by edit distance (0.45·len/(len + distance)) when asked; each match
 * scores BM25+ (k 1.2, b 0.7, d 0.5) per field with the segment's statistics; AND keeps
 * the documents every part matched and adds their scores, OR adds them up.
 *
 * Matched terms are kept in arrays and Maps, never as keys of plain objects, so index terms
 * such as "__proto__" or "constructor" are terms like any other.
 */
import type { Segment } from './segment';

/** A query tree: a term, or parts combined with AND/OR, with prefix and fuzzy matching passed down. */
export type IndexQuery = string | {
  queries: IndexQuery[];
  combineWith?: 'AND' | 'OR';
  prefix?: boolean;
  fuzzy?: number | boolean;
};

interface Options { combineWith?: 'AND' | 'OR'; prefix?: boolean; fuzzy?: number | boolean }

export interface Matched {
  score: number;
  /** The query terms matched (each once). */
  terms: string[];
  /** The index terms that matched (each once). */
  derived: string[];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export function executeQuery(seg: Segment, query: IndexQuery, options: Options = {}): Map<number, Matched> {
  if (typeof query !== 'string') {
    // As MiniSearch: the node's own settings (even an explicit undefined) replace the inherited ones.
    const { queries, ...own } = query;
    const inner: Options = { ...options, ...own };
    return combine(queries.map((q) => executeQuery(seg, q, inner)), inner.combineWith);
  }
  if (!query) return new Map();
  return termQuery(seg, query, options.prefix === true, options.fuzzy || false);
}

function termQuery(seg: Segment, term: string, prefix: boolean, fuzzy: number | boolean): Map<number, Matched> {
  const results = new Map<number, Matched>();
  const exact = seg.find(term);
  if (exact >= 0) termResults(seg, term, term, exact, 1, results);
  const prefixed = new Set<number>();
  if (prefix) {
    for (const i of seg.withPrefix(term)) {
      const derived = seg.term(i);
      const distance = derived.length - term.length;
      if (!distance) continue;
      prefixed.add(i);
      termResults(seg, term, derived, i, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance), results);
    }
  }
  if (fuzzy) {
    const f = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = f < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * f)) : f;
    if (maxDistance) {
      for (const [i, distance] of fuzzyTerms(seg, term, maxDistance)) {
        if (!distance || prefixed.has(i)) continue;
        const derived = seg.term(i);
        termResults(seg, term, derived, i, (FUZZY_WEIGHT * derived.length) / (derived.length + distance), results);
      }
    }
  }
  return results;
}

function termResults(seg: Segment, source: string, derived: string, termIndex: number, weight: number, results: Map<number, Matched>): void {
  const n = seg.docCount;
  for (const { field, docs, tfs } of seg.postings(termIndex)) {
    const matching = docs.length;
    const avg = seg.avg[field];
    const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      const tf = tfs[k];
      const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * seg.fieldLength(doc, field)) / avg)));
      const score = weight * raw;
      const prev = results.get(doc);
      if (prev) {
        prev.score = prev.score + score;
        if (!prev.terms.includes(source)) prev.terms.push(source);
        if (!prev.derived.includes(derived)) prev.derived.push(derived);
      } else {
        results.set(doc, { score, terms: [source], derived: [derived] });
      }
    }
  }
}

function combine(results: Array<Map<number, Matched>>, combineWith: 'AND' | 'OR' = 'OR'): Map<number, Matched> {
  if (results.length === 0) return new Map();
  return results.reduce(combineWith === 'AND' ? and : or);
}

function or(a: Map<number, Matched>, b: Map<number, Matched>): Map<number, Matched> {
  for (const [doc, m] of b) {
    const prev = a.get(doc);
    if (!prev) { a.set(doc, m); continue; }
    prev.score = prev.score + m.score;
    merge(prev, m);
  }
  return a;
}

function and(a: Map<number, Matched>, b: Map<number, Matched>): Map<number, Matched> {
  const out = new Map<number, Matched>();
  for (const [doc, m] of b) {
    const prev = a.get(doc);
    if (!prev) continue;
    merge(prev, m);
    out.set(doc, { score: prev.score + m.score, terms: prev.terms, derived: prev.derived });
  }
  return out;
}

function merge(into: Matched, from: Matched): void {
  for (const t of from.terms) if (!into.terms.includes(t)) into.terms.push(t);
  for (const t of from.derived) if (!into.derived.includes(t)) into.derived.push(t);
}

/** Dictionary entries within `max` edits (Levenshtein) of `term`, with their distance. */
function fuzzyTerms(seg: Segment, term: string, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const all = seg.allTerms();
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (Math.abs(t.length - term.length) > max) continue;
    const d = editDistance(term, t, max);
    if (d <= max) out.push([i, d]);
  }
  return out;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
