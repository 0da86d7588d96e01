// `npm run bench` (after `npm run build`): issue 11's measurements in one run.
//  1. setup: ripgrep and GNU time from apt when missing; a generated workspace (bench/lib/workspace.mjs)
//  2. the bundled start ratio: `summit search 混合云` vs the segmenter's own start
//  3. the table of issue 11 on the 10 MB workspace, ripgrep side by side
//  4. the scaling curve at 1, 10 and 100 MB (SUMMIT_BENCH_SIZES=1,10 runs a subset)
//  5. the engine comparison on the 10 MB workspace (bench/engines/)
// SUMMIT_BENCH_MAIN=10: the size of the issue table and engine comparison.
// Options: --json FILE (all figures), --no-engines (skip step 5), --segmenters (also bench/search.mjs: both segmenters on
// the bundled summit). Env: SUMMIT_BENCH_SIZES, SUMMIT_BENCH_SEED, SUMMIT_BENCH_BUDGET_S (start
// budget per process, default 300), SUMMIT_BENCH_RSS_CAP_MB (default 6000), SUMMIT_BENCH_KEEP=1
// (keep the generated files; the folder is printed), SUMMIT_BENCH_CLI=path/to/cli.js (measure
// another build's CLI, e.g. main's, with the same workspace).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compareEngines } from './engines/compare.mjs';
import { bundledStart, measureWorkspace, nodeStart, tmpWork } from './product.mjs';
import { ensureTool, hasGnuTime, loadAverage, machine } from './lib/proc.mjs';
import { bundledTable, enginesTable, issueTable, ms, scaleTable } from './report.mjs';
import { cacheSupport, cliPath } from './lib/summit.mjs';
import { DEFAULT_SEED, FILE_BYTES, linkWorkspace, loadVocabulary, queryMix, writePool } from './lib/workspace.mjs';

// Every command measured here runs by itself; the resident server is measured on its own
// (product.mjs servedCommands), in a cache home of its own.
process.env.SUMMIT_SERVER = '0';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const SIZES = (process.env.SUMMIT_BENCH_SIZES ?? '1,10,100').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const SEED = Number(process.env.SUMMIT_BENCH_SEED ?? DEFAULT_SEED);
const BUDGETS = {
  startMs: Number(process.env.SUMMIT_BENCH_BUDGET_S ?? 300) * 1000,
  queryMs: 120000,
  rssCapMB: Number(process.env.SUMMIT_BENCH_RSS_CAP_MB ?? 6000),
};
const log = (s) => process.stderr.write(`${s}\n`);
const say = (s = '') => process.stdout.write(`${s}\n`);
const started = performance.now();

if (!fs.existsSync(cliPath(ROOT))) {
  console.error(`bench: ${cliPath(ROOT)} is missing; run \`npm run build\` (npm run bench does)`);
  process.exit(1);
}
const results = { date: new Date().toISOString(), machine: machine(), loadAtStart: loadAverage(), sizes: SIZES, seed: SEED, budgets: BUDGETS };

