// Issue 11: "cold indexing ≥ 0.5× the segmenter's raw cutForSearch speed, using a worker pool
// sized to the cores". On one generated workspace (bench/lib/workspace.mjs, 100 files ≈ 10 MB):
//   (i)   raw cutForSearch MB/s of @node-rs/jieba on one thread over the files' text (each
//         paragraph line, stock dictionary + corpus/userdict.txt — bench/engines/tokens.mjs's reference);
//   (ii)  cold `node dist/cli.js search 国家 --corpus DIR --cache EMPTYDIR --json`: wall time and MB/s
//         (and the same command without --corpus, the fixed cost of a start with the bundled summit);
//   (iii) the same with the pool off (SUMMIT_INDEX_WORKERS=1, see src/node/workerPool.ts poolSize);
// the ratio of each against raw cutForSearch and the 0.5× target; then one cold run under
// `node --cpu-prof` (a readable, unminified build of the CLI and its pool worker made for it in
// a temporary folder) with the top inclusive costs of the main thread and of the pool workers.
//   node bench/indexing.mjs [--files N] [--runs N] [--no-profile] [--json FILE]
// Expects a build (node esbuild.mjs --production). Exit 0 when measured, 2 when it cannot run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { summarise } from './lib/cpuprofile.mjs';
import { loadAverage, machine, measured, median } from './lib/proc.mjs';
import { DEFAULT_SEED, linkWorkspace, loadVocabulary, writePool } from './lib/workspace.mjs';

// Every command measured here runs by itself; the resident server is measured on its own
// (product.mjs servedCommands), in a cache home of its own.
process.env.SUMMIT_SERVER = '0';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const FILES = Number(opt('--files', 100));
const RUNS = Math.max(1, Number(opt('--runs', 1)));
const PROFILE = !argv.includes('--no-profile');
const JSON_OUT = opt('--json', null);
const SEED = Number(process.env.SUMMIT_BENCH_SEED ?? DEFAULT_SEED);
const QUERY = '国家';
const TARGET = 0.5;
const CLI = path.join(ROOT, 'dist', 'cli.js');
const say = (s) => console.log(`indexing: ${s}`);

function fail(why) {
  say(`not measured: ${why}`);
  process.exit(2);
}

/** (i) cutForSearch of every paragraph line, timed around the calls only. */
function rawCutForSearch(dir) {
  const req = createRequire(import.meta.url);
  const { Jieba } = req('@node-rs/jieba');
  const { dict } = req('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(fs.readFileSync(path.join(ROOT, 'corpus', 'userdict.txt')));
  let bytes = 0;
  let ms = 0;
  let tokens = 0;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const t = performance.now();
      tokens += jieba.cutForSearch(line, true).length;
      ms += performance.now() - t;
    }
  }
  return { mb: bytes / 2 ** 20, ms, tokens, mbPerS: bytes / 2 ** 20 / (ms / 1000) };
}

/** One cold CLI run: a fresh empty cache folder each time. */
async function coldRun(dir, { env = {}, corpus = true, node = [], cli = CLI } = {}) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bench-cold-'));
  const args = [...node, cli, 'search', QUERY, ...(corpus ? ['--corpus', dir] : []), '--cache', cache, '--json'];
  const r = await measured(process.execPath, args, { env: { ...process.env, ...env }, budgetMs: 600000 });
  fs.rmSync(cache, { recursive: true, force: true });
  if (r.code !== 0) fail(`${path.basename(cli)} ${args.slice(node.length + 1).join(' ')} exited ${r.code ?? r.signal}${r.over ? ` (over its ${r.over} budget)` : ''}: ${(r.stderr || '').trim().split('\n')[0]}`);
  let hits = 0;
  try { hits = JSON.parse(r.stdout).results?.length ?? 0; } catch { /* the count is only shown */ }
  return { ms: r.ms, peakMB: r.peakMB, cpuS: r.cpuS, hits };
}

async function coldRuns(dir, opts) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldRun(dir, opts));
  return { ms: median(runs.map((r) => r.ms)), peakMB: Math.max(...runs.map((r) => r.peakMB)), cpuS: median(runs.map((r) => r.cpuS ?? NaN)), hits: runs[0].hits, all: runs.map((r) => Math.round(r.ms)) };
}

/** A readable build (not minified) of the CLI and its pool worker, inside ROOT so the corpus and node_modules are found. */
async function readableBuild() {
  const esbuild = await import('esbuild');
  const out = fs.mkdtempSync(path.join(ROOT, '.bench-profile-'));
  const common = { bundle: true, minify: false, sourcemap: false, format: 'cjs', platform: 'node', target: 'node18', external: ['@node-rs/jieba', '@node-rs/jieba/*', 'nodejieba'], logLevel: 'silent', absWorkingDir: ROOT };
  await esbuild.build({ ...common, entryPoints: ['src/node/cli/main.ts'], outfile: path.join(out, 'cli.js') });
  await esbuild.build({ ...common, entryPoints: ['src/node/poolWorker.ts'], outfile: path.join(out, 'poolWorker.js') });
  return out;
}

