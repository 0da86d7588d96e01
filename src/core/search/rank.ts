/**
 * Ordering and merging of raw matches: a quote (or statement) and the passage that contains it are
 * one hit (the better-scoring one is kept); a document that contains the query as one
 * unbroken phrase ranks above one that merely contains its words; the any-word
 * fallback ranks below everything else.
 */
import type { Corpus } from '../model';
import type { StoredFields } from './documents';

export interface RawHit {
  corpus: Corpus;
  localId: string;
  score: number;
  matched: Set<string>;
  /** The document contains the whole query as one phrase. */
  phrase: boolean;
  /** The fields the index stores for display (see documents.ts STORED). */
  stored: StoredFields;
}

/** What ranking reads of a hit (the matched terms are only needed for the hits shown). */
export type RankableHit = Omit<RawHit, 'matched'>;

const PHRASE_BONUS = 3;
const PARTIAL_FACTOR = 0.5;

/**
 * @param diversify spread the head of the list over more speakers (off when the query
 *   names a person: then that person's passages are what is wanted).
 */
export function rankHits<T extends RankableHit>(raw: T[], partial: boolean, diversify = true, limit?: number): T[] {
  for (const h of raw) {
    if (h.phrase) h.score *= PHRASE_BONUS;
    if (partial) h.score *= PARTIAL_FACTOR;
  }
  const merged = mergeDuplicates(raw);
  const wanted = limit === undefined ? undefined : diversify ? Math.max(limit, DIVERSIFY_HEAD) : limit;
  const sorted = (wanted === undefined ? merged : leaders(merged, wanted)).sort(byScore);
  const ranked = diversify ? spreadSpeakers(sorted) : sorted;
  return limit === undefined ? ranked : ranked.slice(0, limit);
}

/**
 * The hits that can be among the first `k` once sorted: those scoring at least the k-th
 * best score, in their given order (so a stable sort of them starts exactly as a sort of
 * all would). Sorting numbers to find that score is much cheaper than sorting the hits.
 */
function leaders<T extends RankableHit>(hits: T[], k: number): T[] {
  if (k <= 0 || hits.length <= 2 * k) return hits;
  const scores = new Float64Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    if (Number.isNaN(hits[i].score)) return hits;
    scores[i] = hits[i].score;
  }
  scores.sort();
  const floor = scores[scores.length - k];
  return hits.filter((h) => h.score >= floor);
}

function byScore(a: RankableHit, b: RankableHit): number {
  return b.score - a.score || (a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0);
}

/** Each further hit of the same person counts this much less, so the top of the list shows more people. */
const REPEAT_FACTOR = 0.9;
/** Only the head of the list is re-ordered (the rest keeps its order). */
const DIVERSIFY_HEAD = 200;

/**
 * Mild speaker diversity: walks the list best-first, discounting a hit by REPEAT_FACTOR for
 * every hit of the same speaker already placed (its score becomes the discounted one, so
 * the list stays sorted by score). Near-ties between two people's passages go to the one
 * not yet shown; a clearly better hit keeps its place.
 */
function spreadSpeakers<T extends RankableHit>(sorted: T[]): T[] {
  const head = sorted.slice(0, DIVERSIFY_HEAD);
  const out: T[] = [];
  const seen = new Map<string, number>();
  while (head.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < head.length; i++) {
      const s = head[i].score * REPEAT_FACTOR ** (seen.get(head[i].stored.who ?? '') ?? 0);
      if (s > bestScore) { bestScore = s; best = i; }
    }
    const [hit] = head.splice(best, 1);
    hit.score = bestScore;
    const who = hit.stored.who ?? '';
    seen.set(who, (seen.get(who) ?? 0) + 1);
    out.push(hit);
  }
  const floor = out.length > 0 ? out[out.length - 1].score : Infinity;
  for (const h of sorted.slice(DIVERSIFY_HEAD)) { h.score = Math.min(h.score, floor); out.push(h); }
  return out;
}

/** A quote or statement and the sentence that contains it: keep one, the higher-scoring. */
function mergeDuplicates<T extends RankableHit>(raw: T[]): T[] {
  // Keyed per corpus (a corpus's hits come in one run, so the order is that of one flat map).
  const byCorpus = new Map<string, Map<string, T>>();
  const passageOf = (h: T) => (h.stored.kind === 'quote' || h.stored.kind === 'statement' ? h.stored.passage ?? h.localId : h.localId);
  for (const h of raw) {
    let byKey = byCorpus.get(h.corpus.id);
    if (!byKey) byCorpus.set(h.corpus.id, (byKey = new Map()));
    if (h.stored.kind === 'speaker') { byKey.set(h.localId, h); continue; }
    const key = `text:${passageOf(h)}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, h); continue; }
    if (h.score > prev.score) byKey.set(key, h);
  }
  const out: T[] = [];
  for (const byKey of byCorpus.values()) for (const h of byKey.values()) out.push(h);
  return out;
}
