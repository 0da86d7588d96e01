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
      const bytes = a.serializeBinary('test:fixture');
      // A base64 character inside the dictionary (the first block of the body, verified at open;
      // a damaged later block is found by the query that reads it: see summit.test.ts).
      const mid = Math.floor((8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) + 100) / 3) * 4;
      const flipped = bytes.slice();
      flipped[8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) + 200] ^= 1; // in the dictionary too
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

    it('answers from a rebuilt segment when a query reads a damaged block that opening did not', async () => {
      const seg = await segmenterFor(engineName, fixtureUserDict());
      const clean = new SearchEngine(seg);
      clean.add(fixtureCorpus());
      const bytes = clean.serializeBinary('test:fixture').slice();
      bytes[bytes.length - 10] ^= 1; // the display texts, read for the hits shown
      const repaired: string[] = [];
      const engine = new SearchEngine(seg, { onRepair: (_c, reason) => repaired.push(reason) });
      engine.add(fixtureCorpus(), bytes);
      for (const q of ['混合云', '华山医院', 'xiehua', '容灾', '医院']) assert.deepEqual(engine.search(q), clean.search(q), q);
      assert.equal(repaired.length, 1, 'the damaged block was found once, and the segment rebuilt');
      assert.match(repaired[0], /checksum/);
    });
  });
}
