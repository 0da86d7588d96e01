import * as assert from 'node:assert';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { IndexWorkerClient } from '../../src/node/indexWorkerClient';
import type { IndexedForHost, WorkerFile } from '../../src/node/indexWorkerProtocol';
import { openSummit } from '../../src/node/summit';

function transcript(n: number): string {
  return `---\ntitle: 第${n}届医疗云沙龙\ndate: 2021-03-${String((n % 28) + 1).padStart(2, '0')}\n---\n\n## 赵伟｜主任，协和医院\n\n第${n}场讨论了混合云与异地备份。编号${n}号方案采用容灾双活。\n`;
}

function file(n: number, bytes: Uint8Array): WorkerFile {
  return { identity: `/ws/t${n}.summit.md`, id: `ws:t${n}`, file: `t${n}.summit.md`, size: bytes.length, mtimeMs: 1000 + n, bytes };
}

describe('indexing worker', function () {
  this.timeout(120000);
  let cacheDir: string;
  let client: IndexWorkerClient;
  before(async () => {
    cacheDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-worker-'));
    client = new IndexWorkerClient({ segmenter: 'node-rs-jieba', includeBundled: true, cacheDir, maxBytes: 1024 * 1024 });
  });
  after(async () => {
    await client.dispose();
    await fsp.rm(cacheDir, { recursive: true, force: true });
  });

  it('indexes off the main thread with progress; its indexes load into the main engine', async () => {
    const summit = await openSummit({ segmenter: 'node-rs-jieba', bundled: true });
    assert.strictEqual(await client.start(), summit.segmenter.id, 'same engine id by construction');
    const results: IndexedForHost[] = [];
    const progress: number[] = [];
    const files = [file(1, Buffer.from(transcript(1))), file(2, iconv.encode(transcript(2), 'gb18030')), file(3, new Uint8Array(0))];
    const job = client.index(files, { onResult: (r) => results.push(r), onProgress: (d, t) => progress.push(d / t) });
    assert.deepStrictEqual(await job.finished, { cancelled: false });
    assert.deepStrictEqual(progress, [1 / 3, 2 / 3, 1]);
    assert.strictEqual(results.length, 3);
    assert.match(results[2].problems[0].message, /empty/);
    for (const r of results.slice(0, 2)) {
      assert.ok(r.segment instanceof Uint8Array, 'the segment comes as bytes');
      const added = summit.engine.add(r.corpus!, r.segment);
      assert.strictEqual(added.fromCache, true, `${r.file}: ${added.cacheRejected ?? ''}`);
    }
    const hits = summit.engine.search('编号2号方案').results;
    assert.ok(hits.some((h) => h.file === 't2.summit.md'));
    assert.strictEqual(results[1].encoding, 'GB18030');
  });

  it('can be cancelled mid-run and still serves the next job', async () => {
    const many = Array.from({ length: 60 }, (_, i) => file(100 + i, Buffer.from(transcript(100 + i))));
    let seen = 0;
    const job = client.index(many, { onProgress: (done) => { seen = done; if (done === 2) job.cancel(); } });
    const end = await job.finished;
    assert.strictEqual(end.cancelled, true);
    assert.ok(seen < many.length, `stopped after ${seen} of ${many.length}`);
    const results: IndexedForHost[] = [];
    const again = client.index([file(1, Buffer.from(transcript(1)))], { onResult: (r) => results.push(r) });
    assert.deepStrictEqual(await again.finished, { cancelled: false });
    assert.strictEqual(results[0].fromCache, true, 'the first test cached it');
  });

  it('takes a per-job size limit (the setting can change while the worker runs)', async () => {
    const results: IndexedForHost[] = [];
    const job = client.index([file(7, Buffer.from(transcript(7)))], { onResult: (r) => results.push(r) }, 100);
    await job.finished;
    assert.strictEqual(results[0].corpus, undefined);
    assert.match(results[0].problems[0].message, /above the limit/);
  });
});
