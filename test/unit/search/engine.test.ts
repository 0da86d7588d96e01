/**
 * The search engine over a small hand-made corpus (fixture.ts), with both
 * segmentation engines. The bundled transcript is covered in bundled.test.ts.
 */
import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../../src/core/search/engine';
import type { SearchHit } from '../../../src/core/search/types';
import { ENGINES, segmenterFor } from '../segmenters/engines';
import { FIXTURE_WORDS, fixtureCorpus, fixtureUserDict } from './fixture';

const slices = (h: SearchHit) => h.highlights.map(([s, e]) => h.text.slice(s, e));
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

for (const engineName of ENGINES) {
  describe(`SearchEngine (${engineName})`, function () {
    this.timeout(120000);
    let engine: SearchEngine;

    before(async () => {
      const segmenter = await segmenterFor(engineName, fixtureUserDict());
      engine = new SearchEngine(segmenter);
      engine.add(fixtureCorpus());
    });

    it('highlights exactly the matched characters of a Chinese word', () => {
      const r = engine.search('混合云');
      assert.ok(r.results.length >= 2);
      for (const h of r.results) {
        assert.ok(h.highlights.length > 0, h.id);
        for (const s of slices(h)) assert.equal(s, '混合云', h.id);
      }
    });

    it('finds 华山医院 inside 上海华山医院', () => {
      const r = engine.search('华山医院');
      assert.ok(r.results.some((h) => h.kind === 'passage' && h.speaker === '黄虹' && h.text.includes('上海华山医院')));
      for (const h of r.results) assert.ok(slices(h).every((s) => s === '华山医院'), JSON.stringify(slices(h)));
    });

    it('finds 容灾 and 谢桦', () => {
      assert.ok(engine.search('容灾').results.some((h) => h.text.includes('容灾与备份')));
      const r = engine.search('谢桦');
      assert.ok(r.results.some((h) => h.kind === 'passage' && h.text.includes('谢桦')));
      assert.ok(r.results.some((h) => h.kind === 'speaker' && h.speaker === '谢桦'));
    });

    it('never lets 公有云 match 私有云', () => {
      const r = engine.search('公有云');
      assert.ok(r.results.length > 0);
      for (const h of r.results) assert.ok(h.text.includes('公有云'), h.text);
      assert.deepEqual(r.terms, ['公有云']);
      assert.ok(engine.search('私有云').results.every((h) => h.text.includes('私有云')));
    });

    it('reads Traditional characters in the query and in the text', () => {
      const r = engine.search('混合雲');
      assert.ok(r.results.some((h) => h.text.includes('混合云')));
      // The fixture writes 云環境 (Traditional 環): a Simplified query finds it and highlights the original.
      const env = engine.search('环境');
      const hit = env.results.find((h) => h.text.includes('云環境'));
      assert.ok(hit, 'the Traditional spelling in the text is found');
      assert.deepEqual(slices(hit!), ['環境']);
    });

    it('answers English through the glossary and topic names: hybrid cloud, cloud security', () => {
      const r = engine.search('hybrid cloud');
      assert.ok(r.terms.includes('混合云'));
      assert.ok(r.results.some((h) => h.text.includes('混合云')));
      const sec = engine.search('Cloud Security');
      assert.ok(sec.results.some((h) => h.text.includes('安全性')));
    });

    it('finds a speaker by romanised name: xiehua, Xie Hua, huang hong', () => {
      for (const [q, name] of [['xiehua', '谢桦'], ['Xie Hua', '谢桦'], ['huang hong', '黄虹'], ['HuangHong', '黄虹']]) {
        const r = engine.search(q);
        assert.ok(r.results.some((h) => h.kind === 'speaker' && h.speaker === name), q);
        assert.ok(r.results.some((h) => h.kind === 'passage' && h.text.includes(name)), q);
      }
    });

    it('corrects a near-miss character in a known term (混和云 → 混合云), never a known term itself', () => {
      const r = engine.search('混和云');
      assert.ok(r.terms.includes('混合云'));
      assert.ok(r.results.some((h) => h.text.includes('混合云')));
      for (const h of r.results) assert.ok(slices(h).every((s) => s === '混合云'));
      assert.ok(!engine.search('公有云').terms.includes('私有云'));
      assert.ok(!engine.search('私有云').terms.includes('公有云'));
    });

    it('when a topic word finds little, adds the topic’s other signal words, ranked below the word itself', () => {
      const r = engine.search('备份');
      assert.ok(r.terms.includes('容灾'), JSON.stringify(r.terms));
      assert.ok(r.results[0].text.includes('备份'));
      const related = r.results.findIndex((h) => !h.text.includes('备份') && h.text.includes('容灾'));
      assert.ok(related > 0, 'a 容灾-only passage follows');
      assert.deepEqual(engine.search('混合云').terms, ['混合云'], 'synonyms are kept only when they add hits');
    });

    it('keeps 大 in 大数据', () => {
      const r = engine.search('大数据');
      assert.ok(r.results.length > 0);
      assert.ok(r.results.every((h) => h.text.includes('大数据')));
      assert.equal(slices(r.results[0]).join(), '大数据');
    });

    it('returns nothing, without error, for an empty query or one of only punctuation and spaces', () => {
      for (const q of ['', '   ', '，。！？、“”', ' ，  . ! ? ', '\t\n']) {
        const r = engine.search(q);
        assert.deepEqual(r.results, [], JSON.stringify(q));
        assert.equal(r.query, q);
      }
    });

    it('truncates a 100,000-character query with a note and still answers', () => {
      const q = '混合云'.repeat(33334).slice(0, 100000);
      assert.equal(q.length, 100000);
      const r = engine.search(q);
      assert.match(r.note ?? '', /100,000 characters/);
      assert.ok(r.results.length > 0);
    });

    it('searches at most 32 words of a pasted paragraph, with a note', () => {
      const paragraph = fixtureCorpus().text.slice(0, 450);
      const r = engine.search(paragraph);
      assert.match(r.note ?? '', /only the first 32 were searched/);
      assert.ok(r.results.length > 0);
      assert.ok(r.results.some((h) => paragraph.includes(h.text)), 'the pasted sentences are found');
    });

    it('lists a quote and the sentence containing it once', () => {
      const r = engine.search('临床数据');
      const inQuote = r.results.filter((h) => h.text.includes('临床数据'));
      assert.equal(inQuote.length, 1, JSON.stringify(ids(r.results)));
    });

    it('falls back to any word, marked partial and ranked lower, when no document has all words', () => {
      const r = engine.search('床位 基因');
      assert.ok(r.results.length >= 2);
      assert.ok(r.results.every((h) => h.partial === true));
      const full = engine.search('床位');
      assert.ok(full.results.every((h) => !h.partial));
      assert.ok(full.results[0].score > r.results[0].score);
    });

    it('requires every word when some document has them all', () => {
      const r = engine.search('上海 容灾');
      assert.ok(r.results.length > 0);
      for (const h of r.results) assert.ok(h.text.includes('上海') && h.text.includes('容灾'), h.text);
    });

    it('matches the last word as a prefix when typing', () => {
      // 混 alone is no word of the text; as a prefix it reaches 混合/混合云.
      assert.equal(engine.search('混').results.length, 0);
      const r = engine.search('混', { prefix: true });
      assert.ok(r.results.some((h) => h.text.includes('混合云')));
      const two = engine.search('王力华 混', { prefix: true }).results;
      assert.ok(two.length > 0 && two.every((h) => !h.partial && h.speaker === '王力华' && h.text.includes('混合')));
    });

    it('ranks a quote or a speaker name above plain passage text', () => {
      const r = engine.search('黄虹');
      assert.ok(r.results.length > 0);
      const speakerRank = r.results.findIndex((h) => h.kind === 'speaker');
      assert.ok(speakerRank >= 0 && speakerRank <= 2, `speaker hit at ${speakerRank}`);
    });

    it('filters by kind, speaker and topic (a parent topic includes its children)', () => {
      assert.ok(engine.search('谢桦', { kinds: ['speaker'] }).results.every((h) => h.kind === 'speaker'));
      const bySpeaker = engine.search('容灾', { speakers: ['王晨'] }).results;
      assert.ok(bySpeaker.length > 0 && bySpeaker.every((h) => h.speaker === '王晨'));
      const byTopic = engine.search('医院', { topics: ['hybrid-cloud'] }).results;
      assert.ok(byTopic.length > 0);
      assert.ok(byTopic.some((h) => h.topics.includes('public-cloud')));
    });

    it('fills every field of a hit: id, location into the transcript, corpus, event, file', () => {
      const corpus = engine.corpus('test:fixture')!;
      const r = engine.search('床位');
      const h = r.results[0];
      assert.equal(h.id, 'test:fixture#p9');
      assert.equal(h.corpus, 'test:fixture');
      assert.equal(h.event, '测试峰会');
      assert.equal(h.file, 'fixture.txt');
      assert.equal(corpus.text.slice(h.location!.offset, h.location!.offset + h.location!.length), h.text);
      for (const [s, e] of h.highlights) assert.ok(0 <= s && s < e && e <= h.text.length);
    });

    it('honours the limit', () => {
      assert.equal(engine.search('医院', { limit: 2 }).results.length, 2);
    });

    it('knows a transcript it holds under the same key from one that changed', async () => {
      const held = new SearchEngine(await segmenterFor(engineName, fixtureUserDict()));
      const corpus = fixtureCorpus();
      assert.equal(held.holds(corpus), false);
      held.add(corpus);
      assert.ok(held.holds(fixtureCorpus()), 'the same transcript parsed again');
      const changed = fixtureCorpus();
      changed.passages[0] = { ...changed.passages[0], text: `${changed.passages[0].text}又及。` };
      assert.equal(held.holds(changed), false, 'a changed passage');
      assert.equal(held.holds({ ...fixtureCorpus(), fingerprint: 'other-source' }), false, 'another source fingerprint');
      held.remove(corpus.id);
      assert.equal(held.holds(corpus), false);
    });

    it('plans a query again once the transcripts change, and an answer\'s terms are its own', async () => {
      // 星河数据港 is a word of the segmenter's dictionary, known to the engine only from a transcript that uses it.
      const growing = new SearchEngine(await segmenterFor(engineName, fixtureUserDict([...FIXTURE_WORDS, '星河数据港'])));
      growing.add(fixtureCorpus());
      const before = growing.search('星河数据巷');
      assert.ok(!before.terms.includes('星河数据港'), `nothing to correct it to yet: ${before.terms.join(' ')}`);
      const asked = [...before.terms];
      before.terms.push('changed by the caller');
      assert.deepEqual(growing.search('星河数据巷').terms, asked, 'the kept plan is untouched');
      const other = fixtureCorpus('test:other');
      other.passages[0] = { ...other.passages[0], text: '会议介绍了星河数据港的建设。' };
      growing.add(other);
      const after = growing.search('星河数据巷');
      assert.ok(after.terms.includes('星河数据港'), `corrected once a transcript uses the word: ${after.terms.join(' ')}`);
    });

    it('answers a search asked again, with other filters between, as an engine asked it first does', async () => {
      const asks: Array<[string, Parameters<SearchEngine['search']>[1]]> = [
        ['容灾', {}], ['容灾', { speakers: ['王晨'] }], ['容灾', { kinds: ['quote'] }], ['混合', { prefix: true }],
        ['容灾', {}], ['容灾', { speakers: ['王晨'] }], ['混合', {}], ['混合', { prefix: true }], ['容灾 混合云', { limit: 3 }],
      ];
      const seen = asks.map(([q, o]) => engine.search(q, o));
      const segmenter = await segmenterFor(engineName, fixtureUserDict());
      for (const [i, [q, o]] of asks.entries()) {
        const fresh = new SearchEngine(segmenter);
        fresh.add(fixtureCorpus());
        assert.deepEqual(seen[i], fresh.search(q, o), `${q} ${JSON.stringify(o)}`);
      }
      assert.notDeepEqual(ids(seen[0].results), ids(seen[1].results), 'the filter changes the answer');
    });
  });
}
