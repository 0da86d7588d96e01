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
import { Recent } from './recent';
import type { FieldPostings, Segment } from './segment';

/** A query tree: a term, or parts combined with AND/OR, with prefix and fuzzy matching passed down. */
export type IndexQuery = string | {
  queries: IndexQuery[];
  combineWith?: 'AND' | 'OR';
  prefix?: boolean;
  fuzzy?: number | boolean;
};

interface Options { combineWith?: 'AND' | 'OR'; prefix?: boolean; fuzzy?: number | boolean }

/**
 * The documents a query matched in one segment: their numbers (ascending) and scores, and
 * the index terms behind them. Which terms matched a given document is worked out only
 * for the hits shown (`matchedTerms`), so a common word costs two typed arrays, not an
 * object per document.
 */
export interface Matches {
  readonly docs: ArrayLike<number>;
  readonly scores: ArrayLike<number>;
  /** Each index term that contributed, with the posting lists through which it did. */
  readonly parts: readonly MatchPart[];
  /** Every document matched every query term of the parts (a term, or an AND of such). */
  readonly uniform: boolean;
}

export interface MatchPart {
  /** The query term it matched for. */
  source: string;
  derived: string;
  lists: readonly Uint32Array[];
  /** The results of the AND nodes above it: the part counts for a document only if they all hold it. */
  within?: ReadonlyArray<ArrayLike<number>>;
}

const NONE: Matches = { docs: [], scores: [], parts: [], uniform: true };

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export function executeQuery(seg: Segment, query: IndexQuery, options: Options = {}): Matches {
  if (typeof query !== 'string') {
    // As MiniSearch: the node's own settings (even an explicit undefined) replace the inherited ones.
    const { queries, ...own } = query;
    const inner: Options = { ...options, ...own };
    return combine(queries.map((q) => executeQuery(seg, q, inner)), inner.combineWith);
  }
  if (!query) return NONE;
  return termQuery(seg, query, options.prefix === true, options.fuzzy || false);
}

/** Compound queries' matches per segment, by the query's key (see `queryKey`): like a word's, a function of the segment alone. */
const compoundMatches = new WeakMap<Segment, Recent<string, Matches>>();

/** A segment's memo in `memos`, made when first asked for. */
function memoOf(memos: WeakMap<Segment, Recent<string, Matches>>, seg: Segment): Recent<string, Matches> {
  let known = memos.get(seg);
  if (!known) memos.set(seg, (known = new Recent(EXACT_KEPT)));
  return known;
}

/** A query tree's key for `cachedQuery` (computed once per search, not per segment). */
export function queryKey(query: IndexQuery): string {
  return JSON.stringify(query);
}

/**
 * `executeQuery(seg, query)`, kept per segment for the last EXACT_KEPT queries asked: typing
 * and refining a query asks the same words again (a word and its sub-words' AND, a
 * synonym) in every transcript.
 */
export function cachedQuery(seg: Segment, query: IndexQuery, key: string): Matches {
  if (typeof query === 'string') return executeQuery(seg, query);
  return memoOf(compoundMatches, seg).of(key, () => executeQuery(seg, query));
}

/** One scored posting list: a field's postings of one index term, times the match's weight. */
interface Scored { docs: Uint32Array; scores: Float64Array }

/** A word's exact matches per segment (all fields summed): a function of the segment alone, like its decoded postings. */
const exactMatches = new WeakMap<Segment, Recent<string, Matches>>();
/** Words whose exact matches are kept per segment (when full, the word first asked longest ago goes). */
const EXACT_KEPT = 256;

function exactQuery(seg: Segment, term: string): Matches {
  return memoOf(exactMatches, seg).of(term, () => {
    const exact = seg.find(term);
    if (exact < 0) return NONE;
    const lists = termLists(seg, exact, 1);
    return lists.length === 0 ? NONE : { ...sumLists(lists, seg.docCount), parts: [{ source: term, derived: term, lists: lists.map((l) => l.docs) }], uniform: true };
  });
}

function termQuery(seg: Segment, term: string, prefix: boolean, fuzzy: number | boolean): Matches {
  if (!prefix && !fuzzy) return exactQuery(seg, term);
  const lists: Scored[] = [];
  const parts: MatchPart[] = [];
  const add = (derived: string, i: number, weight: number) => {
    const scored = termLists(seg, i, weight);
    if (scored.length === 0) return;
    lists.push(...scored);
    parts.push({ source: term, derived, lists: scored.map((l) => l.docs) });
  };
  const exact = seg.find(term);
  if (exact >= 0) add(term, exact, 1);
  const prefixed = new Set<number>();
  if (prefix) {
    for (const i of seg.withPrefix(term)) {
      const derived = seg.term(i);
      const distance = derived.length - term.length;
      if (!distance) continue;
      prefixed.add(i);
      add(derived, i, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
    }
  }
  if (fuzzy) {
    const f = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = f < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * f)) : f;
    if (maxDistance) {
      for (const [i, distance] of fuzzyTerms(seg, term, maxDistance)) {
        if (!distance || prefixed.has(i)) continue;
        const derived = seg.term(i);
        add(derived, i, (FUZZY_WEIGHT * derived.length) / (derived.length + distance));
      }
    }
  }
  if (lists.length === 0) return NONE;
  return { ...sumLists(lists, seg.docCount), parts, uniform: true };
}

/** BM25+ of each posting (before a match's weight), by posting list: a segment's statistics never change, so once per list. */
const rawScores = new WeakMap<FieldPostings, Float64Array>();

