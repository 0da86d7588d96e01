/**
 * topHits across several segments: reading each segment's candidates best first through a
 * heap must choose exactly what the definition chooses — every document's final score, a
 * quote merged with its passage (the better; on a tie the lower document), then, when there
 * are more than 2k, everything at or above the k-th score — and order it the same way.
 * Scores sit on a coarse grid so that ties at the k-th score are common.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SegmentDocs, mergeSlots } from '../../../src/core/search/documents';
import { adjustedScore } from '../../../src/core/search/rank';
import type { SegmentMatches } from '../../../src/core/search/segmentMatch';
import { topHits, type Chosen, type SegmentResult } from '../../../src/core/search/topHits';

interface Doc { id: string; quoteOf?: number; score?: number; phrase: boolean }

/** One segment: documents p0…, some quotes of an earlier passage, some matched with a grid score. */
const segment = fc.array(fc.record({
  quoteOf: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
  score: fc.option(fc.integer({ min: 1, max: 12 }).map((n) => n / 4), { nil: undefined, freq: 3 }),
  phrase: fc.boolean(),
}), { maxLength: 40 });

function build(given: Array<Omit<Doc, 'id'>>): SegmentResult {
  const docs: Doc[] = given.map((g, d) => ({ ...g, id: `d${String(d).padStart(2, '0')}`, quoteOf: g.quoteOf !== undefined && g.quoteOf < d ? g.quoteOf : undefined }));
  const shape = docs.map((d) => ({ id: d.id, kind: d.quoteOf === undefined ? 'passage' as const : 'quote' as const, passage: d.quoteOf === undefined ? undefined : docs[d.quoteOf].id }));
  const slots = mergeSlots(shape);
  const tables = { ids: docs.map((d) => d.id), meta: shape.map((s) => JSON.stringify([s.kind, null, null, [], ...(s.passage ? [s.passage] : [])])), display: docs.map((d) => d.id) };
  const segmentDocs = new SegmentDocs({ docCount: docs.length, entry: (table, d) => tables[table][d], mergeSlot: (d) => slots[d], who: () => null });
  const matched = docs.flatMap((d, i) => (d.score === undefined ? [] : [i]));
  const matches: SegmentMatches = { docs: matched, scores: matched.map((i) => docs[i].score!), phrase: matched.filter((i) => docs[i].phrase), groups: [] };
  return { docs: segmentDocs, matches };
}

/** The definition: per segment the best document of each merge slot, then the k-th score's cut, then the order. */
function reference(results: SegmentResult[], partial: boolean, k: number | undefined): Chosen[] {
  const all: Chosen[] = [];
  results.forEach(({ docs, matches }, segment) => {
    const bySlot = new Map<number, Chosen>();
    Array.from(matches.docs).forEach((doc, i) => {
      const score = adjustedScore(matches.scores[i], Array.from(matches.phrase).includes(doc), partial);
      const slot = docs.mergeSlot(doc);
      const known = slot >= 0 ? bySlot.get(slot) : undefined;
      if (!known) { const c = { segment, doc, score }; all.push(c); if (slot >= 0) bySlot.set(slot, c); }
      else if (score > known.score || (score === known.score && doc < known.doc)) { known.doc = doc; known.score = score; }
    });
  });
  let kept = all;
  if (k !== undefined && k > 0 && all.length > 2 * k) {
    const floor = all.map((c) => c.score).sort((a, b) => b - a)[k - 1];
    kept = all.filter((c) => c.score >= floor);
  }
  const id = (c: Chosen) => results[c.segment].docs.id(c.doc);
  return kept.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) || a.segment - b.segment || a.doc - b.doc);
}

describe('topHits (the best k over several segments)', () => {
  it('chooses and orders exactly as the definition, ties at the k-th score included', () => {
    fc.assert(fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (given, partial, k) => {
      const results = given.map(build);
      const want = reference(results, partial, k);
      assert.deepEqual(topHits(results, partial, k), want);
      assert.deepEqual(topHits(results, partial, k), want, 'asked again (candidates kept with the matches)');
    }), { seed: 20261201, numRuns: 500 });
  });

  it('keeps every tie at the k-th score and nothing below it', () => {
    const high = build(Array.from({ length: 5 }, () => ({ score: 3, phrase: false })));
    const low = build(Array.from({ length: 200 }, () => ({ score: 1, phrase: false })));
    const chosen = topHits([low, high], false, 2);
    assert.deepEqual(chosen.map((c) => [c.segment, c.score]), Array.from({ length: 5 }, () => [1, 3]));
  });

  it('keeps every candidate when a score is NaN (no order holds), as the definition does', () => {
    const odd = build([{ score: 1, phrase: false }, { score: 2, phrase: false }]);
    const nan: SegmentResult = { docs: odd.docs, matches: { ...odd.matches, scores: [NaN, 2] } };
    const many = build(Array.from({ length: 10 }, () => ({ score: 1, phrase: false })));
    assert.equal(topHits([nan, many], false, 2).length, 12);
  });
});
