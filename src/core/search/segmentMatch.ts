/**
 * One query plan matched in one transcript's segment: per query group, each document's best
 * variant score (or, failing a word match, its substring score), then the groups combined
 * (AND: every group matched; OR: any, scaled by the share matched), with the documents that
 * hold the whole query as one phrase. Documents are numbers throughout: every list is
 * ascending (the index's typed arrays, then plain arrays, which are far cheaper to make for
 * the few dozen documents a transcript holds), merged in one walk; which index terms a
 * document matched is worked out only for the hits shown (`matchedTermsOf`), so a common word
 * costs no object per matching document.
 *
 * The scores are exactly those the previous engine computed (the same additions in the
 * same order): see segmentQuery.ts, the equivalence test and segmentMatch.test.ts.
 */
import type { SegmentDocs, StoredFields } from './documents';
import type { Variant } from './query';
import type { Segment } from './segment';
import { cachedQuery, holds, matchedTerms, mergeScored, queryTermCounter, uniformTermCount, type Matches, type ScoredDocs } from './segmentQuery';
import { substringScore } from './substring';
import type { SubstringNet } from './substringNet';

/** A substring-only match counts a little less than a word match. */
const SUBSTRING_WEIGHT = 0.7;

/** One group's matches in one segment: each document's best score, documents ascending. */
export interface GroupScores extends ScoredDocs {
  /** Each variant's matches (read for the terms of the hits shown). */
  readonly variants: ReadonlyArray<{ matches: Matches }>;
}

const NOTHING: ScoredDocs = { docs: [], scores: [] };

/** What matching one group needs besides the segment. */
export interface GroupInput {
  variants: readonly Variant[];
  /** Each variant's `queryKey`. */
  keys: readonly string[];
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
  /** Whether every document passes (no filter): `allowed` need not be asked. */
  unfiltered?: boolean;
  /** The documents whose text contains a needle, ascending (memoised per search). */
  find: (needle: string) => readonly number[];
}

/** One group: each variant's matches (best score per document), then substring-only documents. */
export function matchGroup(ctx: SegmentContext, input: GroupInput): GroupScores {
  let best = NOTHING;
  const variants: Array<{ matches: Matches }> = [];
  for (let vi = 0; vi < input.variants.length; vi++) {
    const v = input.variants[vi];
    const matches = cachedQuery(ctx.segment, v.query, input.keys[vi]);
    if (matches.docs.length === 0) continue;
    variants.push({ matches });
    best = bestOf(best, variantScores(ctx, matches, v.weight));
  }
  // Chinese words (2+ characters) also match as plain substrings, a little below a word match.
  // On large corpora the net runs only when the word matched nothing as a word.
  if (input.scanAlways || best.docs.length === 0) {
    for (const { term, weight } of input.substrings) {
      const found = ctx.find(term);
      const base = substringScore(found.length, ctx.segment.docCount) * weight * SUBSTRING_WEIGHT;
      best = withMissing(best, found, base, ctx);
    }
  }
  return { docs: best.docs, scores: best.scores, variants };
}

/** A variant's allowed matches, each score as MiniSearch reported it (× terms matched, divided again by the engine) × the variant's weight. */
function variantScores(ctx: SegmentContext, matches: Matches, weight: number): ScoredDocs {
  // (s × 1) ÷ 1 × 1 is s: a one-word variant of weight 1 keeps the matches' own lists.
  if (ctx.unfiltered && weight === 1 && uniformTermCount(matches) === 1) return matches;
  const terms = queryTermCounter(matches);
  const docs: number[] = [];
  const scores: number[] = [];
  for (let k = 0; k < matches.docs.length; k++) {
    const d = matches.docs[k];
    if (!ctx.unfiltered && !ctx.allowed(d)) continue;
    const t = terms(d);
    docs.push(d);
    scores.push(((matches.scores[k] * t) / t) * weight);
  }
  return { docs, scores };
}

/** The union of two score lists, a document in both scored the larger (Math.max(a's, b's)). */
function bestOf(a: ScoredDocs, b: ScoredDocs): ScoredDocs {
  if (a.docs.length === 0) return b;
  return mergeScored(a, b, (x, y) => Math.max(x, y));
}

/** `scored` plus the allowed documents of `found` it lacks, each scored `base`. */
function withMissing(scored: ScoredDocs, found: readonly number[], base: number, ctx: SegmentContext): ScoredDocs {
  const extra = ctx.unfiltered ? found : found.filter((d) => ctx.allowed(d));
  if (extra.length === 0 || holdsAll(scored.docs, extra)) return scored;
  return mergeScored(scored, { docs: extra, scores: new Array<number>(extra.length).fill(base) }, (x) => x);
}

