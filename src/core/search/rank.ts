/**
 * The scores and order of hits once chosen (topHits.ts merges a quote or statement with the
 * passage that contains it and picks the best): a document that contains the query as one
 * unbroken phrase ranks above one that merely contains its words, the any-word fallback ranks
 * below everything else, and the head of the list is spread over more speakers.
 */
import type { Corpus } from '../model';
import type { StoredFields } from './documents';
import { Heap } from './heap';

/** What ranking reads of a hit. */
export interface RankableHit {
  corpus: Corpus;
  localId: string;
  score: number;
  /** The document contains the whole query as one phrase. */
  phrase: boolean;
  /** The fields the index stores for display (see documents.ts STORED). */
  stored: StoredFields;
}

const PHRASE_BONUS = 3;
const PARTIAL_FACTOR = 0.5;

/** A hit's score once the phrase bonus and the any-word fallback's factor apply (in that order). */
export function adjustedScore(score: number, phrase: boolean, partial: boolean): number {
  let s = score;
  if (phrase) s *= PHRASE_BONUS;
  if (partial) s *= PARTIAL_FACTOR;
  return s;
}

/** How many of the best hits ranking reads to give `limit` (more when the head is diversified). */
export function rankedHead(limit: number | undefined, diversify: boolean): number | undefined {
  return limit === undefined ? undefined : diversify ? Math.max(limit, DIVERSIFY_HEAD) : limit;
}

/**
 * The final order of hits already merged and sorted by score (at least `rankedHead` of them):
 * speakers spread (unless `diversify` is off: when the query names a person, that person's
 * passages are what is wanted), then the limit.
 */
export function rankSorted<T extends RankableHit>(sorted: T[], diversify: boolean, limit?: number): T[] {
  const ranked = diversify ? spreadSpeakers(sorted, limit) : sorted;
  return limit === undefined ? ranked : ranked.slice(0, limit);
}

/** Each further hit of the same person counts this much less, so the top of the list shows more people. */
const REPEAT_FACTOR = 0.9;
/** Only the head of the list is re-ordered (the rest keeps its order). */
const DIVERSIFY_HEAD = 200;

/**
 * Mild speaker diversity: walks the list best-first, discounting a hit by REPEAT_FACTOR for
 * every hit of the same speaker already placed (its score becomes the discounted one, so
 * the list stays sorted by score). Near-ties between two people's passages go to the one
 * not yet shown; a clearly better hit keeps its place. With a `limit`, only the first
 * `limit` hits are placed and returned (the walk places them in their final order).
 */
function spreadSpeakers<T extends RankableHit>(sorted: T[], limit = Infinity): T[] {
  const head = sorted.slice(0, DIVERSIFY_HEAD);
  // Each person's hits in list order: a person's next hit is the best of theirs left (the
  // list is sorted and they share one discount), so only those compete at each step —
  // kept in a heap by discounted score, then by place in the list.
  const byWho = new Map<string, Turn>();
  head.forEach((h, i) => {
    const who = h.stored.who ?? '';
    let turn = byWho.get(who);
    if (!turn) byWho.set(who, (turn = { hits: [], next: 0, placed: 0, score: h.score, index: i }));
    turn.hits.push(i);
  });
  const heap = new Heap([...byWho.values()], before);
  const out: T[] = [];
  for (let turn = heap.pop(); turn && out.length < limit; turn = heap.pop()) {
    const hit = head[turn.index];
    hit.score = turn.score;
    out.push(hit);
    turn.next++;
    turn.placed++;
    if (turn.next < turn.hits.length) {
      turn.index = turn.hits[turn.next];
      turn.score = head[turn.index].score * REPEAT_FACTOR ** turn.placed;
      heap.push(turn);
    }
  }
  if (out.length >= limit) return out;
  const floor = out.length > 0 ? out[out.length - 1].score : Infinity;
  for (const h of sorted.slice(DIVERSIFY_HEAD)) { h.score = Math.min(h.score, floor); out.push(h); }
  return out;
}

/** One person's place in the spreading: their hits, the next one, how many were placed, and that next hit's discounted score. */
interface Turn { hits: number[]; next: number; placed: number; score: number; index: number }

/** Whether turn a goes before b: the higher score (NaN as the lowest), then the earlier hit. */
function before(a: Turn, b: Turn): boolean {
  const sa = a.score === a.score ? a.score : -Infinity;
  const sb = b.score === b.score ? b.score : -Infinity;
  return sa > sb || (sa === sb && a.index < b.index);
}
