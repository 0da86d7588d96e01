/** Several corpora, removal, and saving/loading the index (with rejection of bad caches). */
import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../../src/core/search/engine';
import { ENGINES, segmenterFor } from '../segmenters/engines';
import { fixtureCorpus, fixtureUserDict } from './fixture';

for (const engineName of ENGINES) {
  describe(`SearchEngine index lifecycle (${engineName})`, function () {
    this.timeout(120000);

    it('merges results across corpora and forgets a removed one', async () => {
      const engine = new SearchEngine(await segmenterFor(engineName, fixtureUserDict()));
      engine.add(fixtureCorpus('a'));
      engine.add(fixtureCorpus('b'));
      assert.deepEqual(engine.corpora().map((c) => c.id), ['a', 'b']);
      const both = engine.search('床位').results.map((h) => h.corpus).sort();
      assert.deepEqual(both, ['a', 'b']);
      assert.deepEqual(engine.search('床位', { corpora: ['b'] }).results.map((h) => h.id), ['b#p9']);
      assert.equal(engine.remove('a'), true);
      assert.equal(engine.remove('a'), false);
      assert.deepEqual(engine.search('床位').results.map((h) => h.corpus), ['b']);
      assert.equal(engine.corpus('a'), undefined);
    });

    it('round-trips a saved index', async () => {
      const seg = await segmenterFor(engineName, fixtureUserDict());
      const first = new SearchEngine(seg);
      first.add(fixtureCorpus());
      const json = first.serialize('test:fixture');
      const second = new SearchEngine(seg);
      const added = second.add(fixtureCorpus(), json);
      assert.equal(added.fromCache, true);
      assert.equal(added.cacheRejected, undefined);
      for (const q of ['混合云', '华山医院', 'xiehua', '容灾']) {
        assert.deepEqual(second.search(q), first.search(q), q);
      }
    });

    it('rebuilds, never trusts, a corrupt or mismatched cache', async () => {
      const seg = await segmenterFor(engineName, fixtureUserDict());
      const other = await segmenterFor(engineName, fixtureUserDict(['混合云']));
      const a = new SearchEngine(seg);
      a.add(fixtureCorpus());
      const json = a.serialize('test:fixture');
      const edited = fixtureCorpus();
      edited.passages[0] = { ...edited.passages[0], text: '完全不同的句子。' };
      const mid = Math.floor(json.length / 2);
      const bytes = a.serializeBinary('test:fixture');
      const flipped = bytes.slice();
      flipped[flipped.length - 10] ^= 1;
      const bad: Array<[string, string | Uint8Array, SearchEngine, ReturnType<typeof fixtureCorpus>]> = [
        ['not JSON', '{"format":', new SearchEngine(seg), fixtureCorpus()],
        ['truncated', json.slice(0, json.length - 50), new SearchEngine(seg), fixtureCorpus()],
        ['tampered', json.slice(0, mid) + (json[mid] === 'A' ? 'B' : 'A') + json.slice(mid + 1), new SearchEngine(seg), fixtureCorpus()],
        ['truncated bytes', bytes.subarray(0, bytes.length - 7), new SearchEngine(seg), fixtureCorpus()],
        ['a flipped bit', flipped, new SearchEngine(seg), fixtureCorpus()],
        ['no bytes', new Uint8Array(0), new SearchEngine(seg), fixtureCorpus()],
        ['another dictionary', json, new SearchEngine(other), fixtureCorpus()],
        ['another corpus version', json, new SearchEngine(seg), edited],
        ['empty', '', new SearchEngine(seg), fixtureCorpus()],
      ];
      for (const [label, cached, engine, corpus] of bad) {
        const added = engine.add(corpus, cached);
        assert.equal(added.fromCache, false, label);
        assert.ok(added.cacheRejected && added.cacheRejected.length > 0, label);
        assert.ok(engine.search('混合云').results.length > 0, label);
      }
    });
  });
}
