import * as assert from 'node:assert';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IndexCache, cacheKey, hashBytes, serializeEntry } from '../../src/node/indexCache';
import { bodyPending, splitCorpus } from '../../src/core/corpus/lazy';
import { indexTranscript, type PipelineContext } from '../../src/node/transcriptPipeline';
import { SearchEngine } from '../../src/core/search/engine';
import { buildUserDictionary } from '../../src/core/corpus/dictionary';
import { createSegmenter } from '../../src/node/segmenters';
import { loadCuratedData } from '../../src/node/bundled';
import type { Corpus } from '../../src/core/model';

const MD = `---
title: 缓存测试论坛
date: 2020-01-02
---

## 赵伟｜主任，协和医院

混合云让医院的容灾更简单。我们把影像数据放在私有云。
`;

function tinyCorpus(id: string): Corpus {
  return {
    id, file: 'x.summit.md', text: '混合云。', topics: [], speakers: [], quotes: [], statements: [],
    event: { name: 'e', date: '', venue: '', organizers: [] },
    sections: [{ index: 0, kind: 'intro', subject: null, location: { line: 1, column: 1, offset: 0, length: 4 } }],
    passages: [{ id: 'p1', text: '混合云。', speaker: null, section: 0, topics: [], location: { line: 1, column: 1, offset: 0, length: 4 } }],
  };
}

