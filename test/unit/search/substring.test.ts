import * as assert from 'node:assert';
import type { IndexDoc } from '../../../src/core/search/documents';
import { SubstringScanner, compact } from '../../../src/core/search/substring';
import { normalizeText } from '../../../src/core/text/normalize';

function doc(id: string, display: string): IndexDoc {
  return { id, kind: 'passage', display, who: null, location: null, topics: [] };
}

/** A small pseudo-random generator, so the texts are the same on every run. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => { x = (x * 1664525 + 1013904223) >>> 0; return x / 2 ** 32; };
}

describe('SubstringScanner', () => {
  it('finds exactly the documents a per-document scan finds, including at text edges and in empty texts', () => {
    const r = rng(7);
    const alphabet = '云混合私有灾备医院数据 ，。ab';
    const texts = Array.from({ length: 300 }, (_, i) =>
      i % 37 === 0 ? '' : Array.from({ length: Math.floor(r() * 30) }, () => alphabet[Math.floor(r() * alphabet.length)]).join(''));
    for (const normalizeDocs of [true, false]) {
      const scanner = new SubstringScanner(texts.map((t, i) => doc(`p${i}`, t)), normalizeDocs);
      const prepared = texts.map((t) => (normalizeDocs ? compact(normalizeText(t)) : t.toLowerCase()));
      let nonEmpty = 0;
      for (const needle of ['云', '混合', '私有云', '灾备医院', '云云', 'ab', '数据a', '院混', '混合云私有灾备']) {
        const expected = prepared.flatMap((t, i) => (t.includes(compact(needle)) ? [`p${i}`] : []));
        assert.deepEqual(scanner.find(needle), expected, `${needle} (normalizeDocs ${normalizeDocs})`);
        if (expected.length > 0) nonEmpty++;
      }
      assert.ok(nonEmpty >= 5, 'the needles should mostly occur');
    }
  });

  it('never matches across two documents', () => {
    const scanner = new SubstringScanner([doc('p1', '医疗'), doc('p2', '云计算'), doc('p3', '医疗云')]);
    assert.deepEqual(scanner.find('医疗云'), ['p3']);
    assert.deepEqual(scanner.find('疗云计'), []);
    assert.deepEqual(scanner.find('云'), ['p2', 'p3']);
    assert.equal(scanner.contains('p2', '云计'), true);
    assert.equal(scanner.contains('p1', '云'), false);
    assert.deepEqual(new SubstringScanner([]).find('云'), []);
  });
});