/** One cold run under --cpu-prof; the main thread's profile and the workers' (summed). */
async function profileRun(dir) {
  const build = await readableBuild();
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bench-prof-'));
  try {
    const run = await coldRun(dir, { node: ['--cpu-prof', '--cpu-prof-dir', profDir], cli: path.join(build, 'cli.js') });
    const files = fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profDir, f));
    const profiles = files.map((f) => ({ f, p: JSON.parse(fs.readFileSync(f, 'utf8')) }));
    // The main thread's profile is the one whose file name carries the process's first thread id (0).
    const main = profiles.find(({ f }) => /\.0\.\d+\.cpuprofile$/.test(path.basename(f)) || /\.0\.cpuprofile$/.test(path.basename(f))) ?? profiles[0];
    const workers = profiles.filter((x) => x !== main);
    const kept = path.join(os.tmpdir(), `summit-indexing-${Date.now()}.cpuprofile`);
    fs.copyFileSync(main.f, kept);
    return { run, main: summarise(main.p, { top: 18 }), workers: workers.map((w) => summarise(w.p, { top: 12 })), kept };
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
    fs.rmSync(profDir, { recursive: true, force: true });
  }
}

function rateLine(label, run, mb, raw, poolNote) {
  const rate = mb / (run.ms / 1000);
  const ratio = rate / raw.mbPerS;
  say(`${label}: ${(run.ms / 1000).toFixed(2)} s wall${RUNS > 1 ? ` (median of ${run.all.join(', ')} ms)` : ''}, ${rate.toFixed(2)} MB/s = ${ratio.toFixed(2)}× raw cutForSearch; target ≥ ${TARGET}×: ${ratio >= TARGET ? 'pass' : 'FAIL'} (peak RSS ${run.peakMB.toFixed(0)} MB, CPU ${run.cpuS != null && Number.isFinite(run.cpuS) ? `${run.cpuS.toFixed(1)} s` : '?'}, ${run.hits} hits${poolNote ? `; ${poolNote}` : ''})`);
  return { rate, ratio };
}

function costLines(title, s) {
  const self = s.self.filter((r) => !/^\((idle|program|garbage collector)\)/.test(r.name)).slice(0, 6);
  say(`${title}: top self: ${self.map((r) => `${r.name} ${r.ms} ms`).join('; ')}`);
  say(`${title}: ${s.busyMs} ms busy of ${s.totalMs} ms sampled; top inclusive: ${s.inclusive.filter((r) => !/^\(|^(?:Module|require|run|main|executeUserEntryPoint|wrapModuleLoad|processTicksAndRejections|runMicrotasks) /.test(r.name)).slice(0, 12).map((r) => `${r.name} ${r.ms} ms (${(100 * r.ms / Math.max(1, s.busyMs)).toFixed(0)}%)`).join('; ')}`);
}

async function main() {
  if (!fs.existsSync(CLI)) fail('dist/cli.js is missing: run node esbuild.mjs --production first');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const pool = path.join(os.tmpdir(), `summit-bench-pool-${SEED}`);
  const have = fs.existsSync(pool) ? fs.readdirSync(pool).filter((f) => f.endsWith('.summit.md')).length : 0;
  if (have < FILES) await writePool(loadVocabulary(), SEED, pool, FILES, Math.min(FILES, 100));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bench-indexing-'));
  const results = { date: new Date().toISOString(), machine: machine(), loadAtStart: loadAverage(), files: FILES, cores };
  try {
    const bytes = await linkWorkspace(pool, dir, FILES);
    const mb = bytes / 2 ** 20;
    say(`${FILES} generated transcripts, ${mb.toFixed(1)} MB; ${machine()}; load average ${loadAverage()}`);
    const raw = results.raw = rawCutForSearch(dir);
    say(`(i) raw cutForSearch (@node-rs/jieba, one thread, each paragraph line): ${raw.mbPerS.toFixed(2)} MB/s (${raw.ms.toFixed(0)} ms for ${raw.mb.toFixed(1)} MB, ${raw.tokens} tokens)`);
    const base = results.bundledOnly = await coldRuns(dir, { corpus: false });
    say(`(ii·0) cold start without --corpus (bundled summit only, the fixed cost): ${(base.ms / 1000).toFixed(2)} s`);
    const pooled = results.pooled = await coldRuns(dir, {});
    results.pooledRatio = rateLine(`(ii) cold search --corpus (pool of ${cores} workers, the default)`, pooled, mb, raw).ratio;
    const net = (pooled.ms - base.ms) / 1000;
    say(`(ii·net) the same less the fixed cost: ${net.toFixed(2)} s, ${(mb / net).toFixed(2)} MB/s = ${(mb / net / raw.mbPerS).toFixed(2)}× raw cutForSearch`);
    const single = results.single = await coldRuns(dir, { env: { SUMMIT_INDEX_WORKERS: '1' } });
    results.singleRatio = rateLine('(iii) the same with the pool off (SUMMIT_INDEX_WORKERS=1)', single, mb, raw, `the pool makes it ${(single.ms / pooled.ms).toFixed(2)}× faster on ${cores} cores`).ratio;
    if (PROFILE) {
      const prof = results.profile = await profileRun(dir);
      say(`cpu profile of one cold run (readable build, ${(prof.run.ms / 1000).toFixed(2)} s wall under the profiler; main thread kept in ${prof.kept}):`);
      costLines('  main thread', prof.main);
      prof.workers.forEach((w, i) => costLines(`  pool worker ${i + 1}`, w));
    }
    say(`load average at the end ${loadAverage()}`);
    if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => fail(e.message.split('\n')[0]));
