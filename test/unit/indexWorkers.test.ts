/** Several indexing workers as one: results in the files' order, the same as one worker's. */
import * as assert from 'node:assert';
import { IndexWorkers, indexWorkerCount } from '../../src/node/indexWorkers';
import type { IndexedForHost, WorkerFile } from '../../src/node/indexWorkerProtocol';

function transcript(n: number): string {
  // Files of different sizes, so that the workers finish them out of order.
  const body = Array.from({ length: 1 + ((n * 7) % 5) * 40 }, (_, i) => `第${n}场第${i}段讨论了混合云与异地备份。`).join('');
  return `---\ntitle: 第${n}届医疗云沙龙\n---\n\n## 赵伟｜主任，协和医院\n\n${body}\n`;
}

function file(n: number): WorkerFile {
  const bytes = Buffer.from(transcript(n));
  return { identity: `/ws/t${n}.summit.md`, id: `ws:t${n}`, file: `t${n}.summit.md`, size: bytes.length, mtimeMs: 1000 + n, bytes };
}

describe('indexing workers', function () {
  this.timeout(180000);
  const settings = () => ({ segmenter: 'node-rs-jieba', includeBundled: true, maxBytes: 1024 * 1024 });

  it('keeps a core for the editor unless told otherwise', () => {
    assert.strictEqual(indexWorkerCount({}, 1), 1);
    assert.strictEqual(indexWorkerCount({}, 2), 1);
    assert.strictEqual(indexWorkerCount({}, 4), 3);
    assert.strictEqual(indexWorkerCount({}, 16), 4);
    assert.strictEqual(indexWorkerCount({ SUMMIT_INDEX_WORKERS: '2' }, 2), 2);
    assert.strictEqual(indexWorkerCount({ SUMMIT_INDEX_WORKERS: 'x' }, 2), 1);
  });

  it('gives results and progress in file order, the same as one worker gives', async () => {
    const one = new IndexWorkers(settings(), 1);
    const three = new IndexWorkers(settings(), 3);
    try {
      assert.strictEqual(await three.start(), await one.start());
      const run = async (w: IndexWorkers) => {
        const results: IndexedForHost[] = [];
        const progress: Array<[number, string]> = [];
        const job = w.index(Array.from({ length: 10 }, (_, i) => file(i)), { onResult: (r) => results.push(r), onProgress: (d, _t, f) => progress.push([d, f]) });
        assert.deepStrictEqual(await job.finished, { cancelled: false });
        return { results, progress };
      };
      const a = await run(one);
      const b = await run(three);
      assert.deepStrictEqual(b.results.map((r) => r.id), Array.from({ length: 10 }, (_, i) => `ws:t${i}`));
      assert.deepStrictEqual(b.progress, a.progress);
      b.results.forEach((r, i) => {
        assert.deepStrictEqual(r.corpus, a.results[i].corpus, r.file);
        assert.ok(r.segment && a.results[i].segment && Buffer.from(r.segment).equals(Buffer.from(a.results[i].segment!)), `${r.file}: the same segment bytes`);
      });
    } finally {
      await Promise.all([one.dispose(), three.dispose()]);
    }
  });

  it('a cancelled job gives a prefix of the files, and the workers serve the next job', async () => {
    const two = new IndexWorkers(settings(), 2);
    try {
      await two.start();
      const seen: string[] = [];
      const job = two.index(Array.from({ length: 40 }, (_, i) => file(100 + i)), { onResult: (r) => { seen.push(r.id); if (seen.length === 3) job.cancel(); } });
      assert.deepStrictEqual(await job.finished, { cancelled: true });
      assert.ok(seen.length < 40, `stopped after ${seen.length}`);
      assert.deepStrictEqual(seen, Array.from({ length: seen.length }, (_, i) => `ws:t${100 + i}`));
      const again: string[] = [];
      await two.index([file(1), file(2), file(3)], { onResult: (r) => again.push(r.id) }).finished;
      assert.deepStrictEqual(again, ['ws:t1', 'ws:t2', 'ws:t3']);
    } finally {
      await two.dispose();
    }
  });
});
