// Where the CLI's start goes (issue 11): spawn → result for
//   node floor      `node -e 0` (spawn → exit): what any Node process pays (without
//                   NODE_EXTRA_CA_CERTS, as the summit command starts Node)
//   bundle load     `summit bogus` (spawn → exit, a usage error): load the CLI, do nothing
//   segmenter start require @node-rs/jieba + its dictionary + corpus/userdict.txt + one cut
//                   (the reference of the bundled start ratio, bench/product.mjs)
//   first result    `summit search 混合云` with a warm cache (spawn → first stdout byte)
// The CLI rows run twice: with the V8 code cache of the launcher and with SUMMIT_NO_CODE_CACHE=1.
// CPU time (GNU time's user+sys, when /usr/bin/time is GNU time) is printed too: it moves less than
// wall time when other work shares the machine. All rows run interleaved, `--runs N` times (default 9) after one warm-up round; medians are printed,
// and the first result against the segmenter start as a ratio (target ≤ 1.5×). The index cache and the
// code cache live in a temporary XDG_CACHE_HOME, removed at the end.
// `--against OTHER/dist/cli.js` adds that build's bundle load and first result to the same
// interleaved rounds (e.g. the main branch's build), so both see the same machine load.
//   node bench/start.mjs [--runs N] [--against PATH]      (after `npm run build`)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, measured, median } from './lib/proc.mjs';
import { cliPath, commandFor, referenceEnv, summitCommand } from './lib/summit.mjs';
import { SEGMENTER_START } from './product.mjs';

// Every command measured here runs by itself; the resident server is measured on its own
// (product.mjs servedCommands), in a cache home of its own.
process.env.SUMMIT_SERVER = '0';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = cliPath(root);
if (!fs.existsSync(cli)) { console.error(`bench/start: ${path.relative(root, cli)} is missing; run \`npm run build\` first`); process.exit(2); }
const at = process.argv.indexOf('--runs');
const runs = Math.max(1, Number(at >= 0 ? process.argv[at + 1] : 9) || 9);
const vs = process.argv.indexOf('--against');
const other = vs >= 0 ? path.resolve(process.argv[vs + 1] ?? '') : undefined;
if (other && !fs.existsSync(other)) { console.error(`bench/start: ${other} is missing`); process.exit(2); }

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-start-'));
const env = { ...process.env, XDG_CACHE_HOME: home };
delete env.SUMMIT_NO_CODE_CACHE;
const noCodeCache = { ...env, SUMMIT_NO_CODE_CACHE: '1' };

/** Each row: how to run it and which time counts (exit, or the first byte on stdout). */
const node = (args) => [process.execPath, args];
const summit = (args) => summitCommand(root, args);
const rows = [
  { name: 'node floor (node -e 0)', run: node(['-e', '0']), env: referenceEnv(env), at: 'exit', code: 0 },
  { name: 'bundle load (cli bogus)', run: summit(['bogus']), env, at: 'exit', code: 2 },
  { name: '… without code cache', run: summit(['bogus']), env: noCodeCache, at: 'exit', code: 2 },
  { name: 'segmenter start', run: node(['-e', SEGMENTER_START]), env: referenceEnv(env), at: 'first', code: 0 },
  { name: 'first result (search 混合云)', run: summit(['search', '混合云']), env, at: 'first', code: 0 },
  { name: '… without code cache', run: summit(['search', '混合云']), env: noCodeCache, at: 'first', code: 0 },
  ...(other ? [
    { name: 'bundle load, --against build', run: commandFor(other, ['bogus']), env, at: 'exit', code: 2 },
    { name: 'first result, --against build', run: commandFor(other, ['search', '混合云']), env, at: 'first', code: 0 },
  ] : []),
];

try {
  for (const r of rows) { r.ms = []; r.cpu = []; }
  for (let i = 0; i <= runs; i++) {
    for (const r of rows) {
      const m = await measured(...r.run, { cwd: root, env: r.env, budgetMs: 120000, });
      if (m.over || m.code !== r.code) throw new Error(`${r.name} failed (${m.over ?? `exit ${m.code}`}): ${(m.stderr || '').trim().split('\n')[0]}`);
      const ms = r.at === 'exit' ? m.ms : m.firstOutMs;
      if (ms === null) throw new Error(`${r.name} wrote nothing on stdout`);
      if (i > 0) { r.ms.push(ms); if (m.cpuS !== null) r.cpu.push(m.cpuS * 1000); } // round 0 warms the caches
    }
  }
  console.log(`CLI start, median of ${runs} interleaved runs (load average ${loadAverage()}, Node ${process.version})\n`);
  console.log(`| ${'step'.padEnd(30)} | median ms | min ms | CPU ms (user+sys, median) |`);
  console.log(`|${'-'.repeat(32)}|-----------|--------|---------------------------|`);
  const cpu = (r) => (r.cpu.length ? median(r.cpu).toFixed(0) : 'n/a (no GNU time)').padStart(25);
  for (const r of rows) console.log(`| ${r.name.padEnd(30)} | ${median(r.ms).toFixed(1).padStart(9)} | ${Math.min(...r.ms).toFixed(1).padStart(6)} | ${cpu(r)} |`);
  const [floor, load, , seg, first, firstNoCache] = rows.map((r) => median(r.ms));
  console.log(`\nbundle load above the node floor: ${(load - floor).toFixed(1)} ms`);
  console.log(`first result / segmenter start: ${(first / seg).toFixed(2)}× (target ≤ 1.5×; without the code cache ${(firstNoCache / seg).toFixed(2)}×)`);
  if (other) {
    const [otherLoad, otherFirst] = rows.slice(6).map((r) => median(r.ms));
    console.log(`--against ${path.relative(root, other) || other}: bundle load ${(otherLoad - floor).toFixed(1)} ms above the floor; first result / segmenter start ${(otherFirst / seg).toFixed(2)}×`);
  }
} catch (err) {
  console.error(`bench/start: ${err.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