// 1. Setup.
const rgTool = ensureTool('rg', 'ripgrep', log);
const timeTool = hasGnuTime() ? { path: '/usr/bin/time' } : ensureTool('/usr/bin/time', 'time', log);
const rg = rgTool.path ?? null;
results.ripgrep = rg ? spawnSync(rg, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : rgTool.missing;
const work = tmpWork();
log(`bench: generating the workspace (seed ${SEED}) in ${work} …`);
const vocab = loadVocabulary();
const maxFiles = Math.round(SIZES[SIZES.length - 1] * 10);
let t = performance.now();
const pool = await writePool(vocab, SEED, path.join(work, 'pool'), maxFiles, Math.min(100, maxFiles));
results.generateMs = performance.now() - t;
const mix = queryMix(vocab, SEED, pool);
results.mix = mix;
const workspaces = [];
for (const size of SIZES) {
  const files = Math.round(size * 10); // 10 files of 100 KB a megabyte: 100 files for 10 MB, 1,000 for 100 MB
  const dir = path.join(work, `ws-${size}mb`);
  const bytes = await linkWorkspace(path.join(work, 'pool'), dir, files);
  workspaces.push({ size, files, dir, mb: bytes / 2 ** 20 });
}
fs.mkdirSync(path.join(work, 'one'), { recursive: true });
fs.copyFileSync(path.join(work, 'pool', fs.readdirSync(path.join(work, 'pool'))[0]), path.join(work, 'one', 'one.summit.md'));
const cache = cacheSupport(ROOT, path.join(work, 'one'));
results.cache = cache;

say(`# Summit Search bench — ${results.date}`);
say(`machine: ${results.machine}; load average at start ${results.loadAtStart}`);
say(`CLI measured: ${path.relative(ROOT, cliPath(ROOT)) || cliPath(ROOT)}`);
say(`ripgrep: ${rg ? results.ripgrep : `not measured — ${rgTool.missing}; summit figures are printed without the ratio`}`);
if (!timeTool.path) say(`peak RSS from /proc (VmHWM) polling: ${timeTool.missing}`);
say(`cache: ${cache.note || 'the CLI takes --cache DIR and writes there: cold runs get an empty folder, warm runs the same one again'}`);
say(`workspace: generated Markdown transcripts (Format 2), ${FILE_BYTES / 1024} KB each, words drawn by frequency from jieba's dictionary into clause templates; seed ${SEED}; generated in ${ms(results.generateMs)}`);
say(`query mix (${mix.length}): ${mix.map((m) => `${m.q} (${m.kind})`).join(', ')}`);
results.nodeStart = await nodeStart();
say(`Node's own start (node -e 0): ${ms(results.nodeStart.ms)}${results.nodeStart.withCertsMs === null ? '' : `; ${ms(results.nodeStart.withCertsMs)} with this machine's NODE_EXTRA_CA_CERTS, which the summit command drops (it never opens a TLS connection)`}`);

// 2. Bundled start.
log('bench: bundled start ratio …');
try {
  results.bundled = await bundledStart({ root: ROOT, cache, work });
  say('\n## Bundled start\n');
  say(bundledTable(results.bundled));
} catch (err) {
  results.bundled = { error: err.message };
  say(`\nbundled start: not measured (${err.message})`);
}
const seg = results.bundled.segPeakMB ? results.bundled : { segPeakMB: NaN };

// 3 + 4. The issue table on the 10 MB workspace (or the largest below it), the scaling curve on all.
const MAIN = Number(process.env.SUMMIT_BENCH_MAIN ?? 10);
const main = workspaces.find((w) => w.size === MAIN) ?? workspaces.filter((w) => w.size < MAIN).pop() ?? workspaces[0];
results.steps = [];
for (const w of workspaces) {
  const budgets = { ...BUDGETS, startMs: Math.min(BUDGETS.startMs, 60000 + w.size * 30000) };
  const step = await measureWorkspace({ root: ROOT, ws: w.dir, mb: w.mb, mix, rg, cache, work, budgets, oneCommands: w === main, log });
  step.files = w.files;
  results.steps.push(step);
  if (w === main) {
    say(`\n## Issue 11 table — ${w.files} files, ${w.mb.toFixed(1)} MB (load average now ${loadAverage()})\n`);
    say(issueTable(step, seg, cache));
    const missed = (step.rg?.perQuery ?? []).filter((x) => x.lines > 0 && step.sessionWarm?.hits?.[x.q] === 0);
    if (rg && Object.keys(step.sessionWarm?.hits ?? {}).length) {
      say(missed.length ? `\ncheck: summit found nothing for ${missed.map((x) => `${x.q} (ripgrep: ${x.lines} lines)`).join(', ')}`
        : '\ncheck: every query ripgrep finds, summit finds too');
    }
  }
}
say(`\n## Scaling curve (long-running process; load average now ${loadAverage()})\n`);
say(scaleTable(results.steps));

// 5. Engines.
if (argv.includes('--no-engines')) {
  say('\n(engine comparison skipped: --no-engines)');
  finish();
}
log('bench: engine comparison …');
results.engines = await compareEngines({ ws: main.dir, mix, work: path.join(work, 'engines'), log });
say(`\n## Engine comparison — the same ${main.files} files (${main.mb.toFixed(1)} MB), the same jieba tokens (load average now ${loadAverage()})\n`);
if (results.engines.error) say(`not measured: ${results.engines.error}`);
else {
  const tk = results.engines.tokens;
  say(`${tk.docs} documents (paragraphs); segmenting with cutForSearch took ${ms(tk.cutMs)} (${tk.mbPerS.toFixed(2)} MB/s), not counted in the engines' build; a bare Node process peaks at ${results.engines.bareNodeMB.toFixed(0)} MB.\n`);
  const product = results.steps.find((s) => s.mb === main.mb);
  say(enginesTable(results.engines, product));
  say(`\n${throughputLine(product, tk)}`);
}
const largest = workspaces[workspaces.length - 1];
if (largest.size > main.size && !results.engines.error) {
  log(`bench: engine (c) on the ${largest.size} MB workspace …`);
  results.enginesLargest = await compareEngines({ ws: largest.dir, mix, work: path.join(work, 'engines-large'), only: ['compact'], budgetMs: 600000, log });
  say(`\nThe compact index (c) alone on the ${largest.files} files (${largest.mb.toFixed(1)} MB, ${results.enginesLargest.tokens?.docs ?? '?'} documents):\n`);
  if (results.enginesLargest.error) say(`not measured: ${results.enginesLargest.error}`);
  else say(enginesTable(results.enginesLargest, null, (r) => `${r.label}, ${largest.size} MB`));
}

/** Issue 11's indexing target: cold indexing ≥ 0.5× the segmenter's raw cutForSearch speed (one thread). */
function throughputLine(step, tk) {
  const c = step?.sessionCold;
  if (!c || c.firstMs == null) return `indexing throughput: not measured (the cold start was ${c?.over ?? 'not run'})`;
  const rate = step.mb / (c.firstMs / 1000);
  const ratio = rate / tk.mbPerS;
  results.throughput = { mbPerS: rate, cutForSearchMbPerS: tk.mbPerS, ratio };
  return `cold indexing throughput (long-running cold start, process start included): ${rate.toFixed(2)} MB/s = ${ratio.toFixed(2)}× raw cutForSearch (${tk.mbPerS.toFixed(2)} MB/s on one thread); target ≥ 0.5×: ${ratio >= 0.5 ? 'pass' : '**FAIL**'}`;
}

if (argv.includes('--segmenters')) {
  say('\n## Both segmenters on the bundled summit (bench/search.mjs)\n');
  spawnSync(process.execPath, [path.join(ROOT, 'bench', 'search.mjs')], { stdio: 'inherit' });
}
finish();

function finish() {
  results.totalMs = performance.now() - started;
  results.loadAtEnd = loadAverage();
  say(`\nbench: done in ${ms(results.totalMs)}; load average at the end ${results.loadAtEnd}`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2));
  if (process.env.SUMMIT_BENCH_KEEP === '1') say(`generated files kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
