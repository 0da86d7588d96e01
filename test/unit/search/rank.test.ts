/**
 * Ranking as the engine runs it: topHits.ts merges a quote with its passage, applies the
 * phrase bonus and the any-word factor and picks the best, rank.ts spreads speakers and cuts
 * the list. Hits are given as documents of one transcript (real SegmentDocs over tables).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Corpus } from '../../../src/core/model';
import { SegmentDocs, mergeSlots, type StoredFields } from '../../../src/core/search/documents';
import { DIVERSIFY_HEAD, REPEAT_FACTOR, rankSorted, sortedHits, type RankableHit, type SortedHits } from '../../../src/core/search/rank';
import { BestFirst, topHits } from '../../../src/core/search/topHits';

interface Given { localId: string; who: string | null; score: number; phrase?: boolean; kind?: StoredFields['kind']; passage?: string }

const corpus = { id: 'c' } as Corpus;
const hit = (localId: string, who: string | null, score: number, extra: Partial<Given> = {}): Given => ({ localId, who, score, ...extra });

/** The hits ranked: chosen by topHits (all of them, or the head `limit` needs), then spread and cut. */
function rank(given: Given[], partial: boolean, diversify = true, limit?: number): RankableHit[] {
  const entries: Record<'ids' | 'meta' | 'display', string[]> = {
    ids: given.map((g) => g.localId),
    meta: given.map((g) => JSON.stringify(g.passage === undefined ? [g.kind ?? 'passage', g.who, null, []] : [g.kind ?? 'passage', g.who, null, [], g.passage])),
    display: given.map((g) => g.localId),
  };
  const slots = mergeSlots(given.map((g) => ({ id: g.localId, kind: g.kind ?? 'passage', passage: g.passage })));
  const docs = new SegmentDocs({ docCount: given.length, entry: (table, d) => entries[table][d], mergeSlot: (d) => slots[d], who: (d) => given[d].who });
  const matches = {
    docs: given.map((_, d) => d), scores: given.map((g) => g.score),
    phrase: given.flatMap((g, d) => (g.phrase ? [d] : [])), groups: [],
  };
  const made = (c: { doc: number; score: number }): RankableHit =>
    ({ corpus, localId: docs.id(c.doc), score: c.score, phrase: matches.phrase.includes(c.doc), stored: docs.storedAt(c.doc) });
  if (limit === undefined) return rankSorted(sortedHits(topHits([{ docs, matches }], partial, undefined).map(made)), diversify);
  // As the engine reads them: selected a batch at a time, each hit made when first read.
  const best = new BestFirst([{ docs, matches }], partial, limit);
  const kept: RankableHit[] = [];
  const lazy: SortedHits<RankableHit> = { count: best.count, ordered: best.ordered, at: (i) => (kept[i] ??= made(best.at(i)!)) };
  return rankSorted(lazy, diversify, limit);
}
const order = (hits: RankableHit[]) => hits.map((h) => h.localId);

