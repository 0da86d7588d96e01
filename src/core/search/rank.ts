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

/**
 * Hits already merged and sorted by score, read one at a time: ranking reads only as far as
 * it needs (BestFirst in topHits.ts selects them a batch at a time).
 */
export interface SortedHits<T> {
  /** How many hits there are. */
  readonly count: number;
  /** Whether they are in score order: no score is NaN (else spreading reads its whole head first). */
  readonly ordered: boolean;
  /** The i-th hit (0 the best), for i below count. */
  at(i: number): T;
}

/** Hits in an array (sorted by score) as ranking reads them. */
export function sortedHits<T extends RankableHit>(hits: readonly T[]): SortedHits<T> {
  return { count: hits.length, ordered: !hits.some((h) => h.score !== h.score), at: (i) => hits[i] };
}

/**
 * The final order of hits already merged and sorted by score: speakers spread (unless
 * `diversify` is off: when the query names a person, that person's passages are what is
 * wanted), then the limit.
 */
export function rankSorted<T extends RankableHit>(sorted: SortedHits<T>, diversify: boolean, limit?: number): T[] {
  const wanted = Math.min(sorted.count, limit ?? Infinity);
  if (diversify) return spreadSpeakers(sorted, wanted);
  return Array.from({ length: wanted }, (_, i) => sorted.at(i));
}

/** Each further hit of the same person counts this much less, so the top of the list shows more people. */
export const REPEAT_FACTOR = 0.9;
/** Only the head of the list is re-ordered (the rest keeps its order). */
export const DIVERSIFY_HEAD = 200;

/**
 * Mild speaker diversity: walks the list best-first, discounting a hit by REPEAT_FACTOR for
 * every hit of the same speaker already placed (its score becomes the discounted one, so
 * the list stays sorted by score). Near-ties between two people's passages go to the one
 * not yet shown; a clearly better hit keeps its place. Only the first `wanted` hits are
 * placed and returned (the walk places them in their final order).
 *
 * Each person's hits compete through their best one left (they share one discount), kept
 * in a heap by discounted score, then by place in the list. The head is read only as far
 * as needed: a person's turn is placed once no hit not yet read can beat it — every such
 * hit scores at most the next one in the list, and a discount only lowers a score that is
 * not negative. Without that order (a NaN or a negative score) the whole head is read first,
 * which is the same walk over every turn at once.
 */
function spreadSpeakers<T extends RankableHit>(sorted: SortedHits<T>, wanted: number): T[] {
  const head = Math.min(sorted.count, DIVERSIFY_HEAD);
  const turns = new Map<string, Turn>();
  const heap = new Heap<Turn>([], before);
  let read = 0;
  const readNext = () => {
    const i = read++;
    const who = sorted.at(i).stored.who ?? '';
    const turn = turns.get(who);
    if (!turn) {
      const first: Turn = { hits: [i], next: 0, placed: 0, score: sorted.at(i).score, index: i };
      turns.set(who, first);
      heap.push(first);
    } else {
      turn.hits.push(i);
      if (turn.next === turn.hits.length - 1) queueNext(turn, heap, sorted); // waited for this hit
    }
  };
  const out: T[] = [];
  while (out.length < wanted) {
    while (read < head && !settled(heap.peek(), sorted, read)) readNext();
    const turn = heap.pop();
    if (!turn) break;
    const hit = sorted.at(turn.index);
    hit.score = turn.score;
    out.push(hit);
    turn.next++;
    turn.placed++;
    if (turn.next < turn.hits.length) queueNext(turn, heap, sorted);
  }
  const floor = out.length > 0 ? out[out.length - 1].score : Infinity;
  for (let i = head; out.length < wanted; i++) {
    const h = sorted.at(i);
    h.score = Math.min(h.score, floor);
    out.push(h);
  }
  return out;
}

/** Whether the heap's top goes before every hit not yet read (the first of them is at `read`). */
function settled<T extends RankableHit>(top: Turn | undefined, sorted: SortedHits<T>, read: number): boolean {
  if (!top || !sorted.ordered) return false;
  const next = sorted.at(read).score;
  return next >= 0 && top.score >= next;
}

/** Puts a person's next hit (already read) in the heap, at its discounted score. */
function queueNext<T extends RankableHit>(turn: Turn, heap: Heap<Turn>, sorted: SortedHits<T>): void {
  turn.index = turn.hits[turn.next];
  turn.score = sorted.at(turn.index).score * REPEAT_FACTOR ** turn.placed;
  heap.push(turn);
}

/** One person's place in the spreading: their hits, the next one, how many were placed, and that next hit's discounted score. */
interface Turn { hits: number[]; next: number; placed: number; score: number; index: number }

/** Whether turn a goes before b: the higher score (NaN as the lowest), then the earlier hit. */
function before(a: Turn, b: Turn): boolean {
  const sa = a.score === a.score ? a.score : -Infinity;
  const sb = b.score === b.score ? b.score : -Infinity;
  return sa > sb || (sa === sb && a.index < b.index);
}