/** Whether ascending `docs` hold every one of ascending `some`. */
function holdsAll(docs: ArrayLike<number>, some: ArrayLike<number>): boolean {
  if (some.length > docs.length) return false;
  let i = 0;
  for (let j = 0; j < some.length; j++) {
    while (i < docs.length && docs[i] < some[j]) i++;
    if (i >= docs.length || docs[i] !== some[j]) return false;
    i++;
  }
  return true;
}

/** The documents one plan matched in one segment, with their scores (before ranking's phrase bonus). */
export interface SegmentMatches {
  /** Ascending. */
  docs: ArrayLike<number>;
  scores: ArrayLike<number>;
  /** The documents that hold the whole query as one phrase, ascending (see `holds`). */
  phrase: ArrayLike<number>;
  groups: GroupScores[];
}

/**
 * Combines the groups: AND keeps the documents every group matched, OR any; a document that
 * holds the phrase counts as matching the groups it missed (with the phrase's substring
 * score). Scores add group by group, in group order. Documents come out ascending.
 */
export function combineGroups(ctx: SegmentContext, groups: GroupScores[], phrase: string | undefined, scanAlways: boolean, combineWith: 'AND' | 'OR'): SegmentMatches {
  if (combineWith === 'AND' && !phrase && groups.some((g) => g.docs.length === 0)) return { docs: [], scores: [], phrase: [], groups };
  const phraseDocs = phrase ? phraseMatches(ctx, groups, phrase, scanAlways) : [];
  // One group holding every phrase document: its own lists (0 + s is s, and OR's factor is 1 ÷ 1).
  if (groups.length === 1 && holdsAll(groups[0].docs, phraseDocs) && (phraseDocs.length === 0 || ctx.unfiltered)) {
    return { docs: groups[0].docs, scores: groups[0].scores, phrase: phraseDocs, groups };
  }
  const phraseShare = phrase ? (substringScore(phraseDocs.length, ctx.segment.docCount) * SUBSTRING_WEIGHT) / groups.length : 0;
  const docs: number[] = [];
  const scores: number[] = [];
  const at = new Array<number>(groups.length).fill(0);
  for (let p = 0, d = nextCandidate(groups, at, phraseDocs, p, combineWith); d !== Infinity; d = nextCandidate(groups, at, phraseDocs, p, combineWith)) {
    const whole = p < phraseDocs.length && phraseDocs[p] === d;
    if (whole) p++;
    let sum = 0;
    let hitGroups = 0;
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      let k = at[gi];
      while (k < g.docs.length && g.docs[k] < d) k++; // AND stops at a phrase document before moving every group
      if (k < g.docs.length && g.docs[k] === d) { hitGroups++; sum += g.scores[k++]; }
      else if (whole) { sum += phraseShare; hitGroups++; }
      at[gi] = k;
    }
    if (whole && !ctx.unfiltered && !ctx.allowed(d)) continue;
    if (combineWith === 'OR') sum *= hitGroups / groups.length;
    docs.push(d);
    scores.push(sum);
  }
  return { docs, scores, phrase: phraseDocs, groups };
}

/**
 * The next document (ascending) the combination keeps, or Infinity: the smallest one any
 * group or the phrase holds (OR), or the smallest that every group holds or the phrase
 * does (AND). Moves each group's position up to it.
 */
function nextCandidate(groups: GroupScores[], at: number[], phraseDocs: readonly number[], p: number, combineWith: 'AND' | 'OR'): number {
  const nextPhrase = p < phraseDocs.length ? phraseDocs[p] : Infinity;
  if (combineWith === 'OR') {
    let d = nextPhrase;
    groups.forEach((g, gi) => { if (at[gi] < g.docs.length && g.docs[at[gi]] < d) d = g.docs[at[gi]]; });
    return d;
  }
  // AND: leapfrog the groups to a document all hold, unless the phrase comes first. A
  // group moves only past documents below the candidate, which is never past the phrase's next.
  for (let d = 0; ; ) {
    let all = true;
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      while (at[gi] < g.docs.length && g.docs[at[gi]] < d) at[gi]++;
      if (at[gi] >= g.docs.length) return nextPhrase;
      if (g.docs[at[gi]] > d) {
        d = g.docs[at[gi]];
        all = false;
        if (d > nextPhrase) return nextPhrase;
      }
    }
    if (all) return d;
  }
}

/** The documents holding the whole phrase, ascending (on large corpora: only among those some group found). */
function phraseMatches(ctx: SegmentContext, groups: GroupScores[], phrase: string, scanAlways: boolean): readonly number[] {
  if (scanAlways) return ctx.find(phrase);
  const seen = new Set<number>();
  for (const g of groups) for (let k = 0; k < g.docs.length; k++) seen.add(g.docs[k]);
  return [...seen].sort((a, b) => a - b).filter((d) => ctx.net.contains(d, phrase));
}

/** The index terms through which document `d` matched its groups (for highlighting). */
export function matchedTermsOf(groups: readonly GroupScores[], d: number): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    if (!holds(g.docs, d)) continue;
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
