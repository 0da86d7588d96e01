// Scale run for workspace transcripts: a generated workspace of N Markdown transcripts
// (default 200 files, about 20 MB), indexed the way the extension does it — files read on
// the main thread, decoded/parsed/indexed in the worker (dist/indexWorker.js), each index
// loaded into the main engine — then a restart with a warm cache, then a query mix.
// Prints one table: index time, time to first result after a restart (warm cache), time
// until everything is loaded again, query p50/p95, peak RSS, and the longest event-loop
// stall on the main thread while the worker indexes.
// usage: node bench/scale.mjs [--files N] [--mb TOTAL] [--segmenter node-rs-jieba|nodejieba] [--json]
// Needs `node esbuild.mjs` first (npm run bench builds).
import * as esbuild from 'esbuild';
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const FILES = Number(arg('--files', 200));
const TOTAL_MB = Number(arg('--mb', 20));
const SEGMENTER = arg('--segmenter', 'node-rs-jieba');
const JSON_OUT = argv.includes('--json');
const BATCH = 16;

const workerPath = path.join(ROOT, 'dist', 'indexWorker.js');
if (!fs.existsSync(workerPath)) {
  console.error('bench/scale: dist/indexWorker.js is missing; run `node esbuild.mjs` (npm run bench builds it)');
  process.exit(1);
}

// The main-thread side, bundled from the sources the extension uses.
const libFile = path.join(ROOT, 'dist', 'bench-scale-lib.cjs'); // dist/ is git-ignored
await esbuild.build({
  stdin: {
    contents: "export { openSummit } from './src/node/summit'; export { IndexWorkerClient } from './src/node/indexWorkerClient';",
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: libFile, logLevel: 'warning',
  external: ['@node-rs/jieba', '@node-rs/jieba/*', 'nodejieba'],
});
const { openSummit, IndexWorkerClient } = createRequire(import.meta.url)(libFile);

// ---------------------------------------------------------------------------------------
// A generated workspace: Markdown transcripts of plausible hospital-IT prose.
function rng(seed) {
  let x = seed >>> 0;
  return () => { x = (x * 1664525 + 1013904223) >>> 0; return x / 2 ** 32; };
}
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰晓东海波宁辉鹏飞雪梅林峰斌琳颖晨浩宇';
const TITLES = ['信息中心主任', '信息科科长', '副院长', '首席架构师', '技术总监', '研究员', '产品经理'];
const ORGS = ['市人民医院', '大学附属第一医院', '妇幼保健院', '医疗科技有限公司', '数据研究院', '卫健委信息中心', '中医院'];
const CITIES = ['上海', '杭州', '南京', '苏州', '宁波', '无锡', '合肥', '福州', '厦门', '济南'];
const PHRASES = [
  '医院上云已经从试点走向全面推进', '混合云让核心业务留在私有云而弹性业务放在公有云', '容灾体系要做到秒级接管和数据零丢失',
  '异地备份需要每个季度演练一次', '区域医疗信息平台打通了各级医院的数据', '人工智能辅助诊断在影像科率先落地',
  '语音识别让医生书写病历的时间减少了一半', '数据库的性能瓶颈往往出现在高峰挂号时段', '基因测序产生的数据量每年成倍增长',
  '云安全是医院上云必须守住的底线', '互联网医院让患者在手机上完成复诊和续方', '数据中心的能耗管理越来越受到重视',
  '分级存储把冷数据迁移到低成本的对象存储', '容器化改造缩短了应用上线的周期', '主数据管理是数据治理的第一步',
  '医保结算系统对稳定性的要求极高', '移动护理提升了床旁操作的准确率', '灾备中心的选址要考虑地理距离和网络时延',
];
function name(r) { return SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)] + (r() < 0.5 ? GIVEN[Math.floor(r() * GIVEN.length)] : ''); }
function sentence(r) {
  const a = PHRASES[Math.floor(r() * PHRASES.length)];
  const b = PHRASES[Math.floor(r() * PHRASES.length)];
  return r() < 0.5 ? `${a}。` : `${a}，同时${b}。`;
}
function transcript(n, targetBytes) {
  const r = rng(n * 7919 + 17);
  const city = CITIES[n % CITIES.length];
  const people = Array.from({ length: 6 }, () => name(r));
  let out = `---\ntitle: ${2010 + (n % 15)}${city}医疗信息化论坛第${n}场\ndate: ${2010 + (n % 15)}-0${1 + (n % 9)}-1${n % 10}\nvenue: ${city}国际会议中心\norganisers: [${city}医院协会]\nlanguage: zh\n---\n\n`;
  let p = 0;
  while (Buffer.byteLength(out) < targetBytes) {
    const who = people[p % people.length];
    const head = p === 0 ? `## 主持人：${who}｜${TITLES[0]}，${city}${ORGS[0]}` : `## ${who}｜${TITLES[p % TITLES.length]}，${city}${ORGS[p % ORGS.length]}`;
    out += `${head}\n\n`;
    for (let k = 0; k < 12; k++) {
      const line = Array.from({ length: 4 + Math.floor(r() * 4) }, () => sentence(r)).join('');
      out += k === 3 ? `> ${line}\n\n` : `${line}\n\n`;
    }
    if (p === 0) out += `本场的项目代号是标记${n}号。\n\n`;
    p++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-scale-'));
const ws = path.join(dir, 'workspace');
const cacheDir = path.join(dir, 'cache');
await fsp.mkdir(ws, { recursive: true });
const perFile = Math.round((TOTAL_MB * 1024 * 1024) / FILES);
let totalBytes = 0;
for (let n = 1; n <= FILES; n++) {
  const text = transcript(n, perFile);
  totalBytes += Buffer.byteLength(text);
  await fsp.writeFile(path.join(ws, `t${String(n).padStart(3, '0')}.summit.md`), text);
}
const files = (await fsp.readdir(ws)).sort().map((f) => path.join(ws, f));

let peakRss = process.memoryUsage().rss;
const rssTimer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 25);

/** Longest gap between 5 ms timer ticks beyond their due time, i.e. the longest main-thread stall. */
function stallMonitor() {
  let last = performance.now();
  let worst = 0;
  const t = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last - 5); last = now; }, 5);
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  return { stop() { clearInterval(t); h.disable(); return { worstMs: Math.max(worst, h.max / 1e6 - 5), p99Ms: h.percentile(99) / 1e6 }; } };
}