describe('ranking (topHits, then speakers spread)', () => {
  it('lets a near-tie go to a person not yet shown, keeping the list sorted by score', () => {
    const ranked = rank([hit('a1', 'A', 10), hit('a2', 'A', 9.9), hit('a3', 'A', 9.8), hit('b1', 'B', 9.5)], false);
    assert.deepEqual(order(ranked), ['a1', 'b1', 'a2', 'a3']);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score >= ranked[i].score);
  });

  it('keeps a clearly better hit in place, and does not reorder when asked not to', () => {
    assert.deepEqual(order(rank([hit('a1', 'A', 10), hit('a2', 'A', 6), hit('b1', 'B', 4)], false)), ['a1', 'a2', 'b1']);
    assert.deepEqual(order(rank([hit('a1', 'A', 10), hit('a2', 'A', 9.9), hit('b1', 'B', 9.5)], false, false)), ['a1', 'a2', 'b1']);
  });

  it('merges a quote with the sentence containing it, keeping the better one (on a tie, the sentence)', () => {
    assert.deepEqual(order(rank([hit('p1', 'A', 3), hit('q1', 'A', 5, { kind: 'quote', passage: 'p1' }), hit('p2', 'B', 1)], false)), ['q1', 'p2']);
    assert.deepEqual(order(rank([hit('p1', 'A', 5), hit('q1', 'A', 5, { kind: 'quote', passage: 'p1' })], false)), ['p1']);
  });

  it('ranks phrase matches up and the any-word fallback down', () => {
    assert.deepEqual(order(rank([hit('p2', 'B', 5), hit('p1', 'A', 2, { phrase: true })], false)), ['p1', 'p2']);
    assert.equal(rank([hit('p3', 'C', 4)], true)[0].score, 2);
  });

  it('with a limit, ranks exactly as ranking everything and keeping the first ones (ties, duplicates, many speakers)', () => {
    let x = 11;
    const r = () => { x = (x * 1664525 + 1013904223) >>> 0; return x / 2 ** 32; };
    const make = () => {
      x = 11;
      return Array.from({ length: 1500 }, (_, i) => {
        const score = Math.floor(r() * 40) / 4; // many exact ties
        const phrase = i % 7 === 0;
        return i % 5 === 0
          ? hit(`q${i}`, `S${i % 13}`, score, { kind: 'quote', passage: `p${i - 5}`, phrase })
          : hit(`p${i}`, `S${i % 13}`, score, { phrase });
      });
    };
    for (const [limit, diversify, partial] of [[20, true, false], [5, false, false], [300, true, true], [1, true, false], [700, false, true]] as const) {
      const all = rank(make(), partial, diversify).slice(0, limit);
      const top = rank(make(), partial, diversify, limit);
      assert.deepEqual(top.map((h) => [h.localId, h.score]), all.map((h) => [h.localId, h.score]), `limit ${limit}`);
    }
  });

  it('spreads speakers as the definition does, reading the list only as far as it needs', () => {
    const score = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 24 }).map((n) => n / 4) }, { weight: 1, arbitrary: fc.constantFrom(NaN, -1, -0.5) });
    const given = fc.array(fc.record({ who: fc.constantFrom('A', 'B', 'C', 'D', null), score }), { maxLength: 240 });
    fc.assert(fc.property(given, fc.integer({ min: 1, max: 230 }), (list, limit) => {
      const fresh = () => [...list.map((g, i) => ({ corpus, localId: `p${i}`, score: g.score, phrase: false, stored: { who: g.who } as StoredFields }))]
        .sort((a, b) => b.score - a.score);
      const want = spreadByDefinition(fresh()).slice(0, limit);
      let furthest = -1;
      const hits = fresh();
      const lazy: SortedHits<RankableHit> = { ...sortedHits(hits), at: (i) => { furthest = Math.max(furthest, i); return hits[i]; } };
      const got = rankSorted(lazy, true, limit);
      assert.deepEqual(got.map((h) => [h.localId, h.score]), want.map((h) => [h.localId, h.score]));
      if (!lazy.ordered) assert.ok(furthest >= Math.min(hits.length, DIVERSIFY_HEAD) - 1, 'no order: the whole head is read');
    }), { seed: 20261201, numRuns: 400 });
  });

  it('reads one hit past the limit when no person repeats, and the whole head only when it must', () => {
    const hits = Array.from({ length: 1000 }, (_, i) => ({ corpus, localId: `p${i}`, score: 1000 - i, phrase: false, stored: { who: `S${i}` } as StoredFields }));
    let read = 0;
    const counted: SortedHits<RankableHit> = { ...sortedHits(hits), at: (i) => { read = Math.max(read, i + 1); return hits[i]; } };
    assert.deepEqual(rankSorted(counted, true, 20).map((h) => h.localId), hits.slice(0, 20).map((h) => h.localId));
    assert.equal(read, 21);
    // One person throughout: each further hit is discounted, so later hits of close scores are read to compare.
    const same = hits.map((h) => ({ ...h, score: 10 + h.score / 1000, stored: { who: 'A' } as StoredFields }));
    read = 0;
    rankSorted({ ...sortedHits(same), at: (i) => { read = Math.max(read, i + 1); return same[i]; } }, true, 20);
    assert.ok(read > 20 && read <= DIVERSIFY_HEAD, `read ${read}`);
  });
});

/** Spreading as first defined: every person's turn of the head in one heap at once, then the rest in order. */
function spreadByDefinition(sorted: RankableHit[]): RankableHit[] {
  const head = sorted.slice(0, DIVERSIFY_HEAD);
  const turns = new Map<string, { hits: number[]; next: number; score: number; index: number }>();
  head.forEach((h, i) => {
    const who = h.stored.who ?? '';
    const t = turns.get(who) ?? { hits: [], next: 0, score: h.score, index: i };
    turns.set(who, t);
    t.hits.push(i);
  });
  const key = (s: number) => (s === s ? s : -Infinity);
  const live = [...turns.values()];
  const out: RankableHit[] = [];
  while (live.length > 0) {
    live.sort((a, b) => key(b.score) - key(a.score) || a.index - b.index);
    const t = live[0];
    head[t.index].score = t.score;
    out.push(head[t.index]);
    if (++t.next < t.hits.length) {
      t.index = t.hits[t.next];
      t.score = head[t.index].score * REPEAT_FACTOR ** t.next;
    } else live.shift();
  }
  const floor = out.length > 0 ? out[out.length - 1].score : Infinity;
  for (const h of sorted.slice(DIVERSIFY_HEAD)) { h.score = Math.min(h.score, floor); out.push(h); }
  return out;
}
