// Search benchmark over the bundled summit, for both segmentation engines.
// For each engine, in a fresh child process: segmenter start time (require + dictionary +
// user dictionary), corpus parse time, index build time, index save size and load time,
// the first query, query latency p50/p95 over a fixed query mix, and RSS. Then, per engine,
// the time to the first result from process start: `node dist/cli.js search …` spawned and
// timed (median of 3). Prints one table (and JSON with --json). No pass/fail: figures only.
// usage: node bench/search.mjs [--json] [--runs N]
// Needs `node esbuild.mjs` first (npm run bench builds).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// Every command measured here runs by itself; the resident server is measured on its own
// (product.mjs servedCommands), in a cache home of its own.
process.env.SUMMIT_SERVER = '0';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const ENGINES = ['node-rs-jieba', 'nodejieba'];
const QUERY_MIX = [
  '混合云', '公有云', '私有云', '容灾', '备份', '华山医院', '谢桦', '席与琛', '云落地', '大数据',
  '人工智能', '语音识别', '单体数据库', '新三板', '床位', '基因', '数据中心', '信息中心主任',
  '混合云 容灾', '上海 医院 信息化', 'hybrid cloud', 'cloud security', 'AI', 'xiehua', 'huang hong',
  '雲計算', '混和云', '医院上云的痛点是什么', 'GCSAS', '戴尔 混合云 解决方案',
];
const RUNS = Number(arg('--runs', 20));

const CLI = path.join(ROOT, 'dist', 'cli.js');
const LIB = path.join(ROOT, 'dist', 'bench-search-lib.cjs'); // dist/ is git-ignored

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A fixed CPU task, timed in the same process, so figures can be read as ratios on any machine. */
function referenceMs() {
  const t = performance.now();
  let x = 0;
  const a = [];
  for (let i = 0; i < 200000; i++) a.push((i * 7919) % 100003);
  a.sort((p, q) => p - q);
  for (const v of a) x ^= v;
  if (x === -1) console.log(x);
  return performance.now() - t;
}

async function child(engine) {
  const startMs = performance.now(); // ms since process start
  const lib = createRequire(import.meta.url)(LIB);
  const requireMs = performance.now() - startMs;
  const rss0 = process.memoryUsage().rss;

  let t = performance.now();
  const corpus = lib.loadBundledCorpus();
  const curated = lib.loadCuratedData();
  const dict = lib.buildUserDictionary(corpus.speakers, corpus.topics, curated.terms);
  const parseMs = performance.now() - t;

  t = performance.now();
  const segmenter = await lib.createSegmenter(engine, dict);
  segmenter.cut('预热');
  const segmenterMs = performance.now() - t;
  const rssSegmenter = process.memoryUsage().rss;

  t = performance.now();
  const engineA = new lib.SearchEngine(segmenter, { vocabulary: dict.words });
  engineA.add(corpus);
  const buildMs = performance.now() - t;

  const json = engineA.serialize(corpus.id);
  t = performance.now();
  const engineB = new lib.SearchEngine(segmenter, { vocabulary: dict.words });
  const added = engineB.add(corpus, json);
  const loadMs = performance.now() - t;
  if (!added.fromCache) throw new Error(`cache rejected: ${added.cacheRejected}`);

  t = performance.now();
  const first = engineA.search(QUERY_MIX[0]);
  const firstQueryMs = performance.now() - t;
  const firstResultInProcessMs = performance.now() - startMs;
  if (first.results.length === 0) throw new Error('no result for the first query');

  for (const q of QUERY_MIX) engineA.search(q); // warm every path once (pinyin-pro, substring scanner)
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    for (const q of QUERY_MIX) {
      const s = performance.now();
      engineA.search(q, { limit: 20 });
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const prefixTimes = [];
  for (const q of QUERY_MIX) {
    for (let i = 1; i <= q.length; i++) {
      const s = performance.now();
      engineA.search(q.slice(0, i), { prefix: true, limit: 20 });
      prefixTimes.push(performance.now() - s);
    }
  }
  prefixTimes.sort((a, b) => a - b);
  const ref = referenceMs();
  return {
    engine, segmenterId: segmenter.id, requireMs, parseMs, segmenterMs, buildMs, loadMs,
    indexKB: json.length / 1024, docs: corpus.passages.length + corpus.quotes.length + corpus.speakers.length,
    firstQueryMs, firstResultInProcessMs,
    p50: percentile(times, 50), p95: percentile(times, 95),
    typingP50: percentile(prefixTimes, 50), typingP95: percentile(prefixTimes, 95),
    rssStartMB: rss0 / 2 ** 20, rssSegmenterMB: rssSegmenter / 2 ** 20, rssMB: process.memoryUsage().rss / 2 ** 20,
    referenceMs: ref,
  };
}

function cliFirstResult(engine) {
  const samples = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'search', '混合云', '--limit', '1', '--json', '--segmenter', engine], { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`summit search failed with ${engine}: ${r.stderr}`);
    if (JSON.parse(r.stdout).results.length !== 1) throw new Error('no result from the CLI');
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[1];
}

