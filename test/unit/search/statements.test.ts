/** Statements (reported speech without quotation marks) are searched like quotes. */
import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../src/core/model';
import { SearchEngine } from '../../../src/core/search/engine';
import { createSegmenter } from '../../../src/node/segmenters';
import { fixtureCorpus, fixtureUserDict } from './fixture';

/** The fixture plus one quote and one statement of the same words, in two new passages. */
function withStatement(): Corpus {
  const c = fixtureCorpus();
  const said = '区域影像平台明年覆盖全部社区医院';
  const base = c.text.length;
  const p1 = `王力华表示，${said}。`;
  const p2 = `黄虹说：“${said}”。`;
  c.text += `\n${p1}\n${p2}`;
  const loc = (offset: number, length: number, line: number) => ({ line, column: 1, offset, length });
  c.passages.push(
    { id: 'p90', text: p1, speaker: '王力华', section: 0, topics: [], location: loc(base + 1, p1.length, 90) },
    { id: 'p91', text: p2, speaker: '黄虹', section: 0, topics: [], location: loc(base + 2 + p1.length, p2.length, 91) },
  );
  c.statements.push({ id: 's1', text: said, speaker: '王力华', verb: '表示', location: loc(base + 7, said.length, 90), passage: 'p90', topics: [] });
  c.quotes.push({ id: 'q90', text: said, speaker: '黄虹', verb: '说', location: loc(base + 2 + p1.length + 4, said.length, 91), passage: 'p91', topics: [] });
  return c;
}

describe('statements in search', function () {
  this.timeout(120000);
  let engine: SearchEngine;
  before(async () => {
    engine = new SearchEngine(await createSegmenter('node-rs-jieba', fixtureUserDict()));
    engine.add(withStatement());
  });

  it('are found as hits of kind statement, with their speaker and highlights', () => {
    const hits = engine.search('影像平台', { kinds: ['statement'] }).results;
    assert.deepEqual(hits.map((h) => [h.id, h.kind, h.speaker]), [['test:fixture#s1', 'statement', '王力华']]);
    assert.ok(hits[0].highlights.length > 0);
    for (const [s, e] of hits[0].highlights) assert.ok('区域影像平台明年覆盖全部社区医院'.slice(s, e).length > 0);
  });

  it('rank like a quote of the same words, and stand for the sentence they are in', () => {
    const hits = engine.search('社区医院', { kinds: ['statement', 'quote'] }).results;
    const statement = hits.find((h) => h.kind === 'statement');
    const quote = hits.find((h) => h.kind === 'quote' && h.text === statement?.text);
    assert.ok(statement && quote, JSON.stringify(hits.map((h) => h.id)));
    // Same field, same words, same length: the same score before speaker diversity, which
    // discounts neither here (each is its speaker's only hit for this query).
    assert.equal(statement.score, quote.score);
    const all = engine.search('社区医院').results.map((h) => h.id);
    assert.equal(all.filter((id) => id === 'test:fixture#p90' || id === 'test:fixture#s1').length, 1, `the statement and its passage are one hit: ${all.join(' ')}`);
  });

  it('survive saving and loading the index', () => {
    const again = new SearchEngine(engine.segmenter);
    assert.equal(again.add(withStatement(), engine.serializeBinary('test:fixture')).fromCache, true);
    assert.deepEqual(again.search('影像平台'), engine.search('影像平台'));
  });
});
