import * as assert from 'node:assert';
import fc from 'fast-check';
import type { SegmentDocs } from '../../../src/core/search/documents';
import type { Segment } from '../../../src/core/search/segment';
import { combineGroups, type GroupScores, type SegmentContext } from '../../../src/core/search/segmentMatch';
import { substringScore } from '../../../src/core/search/substring';
import type { SubstringNet } from '../../../src/core/search/substringNet';

const DOCS = 40;

/** A group's documents (ascending, distinct) with a score each. */
const group = fc.uniqueArray(fc.integer({ min: 0, max: DOCS - 1 }), { maxLength: 25 }).chain((docs) =>
  fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), { minLength: docs.length, maxLength: docs.length }).map((scores) => {
    const order = docs.map((d, i) => [d, scores[i]] as const).sort((a, b) => a[0] - b[0]);
    return { docs: order.map((x) => x[0]), scores: order.map((x) => x[1]), variants: [] } as GroupScores;
  }));

const input = fc.record({
  groups: fc.array(group, { minLength: 1, maxLength: 4 }),
  phrase: fc.uniqueArray(fc.integer({ min: 0, max: DOCS - 1 }), { maxLength: 12 }).map((p) => p.sort((a, b) => a - b)),
  usePhrase: fc.boolean(),
  combineWith: fc.constantFrom<'AND' | 'OR'>('AND', 'OR'),
  banned: fc.uniqueArray(fc.integer({ min: 0, max: DOCS - 1 }), { maxLength: 6 }),
});

/** The combination as the previous engine wrote it: a Map of scores per group, candidates in first-matched order. */
function reference(groups: GroupScores[], phraseDocs: number[], usePhrase: boolean, combineWith: 'AND' | 'OR', allowed: (d: number) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const maps = groups.map((g) => new Map(Array.from(g.docs, (d, i) => [d, g.scores[i]] as const)));
  if (combineWith === 'AND' && !usePhrase && maps.some((m) => m.size === 0)) return out;
  const phrase = usePhrase ? phraseDocs : [];
  const base = usePhrase ? substringScore(phrase.length, DOCS) * 0.7 : 0;
  const candidates = new Set<number>();
  if (combineWith === 'AND') { for (const d of maps[0].keys()) if (maps.every((m) => m.has(d))) candidates.add(d); }
  else for (const m of maps) for (const d of m.keys()) candidates.add(d);
  phrase.forEach((d) => candidates.add(d));
  for (const d of candidates) {
    const whole = phrase.includes(d);
    if (whole && !allowed(d)) continue;
    let sum = 0;
    let hit = 0;
    for (const m of maps) {
      const s = m.get(d);
      if (s === undefined) { if (whole) { sum += base / maps.length; hit++; } continue; }
      hit++;
      sum += s;
    }
    if (combineWith === 'OR') sum *= hit / maps.length;
    out.set(d, sum);
  }
  return out;
}

describe('combineGroups (groups and phrase combined by document number)', () => {
  it('equals the Map-based definition: the same documents, ascending, with bit-identical scores', () => {
    fc.assert(fc.property(input, ({ groups, phrase, usePhrase, combineWith, banned }) => {
      const allowed = (d: number) => !banned.includes(d);
      const ctx: SegmentContext = {
        segment: { docCount: DOCS } as Segment,
        docs: {} as SegmentDocs,
        net: {} as SubstringNet,
        allowed,
        unfiltered: banned.length === 0,
        find: () => phrase,
      };
      const got = combineGroups(ctx, groups, usePhrase ? '云' : undefined, true, combineWith);
      const want = reference(groups, phrase, usePhrase, combineWith, allowed);
      const docs = Array.from(got.docs);
      assert.deepStrictEqual(docs, [...want.keys()].sort((a, b) => a - b));
      docs.forEach((d, i) => assert.ok(Object.is(got.scores[i], want.get(d)), `document ${d}: ${got.scores[i]} ≠ ${want.get(d)}`));
      assert.deepStrictEqual(Array.from(got.phrase), usePhrase ? phrase : []);
    }), { seed: 20261201, numRuns: 400 });
  });
});
