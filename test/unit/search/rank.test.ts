import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../src/core/model';
import { rankHits, type RawHit } from '../../../src/core/search/rank';

const corpus = { id: 'c' } as Corpus;
function hit(localId: string, who: string | null, score: number, extra: Partial<RawHit['stored']> = {}): RawHit {
  return {
    corpus, localId, score, matched: new Set(), phrase: false,
    stored: { kind: 'passage', display: localId, who, location: null, topics: [], ...extra },
  };
}
const order = (hits: RawHit[]) => hits.map((h) => h.localId);

describe('rankHits', () => {
  it('lets a near-tie go to a person not yet shown, keeping the list sorted by score', () => {
    const ranked = rankHits([hit('a1', 'A', 10), hit('a2', 'A', 9.9), hit('a3', 'A', 9.8), hit('b1', 'B', 9.5)], false);
    assert.deepEqual(order(ranked), ['a1', 'b1', 'a2', 'a3']);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score >= ranked[i].score);
  });

  it('keeps a clearly better hit in place, and does not reorder when asked not to', () => {
    assert.deepEqual(order(rankHits([hit('a1', 'A', 10), hit('a2', 'A', 6), hit('b1', 'B', 4)], false)), ['a1', 'a2', 'b1']);
    assert.deepEqual(order(rankHits([hit('a1', 'A', 10), hit('a2', 'A', 9.9), hit('b1', 'B', 9.5)], false, false)), ['a1', 'a2', 'b1']);
  });

  it('merges a quote with the sentence containing it, keeping the better one', () => {
    const ranked = rankHits([hit('p1', 'A', 3), hit('q1', 'A', 5, { kind: 'quote', passage: 'p1' }), hit('p2', 'B', 1)], false);
    assert.deepEqual(order(ranked), ['q1', 'p2']);
  });

  it('ranks phrase matches up and the any-word fallback down', () => {
    const a = hit('p1', 'A', 2); a.phrase = true;
    assert.deepEqual(order(rankHits([hit('p2', 'B', 5), a], false)), ['p1', 'p2']);
    const partial = rankHits([hit('p3', 'C', 4)], true);
    assert.equal(partial[0].score, 2);
  });
  it('with a limit, ranks exactly as ranking everything and keeping the first ones (ties, duplicates, many speakers)', () => {
    let x = 11;
    const r = () => { x = (x * 1664525 + 1013904223) >>> 0; return x / 2 ** 32; };
    const make = () => {
      x = 11;
      return Array.from({ length: 1500 }, (_, i) => {
        const score = Math.floor(r() * 40) / 4; // many exact ties
        const h = i % 5 === 0
          ? hit(`q${i}`, `S${i % 13}`, score, { kind: 'quote', passage: `p${i - 5}` })
          : hit(`p${i}`, `S${i % 13}`, score);
        if (i % 7 === 0) h.phrase = true;
        return h;
      });
    };
    for (const [limit, diversify, partial] of [[20, true, false], [5, false, false], [300, true, true], [1, true, false], [700, false, true]] as const) {
      const all = rankHits(make(), partial, diversify).slice(0, limit);
      const top = rankHits(make(), partial, diversify, limit);
      assert.deepEqual(top.map((h) => [h.localId, h.score]), all.map((h) => [h.localId, h.score]), `limit ${limit}`);
    }
  });
});
