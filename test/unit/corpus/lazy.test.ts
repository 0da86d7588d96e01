/** A lazy corpus: the body is read once, on first use, and the object behaves as a plain Corpus. */
import * as assert from 'node:assert/strict';
import { bodyPending, countsOf, lazyCorpus, splitCorpus } from '../../../src/core/corpus/lazy';
import type { Corpus } from '../../../src/core/model';

function corpus(): Corpus {
  const location = { line: 1, column: 1, offset: 0, length: 4 };
  return {
    id: 'c', file: 'c.md', text: '混合云。容灾。', topics: [], speakers: [], statements: [],
    event: { name: 'e', date: '', venue: '', organizers: [] },
    sections: [{ index: 0, kind: 'intro', subject: null, location }],
    passages: [{ id: 'p1', text: '混合云。', speaker: null, section: 0, topics: [], location }, { id: 'p2', text: '容灾。', speaker: null, section: 0, topics: [], location }],
    quotes: [{ id: 'q1', text: '容灾', speaker: null, verb: '说', location, passage: 'p2', topics: [] }],
  } as Corpus;
}

describe('lazy corpus', () => {
  it('knows its summary and counts without loading, then loads the body once', () => {
    const whole = corpus();
    const { summary, body, counts } = splitCorpus(whole);
    let loads = 0;
    const lazy = lazyCorpus(summary, counts, () => { loads++; return structuredClone(body); });
    assert.equal(lazy.id, 'c');
    assert.deepEqual(countsOf(lazy), { passages: 2, quotes: 1, statements: 0 });
    assert.ok(bodyPending(lazy));
    assert.equal(loads, 0);
    assert.equal(lazy.passages.length, 2);
    assert.equal(lazy.text, whole.text);
    assert.equal(loads, 1, 'every body field came from one load');
    assert.ok(!bodyPending(lazy));
    assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(whole)));
  });

  it('serialises, clones and spreads as the whole corpus, and takes assignments', () => {
    const { summary, body, counts } = splitCorpus(corpus());
    const a = lazyCorpus(summary, counts, () => structuredClone(body));
    assert.deepEqual(JSON.parse(JSON.stringify(a)).passages.length, 2);
    const b = lazyCorpus(summary, counts, () => structuredClone(body));
    assert.equal(structuredClone(b).quotes[0].text, '容灾');
    const c = lazyCorpus(summary, counts, () => structuredClone(body));
    c.passages = [];
    assert.deepEqual(c.passages, []);
    assert.equal(c.quotes.length, 1, 'the other fields come from the body');
    assert.deepEqual(countsOf(c), { passages: 0, quotes: 1, statements: 0 }, 'counts follow the loaded body');
  });
});
