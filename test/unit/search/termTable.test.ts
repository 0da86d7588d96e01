/**
 * A segment finds a term by binary search for its first look-ups, then through a hash table
 * over its dictionary's bytes (termTable.ts): both must give the dictionary index of exactly
 * that term, and -1 for anything else — a prefix, an extension, a word whose UTF-8 is another
 * term's (a lone surrogate encodes as U+FFFD), Object.prototype names.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { IndexDoc } from '../../../src/core/search/documents';
import { buildSegment, Segment } from '../../../src/core/search/segment';
import { TermTable, bytesHash } from '../../../src/core/search/termTable';

function segmentOf(terms: string[]): Segment {
  const docs: IndexDoc[] = [{ id: 'p1', kind: 'passage', display: 'x', who: null, location: null, topics: [], text: terms.join('\u0001') }];
  const bytes = buildSegment(docs, (t) => t.split('\u0001'), 'k', { texts: ['x'], meta: ['[]'], words: [] });
  const seg = Segment.open(bytes, 'k');
  if (typeof seg === 'string') throw new Error(seg);
  return seg;
}

describe('term look-up: binary search, then the hash table', () => {
  const terms = ['云', '云计算', '混合云', '\uFFFD', 'constructor', '__proto__', '医院', '医', 'a', 'ab', '𠮷野家'];

  it('finds every term before and after the table is built, and nothing else', () => {
    const seg = segmentOf(terms);
    const absent = ['混合', '混合云方案', '\uD800', 'toString', 'hasOwnProperty', '', 'abc', '𠮷'];
    for (let round = 0; round < 20; round++) { // 20 rounds × 19 look-ups: past the binary-search phase
      for (const t of terms) assert.equal(seg.term(seg.find(t)), t, `${t} (round ${round})`);
      for (const t of absent) assert.equal(seg.find(t), -1, `${JSON.stringify(t)} (round ${round})`);
    }
  });

  it('agrees with a linear scan of the dictionary on random terms (seeded)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 60 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 30 }), (words, probes) => {
      const clean = words.filter((w) => !w.includes('\u0001'));
      if (clean.length === 0) return;
      const seg = segmentOf(clean);
      const all = seg.allTerms();
      for (let round = 0; round < 3; round++) {
        for (const p of [...clean, ...probes]) assert.equal(seg.find(p), all.indexOf(p));
      }
    }), { seed: 20261201, numRuns: 150 });
  });

  it('hashes bytes as FNV-1a and probes past collisions', () => {
    assert.equal(bytesHash(new Uint8Array([])), 0x811c9dc5);
    const bytes = new TextEncoder().encode('abc');
    const table = new TermTable(bytes, Uint32Array.from([0, 1, 2, 3]), 3);
    assert.equal(table.find(bytesHash(bytes, 1, 2), (i) => i === 1), 1);
    assert.equal(table.find(bytesHash(bytes, 1, 2), () => false), -1);
  });
});
