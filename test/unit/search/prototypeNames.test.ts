/**
 * Queries that are the names of Object.prototype's members (constructor, toString,
 * __proto__ …) must be plain words to the engine: no look-up with user text may reach
 * a plain object's prototype (issue 12, finding 2). Also as filters and prefixes, and
 * over a corpus whose text contains those words.
 */
import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../../src/core/search/engine';
import type { SearchResult } from '../../../src/core/search/types';
import { createSegmenter } from '../../../src/node/segmenters';
import { fixtureCorpus, fixtureUserDict } from './fixture';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype', 'hasOwnProperty toString', 'constructor 混合云'];

function wellFormed(r: SearchResult, query: string): void {
  assert.equal(r.query, query);
  assert.ok(Array.isArray(r.terms) && Array.isArray(r.results));
  for (const h of r.results) {
    assert.equal(typeof h.text, 'string');
    assert.ok(Number.isFinite(h.score), `${query}: score ${h.score}`);
    for (const [s, e] of h.highlights) assert.ok(s >= 0 && s < e && e <= h.text.length, `${query}: highlight ${s}-${e}`);
  }
}

describe('search with Object.prototype names as the query', function () {
  this.timeout(120000);
  let engine: SearchEngine;

  before(async () => {
    engine = new SearchEngine(await createSegmenter('node-rs-jieba', fixtureUserDict()));
    const corpus = fixtureCorpus();
    const text = '系统的 constructor 与 toString 以及 __proto__ 和 valueOf 都在 hasOwnProperty 之后调用。';
    const at = corpus.text.length;
    corpus.text += `\n${text}`;
    corpus.passages.push({ id: 'p-proto', text, speaker: null, section: 0, topics: [], location: { line: 99, column: 1, offset: at + 1, length: text.length } });
    engine.add(corpus);
  });

  for (const name of NAMES) {
    it(`“${name}” returns cleanly, also as a prefix and as filters`, () => {
      const plain = engine.search(name);
      wellFormed(plain, name);
      wellFormed(engine.search(name, { prefix: true }), name);
      wellFormed(engine.search(name, { speakers: [name], topics: [name], corpora: [name, fixtureCorpus().id], kinds: ['passage'] }), name);
      wellFormed(engine.search(`${name} 容灾`), `${name} 容灾`);
      const word = name.split(' ')[0].replace(/_/g, '').toLowerCase();
      if (['constructor', 'tostring', 'proto', 'valueof', 'hasownproperty'].includes(word)) {
        assert.ok(plain.results.some((h) => h.id.endsWith('#p-proto')), `${name} finds the sentence that contains it`);
      }
    });
  }
});
