/** The indexing worker pool: the same index as on one thread, and no hang when a worker dies. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { bodyPending } from '../../../src/core/corpus/lazy';
import { buildUserDictionary } from '../../../src/core/corpus/dictionary';
import { buildCorpusSegment, indexKey } from '../../../src/core/search/indexer';
import { curatedForTranscripts } from '../../../src/node/bundled';
import { SHA1_FINGERPRINT } from '../../../src/node/fingerprint';
import { createSegmenter } from '../../../src/node/segmenters';
import { IndexCache, TRANSCRIPTS_DIR } from '../../../src/node/indexCache';
import { cacheFile, openSummit } from '../../../src/node/summit';
import { parseBytes } from '../../../src/node/transcriptPipeline';
import { WorkerPool, poolSize, poolWorkerPath, type PoolAnswer } from '../../../src/node/workerPool';

function transcript(n: number): string {
  const lines = [`---\ntitle: 第${n}届医疗信息化论坛\n---\n`, `## 赵伟${n}｜主任，第${n}医院\n`];
  for (let k = 0; k < 30; k++) lines.push(`第${k}段：混合云让医院的容灾更简单，影像数据放在私有云，编号${n}-${k}。\n`);
  lines.push(`王强${n}说：“区域平台明年覆盖全部社区医院。”\n`);
  return lines.join('\n');
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** A cache file's bytes, with the time its header says it was written blanked (the only part that may differ between two runs). */
function withoutWrittenAt(file: string): string {
  return fs.readFileSync(file, 'latin1').replace(/^(\{[^\n]*"writtenAt":)\d+/, '$1X');
}

describe('indexing worker pool', function () {
  this.timeout(180000);
  let dir: string;
  const saved = process.env.SUMMIT_INDEX_WORKERS;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-pool-')); });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.SUMMIT_INDEX_WORKERS; else process.env.SUMMIT_INDEX_WORKERS = saved;
  });

  it('parses and indexes in workers exactly as on one thread', async () => {
    assert.ok(poolWorkerPath(), 'the worker script is found next to the module');
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    for (let n = 1; n <= 4; n++) fs.writeFileSync(path.join(ws, `t${n}.summit.md`), transcript(n));
    process.env.SUMMIT_INDEX_WORKERS = '1';
    const alone = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir: path.join(dir, 'one') });
    process.env.SUMMIT_INDEX_WORKERS = '2';
    assert.equal(poolSize(), 2);
    const pooled = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir: path.join(dir, 'two') });
    assert.deepEqual(pooled.problems, alone.problems);
    // No body was read on this thread to parse, save or index; they are read from the entries
    // written, and one whose entry was damaged since reads its transcript again.
    assert.ok(pooled.corpora.every(bodyPending), 'no body was read here');
    const damaged = new IndexCache(path.join(dir, 'two', TRANSCRIPTS_DIR)).fileFor(pooled.corpora[0].id.replace(/^file:/, ''));
    const entry = fs.readFileSync(damaged);
    fs.writeFileSync(damaged, entry.toString('utf8').replace(/混合云/g, '公有云'));
    assert.deepEqual(pooled.corpora, alone.corpora);
    fs.writeFileSync(damaged, entry);
    // The cache folders hold the same files, byte for byte but for the time each transcript entry was written.
    const one = path.join(dir, 'one');
    const two = path.join(dir, 'two');
    assert.deepEqual(filesUnder(two), filesUnder(one));
    assert.ok(filesUnder(one).length >= 8, 'segments and transcript entries were saved');
    for (const f of filesUnder(one)) assert.equal(withoutWrittenAt(path.join(two, f)), withoutWrittenAt(path.join(one, f)), f);
    for (const q of ['容灾', '社区医院', '编号3', 'zzz']) assert.deepEqual(pooled.engine.search(q), alone.engine.search(q), q);
    assert.ok(pooled.engine.search('容灾').results.length > 0);
    // The pooled segments were saved and are used as they are the next time.
    const again = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir: path.join(dir, 'two') });
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.engine.search('容灾'), alone.engine.search('容灾'));
  });

  it('reports a pool-built segment it cannot save once, keeps no temporary file, and searches the same', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    for (let n = 1; n <= 3; n++) fs.writeFileSync(path.join(ws, `t${n}.summit.md`), transcript(n));
    process.env.SUMMIT_INDEX_WORKERS = '2';
    const expected = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir: path.join(dir, 'fine') });
    const cacheDir = path.join(dir, 'blocked');
    // The segment's file is a folder, so saving it (a rename over it) fails.
    const blocked = cacheFile(cacheDir, `file:${path.join(ws, 't2.summit.md')}`);
    fs.mkdirSync(path.join(blocked, 'blocker'), { recursive: true });
    const opened = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir });
    assert.deepEqual(opened.problems.map((p) => [p.file, /could not save the search index/.test(p.message)]), [[expected.corpora[1].file, true]]);
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.tmp')), []);
    for (const q of ['容灾', '编号2', '社区医院']) assert.deepEqual(opened.engine.search(q), expected.engine.search(q), q);
  });

  it('builds transcripts parsed with keep from their shared bytes in any worker, the same segments, none read here', async () => {
    const pool = new WorkerPool(2, poolWorkerPath()!);
    try {
      // Parsed one after another, so that one worker parses them all (the builds then go to both).
      const sources = [1, 2, 3, 4, 5, 6].map((n) => {
        const bytes = Buffer.from(transcript(n));
        return { src: { identity: `/ws/t${n}.summit.md`, id: `file:/ws/t${n}.summit.md`, file: `t${n}.summit.md`, size: bytes.length, mtimeMs: 0 }, bytes };
      });
      const corpora = [];
      for (const { src, bytes } of sources) {
        const parsed = await pool.parse(src, bytes, true);
        assert.ok(parsed.entry && parsed.entry.body.buffer instanceof SharedArrayBuffer, 'the entry was serialised there, its body in shared memory');
        corpora.push(parsed.corpus!);
      }
      const here = sources.map(({ src, bytes }) => parseBytes(src, bytes, curatedForTranscripts().curated).corpus!);
      const dict = buildUserDictionary(here.flatMap((c) => c.speakers), here.flatMap((c) => c.topics));
      const segmenter = await createSegmenter('node-rs-jieba', dict);
      pool.prepare('node-rs-jieba', dict);
      const segments = await Promise.all(corpora.map((c) => pool.build('node-rs-jieba', dict, c, true, segmenter.id)));
      assert.ok(corpora.every(bodyPending), 'no body was read (or cloned) here');
      here.forEach((c, i) => {
        const expected = buildCorpusSegment(c, segmenter, indexKey(segmenter, c, true, SHA1_FINGERPRINT), true);
        assert.deepEqual(Buffer.from(segments[i]), Buffer.from(expected), c.id);
      });
      assert.deepEqual(corpora, here, 'the bodies read from the serialised entries are the parsed ones');
    } finally {
      await pool.close();
    }
  });

  it('fails a build whose worker stops with a clear error, and the corpus still builds here, the same segment', async () => {
    // A worker that stops when asked to build (as if it had crashed).
    const script = path.join(dir, 'stops.js');
    fs.writeFileSync(script, [
      `const { parentPort } = require('worker_threads');`,
      `require(${JSON.stringify(poolWorkerPath()!)});`,
      `parentPort.on('message', (t) => { if (t.type === 'build') process.exit(7); });`,
    ].join('\n'));
    const bytes = Buffer.from(transcript(7));
    const src = { identity: '/ws/t7.summit.md', id: 'file:/ws/t7.summit.md', file: 't7.summit.md', size: bytes.length, mtimeMs: 0 };
    const here = parseBytes(src, bytes, curatedForTranscripts().curated).corpus!;
    const dict = buildUserDictionary(here.speakers, here.topics);
    const segmenter = await createSegmenter('node-rs-jieba', dict);
    const pool = new WorkerPool(2, script);
    try {
      const corpus = (await pool.parse(src, bytes, true)).corpus!;
      await assert.rejects(pool.build('node-rs-jieba', dict, corpus, true, segmenter.id), /a pool worker stopped \(exit code 7\)/);
      // What openSummit then does: build on its own thread, from the corpus it got (its body read now).
      const built = buildCorpusSegment(corpus, segmenter, indexKey(segmenter, corpus, true, SHA1_FINGERPRINT), true);
      assert.deepEqual(Buffer.from(built), Buffer.from(buildCorpusSegment(here, segmenter, indexKey(segmenter, here, true, SHA1_FINGERPRINT), true)));
    } finally {
      await pool.close();
    }
  });

  it('answers a build task without a transcript with an error, not a hang', async () => {
    const w = new Worker(poolWorkerPath()!);
    try {
      const answer = new Promise<PoolAnswer>((resolve) => w.once('message', resolve));
      w.postMessage({ type: 'build', n: 5, engine: 'node-rs-jieba', dict: buildUserDictionary([], []), normalizeDocs: true, segmenterId: 'x' });
      const a = await answer;
      assert.equal(a.n, 5);
      assert.ok(!a.ok && /without a transcript/.test(a.message), JSON.stringify(a));
    } finally {
      await w.terminate();
    }
  });

  it('fails the waiting tasks, instead of hanging, when its workers die', async () => {
    const script = path.join(dir, 'dies.js');
    fs.writeFileSync(script, 'throw new Error("no worker today");\n');
    const pool = new WorkerPool(2, script);
    const src = { identity: 'x', id: 'x', file: 'x.md', size: 1, mtimeMs: 0 };
    const settled = await Promise.allSettled([1, 2, 3].map(() => pool.parse(src, new Uint8Array([0x41]))));
    assert.deepEqual(settled.map((s) => s.status), ['rejected', 'rejected', 'rejected']);
    await pool.close();
  });
});
