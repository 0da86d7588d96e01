/** The indexing worker pool: the same index as on one thread, and no hang when a worker dies. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openSummit } from '../../../src/node/summit';
import { WorkerPool, poolSize, poolWorkerPath } from '../../../src/node/workerPool';

function transcript(n: number): string {
  const lines = [`---\ntitle: 第${n}届医疗信息化论坛\n---\n`, `## 赵伟${n}｜主任，第${n}医院\n`];
  for (let k = 0; k < 30; k++) lines.push(`第${k}段：混合云让医院的容灾更简单，影像数据放在私有云，编号${n}-${k}。\n`);
  lines.push(`王强${n}说：“区域平台明年覆盖全部社区医院。”\n`);
  return lines.join('\n');
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
    assert.deepEqual(pooled.corpora, alone.corpora);
    for (const q of ['容灾', '社区医院', '编号3', 'zzz']) assert.deepEqual(pooled.engine.search(q), alone.engine.search(q), q);
    assert.ok(pooled.engine.search('容灾').results.length > 0);
    // The pooled segments were saved and are used as they are the next time.
    const again = await openSummit({ bundled: false, corpusPaths: [ws], cacheDir: path.join(dir, 'two') });
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.engine.search('容灾'), alone.engine.search('容灾'));
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