describe('IndexCache', () => {
  let dir: string;
  beforeEach(async () => { dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-cache-')); });
  afterEach(async () => { await fsp.rm(dir, { recursive: true, force: true }); });

  const key = cacheKey('/ws/a.summit.md', 100, 1700000000000, hashBytes(Buffer.from('abc')), 'node-rs-jieba@x+dict:1');

  it('returns what was written when every part of the key matches', async () => {
    const cache = new IndexCache(dir);
    await cache.write(key, { corpus: tinyCorpus('a'), indexJson: 'INDEX', encoding: 'GB18030' });
    const r = await cache.read({ ...key });
    assert.ok(r.hit);
    assert.strictEqual(r.entry.indexJson, 'INDEX');
    assert.strictEqual(r.entry.corpus.passages[0].text, '混合云。');
    assert.deepStrictEqual(await fsp.readdir(dir), [path.basename(cache.fileFor(key.identity))], 'no temporary file is left behind');
  });

  it('writes an entry serialised beforehand as `write` does, and reads back the body written until the file changes', async () => {
    const cache = new IndexCache(dir);
    const entry = { corpus: tinyCorpus('a'), encoding: 'UTF-8', problems: [] };
    await cache.write(key, entry);
    const file = cache.fileFor(key.identity);
    const written = (await fsp.readFile(file, 'utf8')).replace(/"writtenAt":\d+/, '');
    const body = await cache.writeParts(key, serializeEntry(entry));
    assert.strictEqual((await fsp.readFile(file, 'utf8')).replace(/"writtenAt":\d+/, ''), written);
    assert.deepStrictEqual(body(), splitCorpus(tinyCorpus('a')).body);
    await fsp.writeFile(file, (await fsp.readFile(file, 'utf8')).replace('混合云', '公有云'));
    assert.strictEqual(body(), undefined, 'a body changed since is not read');
  });

  it('treats any change of size, mtime, content hash, engine or schema as stale', async () => {
    const cache = new IndexCache(dir);
    await cache.write(key, { corpus: tinyCorpus('a'), indexJson: 'INDEX' });
    for (const changed of [{ size: 101 }, { mtimeMs: 1 }, { contentHash: hashBytes(Buffer.from('abd')) }, { engineId: 'nodejieba@y+dict:1' }, { schema: 999 }]) {
      const r = await cache.read({ ...key, ...changed });
      assert.ok(!r.hit && /stale/.test(r.reason), `${JSON.stringify(changed)}: ${JSON.stringify(r)}`);
    }
    const other = await cache.read({ ...key, identity: '/ws/b.summit.md' });
    assert.ok(!other.hit && other.reason === 'not cached');
  });

  it('detects a truncated or edited cache file', async () => {
    const cache = new IndexCache(dir);
    await cache.write(key, { corpus: tinyCorpus('a'), indexJson: 'INDEX' });
    const file = cache.fileFor(key.identity);
    const full = await fsp.readFile(file, 'utf8');
    await fsp.writeFile(file, full.slice(0, Math.floor(full.length / 2)));
    const truncated = await cache.read(key);
    assert.ok(!truncated.hit && /damaged/.test(truncated.reason));
    // The body is read when first used: an edited body is then detected and replaced by the fallback (the file parsed again).
    await fsp.writeFile(file, full.replace('混合云', '公有云'));
    const edited = await cache.read(key, () => ({ ...splitCorpus(tinyCorpus('b')).body, text: 'REPARSED' }));
    assert.ok(edited.hit, 'the summary is intact');
    assert.ok(bodyPending(edited.entry.corpus), 'nothing of the body is read at open');
    assert.strictEqual(edited.entry.corpus.text, 'REPARSED', 'the damaged body is never used');
    assert.ok(!edited.entry.corpus.passages.some((p) => p.text.includes('公有云')));
    // An edited summary is detected at open.
    await fsp.writeFile(file, full.replace('"a"', '"z"'));
    const summary = await cache.read(key);
    assert.ok(!summary.hit && /checksum|damaged|shape/.test(summary.reason), JSON.stringify(summary));
    await fsp.writeFile(file, '');
    assert.ok(!(await cache.read(key)).hit);
  });
});

describe('indexTranscript with the cache', function () {
  this.timeout(60000);
  let dir: string;
  let ctx: PipelineContext;
  before(async () => {
    const curated = loadCuratedData();
    const segmenter = await createSegmenter('node-rs-jieba', buildUserDictionary([], curated.topics, curated.terms));
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-pipe-'));
    ctx = { engine: new SearchEngine(segmenter), curated: { topics: curated.topics }, cache: new IndexCache(dir), maxBytes: 1024 * 1024 };
  });
  after(async () => { await fsp.rm(dir, { recursive: true, force: true }); });

  const source = (bytes: Uint8Array) => ({ identity: '/ws/forum.summit.md', id: 'ws:forum', file: 'forum.summit.md', bytes, size: bytes.length, mtimeMs: 1700000000000 });

  it('builds once, then loads from the cache; a truncated cache file is rebuilt and works', async () => {
    const bytes = Buffer.from(MD, 'utf8');
    const first = await indexTranscript(source(bytes), ctx);
    assert.strictEqual(first.fromCache, false);
    assert.ok(first.corpus && first.segment);
    assert.strictEqual(ctx.engine.corpora().length, 0, 'the building engine keeps nothing');

    const second = await indexTranscript(source(bytes), ctx);
    assert.strictEqual(second.fromCache, true);
    assert.deepStrictEqual(second.corpus!.passages, first.corpus!.passages);

    const file = ctx.cache!.fileFor('/ws/forum.summit.md');
    const full = await fsp.readFile(file);
    await fsp.writeFile(file, full.subarray(0, full.length - 200));
    const third = await indexTranscript(source(bytes), ctx);
    assert.strictEqual(third.fromCache, false);
    assert.ok(third.problems.some((p) => /cache rebuilt/.test(p.message)));

    const engine = new SearchEngine(ctx.engine.segmenter);
    const added = engine.add(third.corpus!, third.segment);
    assert.strictEqual(added.fromCache, true, 'the rebuilt index loads');
    const hits = engine.search('容灾').results;
    assert.ok(hits.some((h) => h.text.includes('容灾') && h.file === 'forum.summit.md'));
  });

  it('an entry whose index field is garbage is rebuilt, reported once and rewritten (issue 12, finding 6)', async () => {
    const bytes = Buffer.from(MD.replace('混合云', '混合云架构'), 'utf8');
    const first = await indexTranscript(source(bytes), ctx);
    assert.ok(first.corpus && first.segment);
    // A well-formed entry (its envelope checksum is right) whose index is not an index.
    const key = cacheKey('/ws/forum.summit.md', bytes.length, 1700000000000, hashBytes(bytes), ctx.engine.segmenter.id);
    await ctx.cache!.write(key, { corpus: first.corpus!, indexJson: '{"garbage": true}', problems: [] });

    const second = await indexTranscript(source(bytes), ctx);
    assert.strictEqual(second.fromCache, false, 'the garbage index is not handed on');
    assert.strictEqual(second.problems.filter((p) => /cache rebuilt/.test(p.message)).length, 1, JSON.stringify(second.problems));
    assert.strictEqual(new SearchEngine(ctx.engine.segmenter).add(second.corpus!, second.segment).fromCache, true);

    const third = await indexTranscript(source(bytes), ctx);
    assert.strictEqual(third.fromCache, true, 'the entry was repaired on disk');
    assert.ok(!third.problems.some((p) => /cache rebuilt/.test(p.message)), 'and is not reported again');
    assert.strictEqual(new SearchEngine(ctx.engine.segmenter).add(third.corpus!, third.segment).fromCache, true);
  });

  it('a changed file is not served from the cache', async () => {
    const changed = Buffer.from(MD.replace('影像数据', '基因数据'), 'utf8');
    const r = await indexTranscript(source(changed), ctx);
    assert.strictEqual(r.fromCache, false);
    assert.ok(r.corpus!.passages.some((p) => p.text.includes('基因数据')));
  });

  it('reports an over-size file without reading it further', async () => {
    const r = await indexTranscript({ ...source(Buffer.from(MD)), size: 5 * 1024 * 1024 }, ctx);
    assert.strictEqual(r.corpus, undefined);
    assert.match(r.problems[0].message, /above the limit/);
  });
});