/** Loads every file through the worker into `summit.engine`, as the extension does. */
async function loadAll(summit, client, onFirst) {
  let first = false;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = [];
    for (const f of files.slice(i, i + BATCH)) {
      const st = await fsp.stat(f);
      batch.push({ identity: f, id: `file:${f}`, file: path.relative(ws, f), size: st.size, mtimeMs: st.mtimeMs, bytes: await fsp.readFile(f) });
    }
    let applying = Promise.resolve();
    const job = client.index(batch, {
      onResult: (r) => {
        applying = applying.then(() => {
          if (!r.corpus) throw new Error(`${r.file}: ${r.problems.map((p) => p.message).join('; ')}`);
          const added = summit.engine.add(r.corpus, r.indexJson);
          if (!added.fromCache) throw new Error(`${r.file}: the worker's index was rejected (${added.cacheRejected})`);
          if (!first) { first = true; onFirst?.(r); }
        });
      },
    });
    await job.finished;
    await applying;
  }
}

const row = [];
// 1. Cold: empty cache.
{
  const summit = await openSummit({ segmenter: SEGMENTER, bundled: true });
  const client = new IndexWorkerClient({ segmenter: SEGMENTER, includeBundled: true, cacheDir, maxBytes: 64 * 1024 * 1024 }, workerPath);
  const engineId = await client.start();
  if (engineId !== summit.segmenter.id) throw new Error(`engine ids differ: ${engineId} vs ${summit.segmenter.id}`);
  const mon = stallMonitor();
  const t0 = performance.now();
  await loadAll(summit, client);
  const indexMs = performance.now() - t0;
  const stall = mon.stop();
  row.push(['index time (cold, worker)', `${(indexMs / 1000).toFixed(1)} s`, `${files.length} files, ${(totalBytes / 1048576).toFixed(1)} MB`]);
  row.push(['longest main-thread stall while indexing', `${stall.worstMs.toFixed(0)} ms`, `event-loop delay p99 ${stall.p99Ms.toFixed(0)} ms`]);
  await client.dispose();
}

// 2. Restart with a warm cache: fresh engine and worker.
let summit;
{
  const t0 = performance.now();
  // As the extension does: the worker starts its engine while the main engine loads.
  const client = new IndexWorkerClient({ segmenter: SEGMENTER, includeBundled: true, cacheDir, maxBytes: 64 * 1024 * 1024 }, workerPath);
  [summit] = await Promise.all([openSummit({ segmenter: SEGMENTER, bundled: true }), client.start()]);
  let firstMs = 0;
  await loadAll(summit, client, () => {
    const hits = summit.engine.search('标记1号').results;
    if (!hits.some((h) => h.file === 't001.summit.md')) throw new Error('the first transcript is not searchable');
    firstMs = performance.now() - t0;
  });
  const allMs = performance.now() - t0;
  row.push(['first workspace result after restart (warm cache)', `${(firstMs / 1000).toFixed(2)} s`, 'engine start + first cached transcript']);
  row.push(['all transcripts loaded after restart (warm cache)', `${(allMs / 1000).toFixed(1)} s`, '']);
  await client.dispose();
}

// 3. Queries over bundled + workspace.
{
  const queries = ['混合云', '容灾', '异地备份', '人工智能', '语音识别', '数据库', '基因测序', '云安全', '互联网医院', '区域医疗',
    '谢桦', '华山医院', '公有云 私有云', '秒级接管', '标记57号', 'hybrid cloud', '混和云', '灾备中心', '移动护理', '数据治理'];
  const times = [];
  for (let rep = 0; rep < 5; rep++) {
    for (const q of queries) {
      const t = performance.now();
      summit.engine.search(q, { limit: 20 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  row.push(['query p50 / p95', `${pct(50).toFixed(1)} / ${pct(95).toFixed(1)} ms`, `${times.length} queries over ${summit.engine.corpora().length} transcripts`]);
}
clearInterval(rssTimer);
row.push(['peak RSS (main + worker thread)', `${(peakRss / 1048576).toFixed(0)} MB`, '']);

await fsp.rm(dir, { recursive: true, force: true });
if (JSON_OUT) {
  console.log(JSON.stringify({ files: files.length, megabytes: totalBytes / 1048576, segmenter: SEGMENTER, rows: row }, null, 2));
} else {
  const w0 = Math.max(...row.map((r) => r[0].length));
  const w1 = Math.max(...row.map((r) => r[1].length));
  console.log(`\nworkspace scale (${SEGMENTER}, ${files.length} transcripts, ${(totalBytes / 1048576).toFixed(1)} MB)`);
  console.log(`${'measure'.padEnd(w0)}  ${'value'.padEnd(w1)}  note`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ----`);
  for (const r of row) console.log(`${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`);
}
process.exit(0);
