/**
 * One query plan matched in one transcript's segment: per query group, each document's best
 * variant score (or, failing a word match, its substring score), then the groups combined
 * (AND: every group matched; OR: any, scaled by the share matched), with the documents that
 * hold the whole query as one phrase. Documents are numbers throughout (sorted typed arrays
 * from the index, a Map of scores per group); which index terms a document matched is worked
 * out only for the hits shown (`matchedTermsOf`), so a common word costs no object per
 * matching document.
 *
 * The scores are exactly those the previous engine computed (the same additions in the
 * same order): see segmentQuery.ts and the equivalence test.
 */
import type { SegmentDocs, StoredFields } from './documents';
import type { Variant } from './query';
import type { Segment } from './segment';
import { executeQuery, holds, matchedTerms, queryTermCounter, type Matches } from './segmentQuery';
import { substringScore } from './substring';
import type { SubstringNet } from './substringNet';

/** A substring-only match counts a little less than a word match. */
const SUBSTRING_WEIGHT = 0.7;

/** One group's matches in one segment. */
export interface GroupScores {
  /** Best score by document number, in the order first matched (a few dozen documents per transcript for a common word: a Map, not an array per document). */
  readonly score: Map<number, number>;
  /** Each variant's matches (read for the terms of the hits shown). */
  readonly variants: ReadonlyArray<{ matches: Matches }>;
}

/** What matching one group needs besides the segment. */
export interface GroupInput {
  variants: readonly Variant[];
  substrings: ReadonlyArray<{ term: string; weight: number }>;
  /** Whether the substring net runs even when words matched (small corpora). */
  scanAlways: boolean;
}

/** The segment, its documents and substring net, the filter, and the substring look-ups shared by the passes of one search. */
export interface SegmentContext {
  segment: Segment;
  docs: SegmentDocs;
  net: SubstringNet;
  /** Whether document `d` passes the search's filters (kinds, speakers, topics). */
  allowed: (d: number) => boolean;
  /** The documents whose text contains a needle (memoised per search). */
  find: (needle: string) => readonly number[];
}

/** One group: each variant's matches (best score per document), then substring-only documents. */
export function matchGroup(ctx: SegmentContext, input: GroupInput): GroupScores {
  const score = new Map<number, number>();
  const variants: Array<{ matches: Matches }> = [];
  for (const v of input.variants) {
    const matches = executeQuery(ctx.segment, v.query);
    if (matches.docs.length === 0) continue;
    variants.push({ matches });
    const terms = queryTermCounter(matches);
    for (let k = 0; k < matches.docs.length; k++) {
      const d = matches.docs[k];
      if (!ctx.allowed(d)) continue;
      const t = terms(d);
      // As MiniSearch reported it: the score × terms matched, divided again by the engine.
      const s = ((matches.scores[k] * t) / t) * v.weight;
      const prev = score.get(d);
      score.set(d, prev === undefined ? s : Math.max(prev, s));
    }
  }
  // Chinese words (2+ characters) also match as plain substrings, a little below a word match.
  // On large corpora the net runs only when the word matched nothing as a word.
  if (input.scanAlways || score.size === 0) {
    for (const { term, weight } of input.substrings) {
      const found = ctx.find(term);
      const base = substringScore(found.length, ctx.segment.docCount) * weight * SUBSTRING_WEIGHT;
      for (const d of found) if (!score.has(d) && ctx.allowed(d)) score.set(d, base);
    }
  }
  return { score, variants };
}

/** The documents one plan matched in one segment, with their scores (before ranking's phrase bonus). */
export interface SegmentMatches {
  docs: readonly number[];
  scores: readonly number[];
  /** The documents that hold the whole query as one phrase. */
  phrase: ReadonlySet<number>;
  groups: GroupScores[];
}

const NO_PHRASE: ReadonlySet<number> = new Set();

/**
 * Combines the groups: AND keeps the documents every group matched, OR any; a document that
 * holds the phrase counts as matching the groups it missed (with the phrase's substring
 * score). Scores add group by group, in group order.
 */
export function combineGroups(ctx: SegmentContext, groups: GroupScores[], phrase: string | undefined, scanAlways: boolean, combineWith: 'AND' | 'OR'): SegmentMatches {
  const out: SegmentMatches = { docs: [], scores: [], phrase: NO_PHRASE, groups };
  if (combineWith === 'AND' && !phrase && groups.some((g) => g.score.size === 0)) return out;
  const phraseDocs = phrase ? phraseMatches(ctx, groups, phrase, scanAlways) : [];
  const phraseBase = phrase ? substringScore(phraseDocs.length, ctx.segment.docCount) * SUBSTRING_WEIGHT : 0;
  const inPhrase = phraseDocs.length > 0 ? new Set(phraseDocs) : NO_PHRASE;
  out.phrase = inPhrase;
  const docs = out.docs as number[];
  const scores = out.scores as number[];
  for (const d of combinedCandidates(groups, phraseDocs, combineWith)) {
    const whole = inPhrase.has(d);
    if (whole && !ctx.allowed(d)) continue;
    let sum = 0;
    let hitGroups = 0;
    for (const g of groups) {
      const s = g.score.get(d);
      if (s === undefined) {
        if (whole) { sum += phraseBase / groups.length; hitGroups++; }
        continue;
      }
      hitGroups++;
      sum += s;
    }
    if (combineWith === 'OR') sum *= hitGroups / groups.length;
    docs.push(d);
    scores.push(sum);
  }
  return out;
}

/** The documents the combination keeps, each once, in the order first matched (then the phrase's). */
function combinedCandidates(groups: GroupScores[], phraseDocs: readonly number[], combineWith: 'AND' | 'OR'): Iterable<number> {
  if (groups.length === 1 && phraseDocs.every((d) => groups[0].score.has(d))) return groups[0].score.keys();
  const out = new Set<number>();
  if (combineWith === 'AND') {
    const [first, ...rest] = groups;
    for (const d of first?.score.keys() ?? []) if (rest.every((g) => g.score.has(d))) out.add(d);
  } else {
    for (const g of groups) for (const d of g.score.keys()) out.add(d);
  }
  for (const d of phraseDocs) out.add(d);
  return out;
}

/** The documents holding the whole phrase (on large corpora: only among those some group found). */
function phraseMatches(ctx: SegmentContext, groups: GroupScores[], phrase: string, scanAlways: boolean): readonly number[] {
  if (scanAlways) return ctx.find(phrase);
  const seen = new Set<number>();
  for (const g of groups) for (const d of g.score.keys()) seen.add(d);
  return [...seen].filter((d) => ctx.net.contains(d, phrase));
}

/** The index terms through which document `d` matched its groups (for highlighting). */
export function matchedTermsOf(groups: readonly GroupScores[], d: number): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    if (!g.score.has(d)) continue;
    for (const { matches } of g.variants) if (holds(matches.docs, d)) for (const t of matchedTerms(matches, d)) out.add(t);
  }
  return out;
}

/** A filter over stored fields as a function of document numbers, each document judged once per search. */
export function documentFilter(docs: SegmentDocs, keep: ((stored: StoredFields) => boolean) | undefined): (d: number) => boolean {
  if (!keep) return () => true;
  const verdict = new Int8Array(docs.count);
  return (d) => {
    if (verdict[d] === 0) verdict[d] = keep(docs.storedAt(d)) ? 1 : -1;
    return verdict[d] === 1;
  };
}