function bm25(seg: Segment, p: FieldPostings): Float64Array {
  let raw = rawScores.get(p);
  if (raw) return raw;
  const { field, docs, tfs } = p;
  const n = seg.docCount;
  const matching = docs.length;
  const avg = seg.avg[field];
  const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
  raw = new Float64Array(matching);
  for (let k = 0; k < matching; k++) {
    const tf = tfs[k];
    raw[k] = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * seg.fieldLength(docs[k], field)) / avg)));
  }
  rawScores.set(p, raw);
  return raw;
}

/** The scored postings of dictionary entry `termIndex`, per field, times `weight`. */
function termLists(seg: Segment, termIndex: number, weight: number): Scored[] {
  return seg.postings(termIndex).map((p) => {
    const raw = bm25(seg, p);
    if (weight === 1) return { docs: p.docs, scores: raw }; // 1 × x is x
    const scores = new Float64Array(raw.length);
    for (let k = 0; k < raw.length; k++) scores[k] = weight * raw[k];
    return { docs: p.docs, scores };
  });
}

/**
 * The union of scored lists, a document's scores added in list order (the order in which
 * MiniSearch added them, so sums are bit-identical), documents ascending.
 */
function sumLists(lists: Scored[], docCount: number): ScoredDocs {
  if (lists.length === 1) return lists[0];
  if (lists.length === 2) return mergeSum(lists[0], lists[1]);
  const acc = new Float64Array(docCount);
  const seen = new Uint8Array(docCount);
  let count = 0;
  for (const { docs, scores } of lists) {
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k];
      if (seen[d]) acc[d] = acc[d] + scores[k];
      else { seen[d] = 1; acc[d] = scores[k]; count++; }
    }
  }
  const docs = new Uint32Array(count);
  const scores = new Float64Array(count);
  for (let d = 0, j = 0; j < count; d++) if (seen[d]) { docs[j] = d; scores[j++] = acc[d]; }
  return { docs, scores };
}

/** Documents ascending, with a score each. */
export interface ScoredDocs {
  readonly docs: ArrayLike<number>;
  readonly scores: ArrayLike<number>;
}

/**
 * Two ascending score lists merged; a document in both scored `both(a's, b's)`. Plain arrays:
 * most lists are a few dozen documents of one transcript, and a small typed array costs far
 * more to make.
 */
export function mergeScored(a: ScoredDocs, b: ScoredDocs, both: (x: number, y: number) => number): ScoredDocs {
  const docs: number[] = [];
  const scores: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const da = i < a.docs.length ? a.docs[i] : Infinity;
    const db = j < b.docs.length ? b.docs[j] : Infinity;
    if (da === db) { docs.push(da); scores.push(both(a.scores[i++], b.scores[j++])); }
    else if (da < db) { docs.push(da); scores.push(a.scores[i++]); }
    else { docs.push(db); scores.push(b.scores[j++]); }
  }
  return { docs, scores };
}

/** Two ascending scored lists merged, a document in both scored a's + b's. */
function mergeSum(a: ScoredDocs, b: ScoredDocs): ScoredDocs {
  return mergeScored(a, b, add);
}

const add = (x: number, y: number) => x + y;

function combine(results: Matches[], combineWith: 'AND' | 'OR' = 'OR'): Matches {
  if (results.length === 0) return NONE;
  return results.reduce(combineWith === 'AND' ? and : or);
}

/** Documents either matched; scores of both added (a's first). */
function or(a: Matches, b: Matches): Matches {
  const parts = [...a.parts, ...b.parts];
  const uniform = a.uniform && b.uniform && new Set(parts.map((p) => p.source)).size <= 1;
  if (b.docs.length === 0) return { docs: a.docs, scores: a.scores, parts, uniform };
  return { ...mergeSum(a, b), parts, uniform };
}

/** Documents both matched; scores added (a's first). */
function and(a: Matches, b: Matches): Matches {
  const docs: number[] = [];
  const scores: number[] = [];
  for (let i = 0, j = 0; i < a.docs.length && j < b.docs.length; ) {
    const da = a.docs[i];
    const db = b.docs[j];
    if (da === db) { docs.push(da); scores.push(a.scores[i++] + b.scores[j++]); }
    else if (da < db) i++;
    else j++;
  }
  if (docs.length === 0) return NONE;
  const parts = [...a.parts, ...b.parts].map((p) => ({ ...p, within: [...(p.within ?? []), docs] }));
  return { docs, scores, parts, uniform: a.uniform && b.uniform };
}

/** Whether the ascending `docs` hold `d`. */
export function holds(docs: ArrayLike<number>, d: number): boolean {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === d;
}

function partHolds(part: MatchPart, d: number): boolean {
  return part.lists.some((l) => holds(l, d)) && (!part.within || part.within.every((w) => holds(w, d)));
}

/** The index terms through which document `d` (one of `m.docs`) matched. */
export function matchedTerms(m: Matches, d: number): string[] {
  const out: string[] = [];
  for (const part of m.parts) if (!out.includes(part.derived) && partHolds(part, d)) out.push(part.derived);
  return out;
}

/**
 * How many query terms document `d` matched, for a score expressed as MiniSearch expressed
 * it (sum × terms ÷ terms): a function of the document, constant when every part has the
 * same query term.
 */
export function queryTermCounter(m: Matches): (d: number) => number {
  const constant = uniformTermCount(m);
  if (constant !== undefined) return () => constant;
  return (d) => {
    const hit = new Set<string>();
    for (const part of m.parts) if (!hit.has(part.source) && partHolds(part, d)) hit.add(part.source);
    return Math.max(1, hit.size);
  };
}

/** How many query terms every document of `m` matched, when that is the same for all (`m.uniform`). */
export function uniformTermCount(m: Matches): number | undefined {
  return m.uniform ? Math.max(1, new Set(m.parts.map((p) => p.source)).size) : undefined;
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