async function main() {
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(argv[1])));
    return;
  }
  if (!fs.existsSync(CLI)) {
    console.error('bench/search: dist/cli.js is missing; run `node esbuild.mjs` (npm run bench builds it)');
    process.exit(1);
  }
  await esbuild.build({
    stdin: {
      contents: [
        "export { SearchEngine } from './src/core/search/engine';",
        "export { createSegmenter } from './src/node/segmenters';",
        "export { loadBundledCorpus, loadCuratedData } from './src/node/bundled';",
        "export { buildUserDictionary } from './src/core/corpus/dictionary';",
      ].join('\n'),
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: LIB, logLevel: 'error',
    external: ['@node-rs/jieba', '@node-rs/jieba/*', 'nodejieba'],
  });

  const rows = [];
  for (const engine of ENGINES) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', engine, '--runs', String(RUNS)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      rows.push({ engine, error: (r.stderr || '').trim().split('\n').slice(-1)[0] || `exit ${r.status}` });
      continue;
    }
    const row = JSON.parse(r.stdout);
    row.cliFirstResultMs = cliFirstResult(engine);
    rows.push(row);
  }

  if (argv.includes('--json')) {
    console.log(JSON.stringify({ queries: QUERY_MIX.length, runs: RUNS, rows }, null, 2));
    return;
  }
  const ok = rows.filter((r) => !r.error);
  const metrics = [
    ['segmenter start (require+dict+user dict)', 'segmenterMs', 'ms', 0],
    ['corpus parse + user dictionary', 'parseMs', 'ms', 1],
    ['index build (bundled corpus)', 'buildMs', 'ms', 1],
    ['index load from saved JSON', 'loadMs', 'ms', 1],
    ['saved index size', 'indexKB', 'KB', 1],
    ['first query (cold)', 'firstQueryMs', 'ms', 2],
    ['first result, in-process from start', 'firstResultInProcessMs', 'ms', 0],
    ['first result, `summit search` from spawn', 'cliFirstResultMs', 'ms', 0],
    [`query p50 (${QUERY_MIX.length}-query mix)`, 'p50', 'ms', 3],
    [`query p95 (${QUERY_MIX.length}-query mix)`, 'p95', 'ms', 3],
    ['typing (prefix) p50', 'typingP50', 'ms', 3],
    ['typing (prefix) p95', 'typingP95', 'ms', 3],
    ['RSS after segmenter start', 'rssSegmenterMB', 'MB', 0],
    ['RSS at end', 'rssMB', 'MB', 0],
    ['reference CPU task (same process)', 'referenceMs', 'ms', 1],
  ];
  const header = ['metric', ...ok.map((r) => r.engine), ok.length === 2 ? `${ok[1].engine} / ${ok[0].engine}` : ''];
  const table = [header];
  for (const [label, key, unit, digits] of metrics) {
    const vals = ok.map((r) => r[key]);
    const ratio = vals.length === 2 && vals[0] > 0 ? `${(vals[1] / vals[0]).toFixed(2)}×` : '';
    table.push([label, ...vals.map((v) => `${v.toFixed(digits)} ${unit}`), ratio]);
  }
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  console.log(`Search benchmark — bundled summit (${ok[0]?.docs ?? '?'} documents), Node ${process.version}, ${RUNS} runs of the query mix`);
  console.log(line(table[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  for (const r of ok) console.log(`  ${r.engine}: ${r.segmenterId}`);
  for (const r of rows.filter((x) => x.error)) console.log(`  ${r.engine}: not measured (${r.error})`);
  console.log('Query times are per query with limit 20, highlights included; "typing" replays each query character by character with prefix search.');
}

main().catch((err) => { console.error(`bench/search: ${err instanceof Error ? err.message : err}`); process.exit(1); });
