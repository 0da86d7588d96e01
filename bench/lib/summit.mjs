// The product as a user runs it: `summit search …` one command at a time, or one
// long-running `search --json` process answering JSON Lines on stdin (what the sidebar and
// scripts do). Also: does this build's CLI take --cache DIR (it lands with the engine branch)?
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { measured, measuredSpawn, median, percentile } from './proc.mjs';

/** The CLI measured: dist/cli.js, or SUMMIT_BENCH_CLI (e.g. another branch's build, for a side-by-side run). */
export function cliPath(root) { return process.env.SUMMIT_BENCH_CLI ? path.resolve(process.env.SUMMIT_BENCH_CLI) : path.join(root, 'dist', 'cli.js'); }

/**
 * How a summit process is started: as the `summit` command a user types, that is the file
 * itself through its first line, when the build made it a program (dist/cli.js is one: a
 * shell line that starts Node without NODE_EXTRA_CA_CERTS, see esbuild.mjs); `node FILE` for a
 * build whose file is not executable. Returns [file, argv] for spawn.
 */
export function summitCommand(root, args) {
  return commandFor(cliPath(root), args);
}

/** summitCommand for another build's CLI file. */
export function commandFor(cli, args) {
  return isProgram(cli) ? [cli, args] : [process.execPath, [cli, ...args]];
}

function isProgram(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.readFileSync(file, 'utf8').slice(0, 2) === '#!';
  } catch { return false; }
}

/**
 * The environment of a reference Node process (the segmenter's own start, `node -e 0`): this
 * one without NODE_EXTRA_CA_CERTS, which Node reads at start (tens of ms when it names the
 * system's bundle) and summit's command drops, so that a reference never carries a cost the
 * command it is compared with does not pay.
 */
export function referenceEnv(env = process.env) {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return rest;
}

/**
 * Whether `search` accepts --cache DIR (trial run on one small file) and whether it then
 * writes anything there. { accepted, used, note }.
 */
export function cacheSupport(root, oneFileDir) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bench-probe-'));
  const r = spawnSync(...summitCommand(root, ['search', '测试', '--corpus', oneFileDir, '--no-bundled', '--json', '--cache', cache]), { encoding: 'utf8', timeout: 120000 });
  const used = fs.existsSync(cache) && fs.readdirSync(cache).length > 0;
  fs.rmSync(cache, { recursive: true, force: true });
  if (r.status !== 0) {
    const why = (r.stderr || '').trim().split('\n')[0] || `exit ${r.status}`;
    return { accepted: false, used: false, note: `this build's CLI does not take --cache (${why}): every run indexes from scratch, so "cold" and "warm" are the same run` };
  }
  return { accepted: true, used, note: used ? '' : 'this build takes --cache but wrote nothing there: "warm" runs are not cached' };
}

/** Arguments (after the command) for a search over DIR without the bundled summit, with a cache dir when supported. */
export function searchArgs(dir, { query, cacheDir, json = true, limit } = {}) {
  const args = ['search'];
  if (query !== undefined) args.push(query);
  args.push('--corpus', dir, '--no-bundled');
  if (json) args.push('--json');
  if (limit) args.push('--limit', String(limit));
  if (cacheDir) args.push('--cache', cacheDir);
  return args;
}

/** One `summit search Q` process, timed from spawn to exit (`env`: its environment, default the bench's). */
export async function oneCommand(root, dir, query, { cacheDir, budgetMs, rssCapMB, env } = {}) {
  const r = await measured(...summitCommand(root, searchArgs(dir, { query, cacheDir })), { budgetMs, rssCapMB, env });
  if (!r.over && r.code !== 0) return { ms: r.ms, peakMB: r.peakMB, over: `exited: ${exitReason(r)}`, hits: null };
  let hits = null;
  if (!r.over) { try { hits = JSON.parse(r.stdout).results.length; } catch { hits = null; } }
  return { ms: r.ms, peakMB: r.peakMB, cpuS: r.cpuS, over: r.over, hits };
}

/**
 * A long-running `summit search --json` process fed one query at a time on stdin. The first
 * query is written at spawn: firstMs is spawn → its answer (start, indexing or opening, first
 * search). Then `rounds` rounds of the mix (after one untimed warm-up round). Stops sending
 * when `queryBudgetMs` is spent; `budgetMs` bounds the start. Peak RSS is the child's VmHWM
 * while it still runs (or GNU time's figure if higher).
 */
export async function session(root, dir, mix, { cacheDir, budgetMs, queryBudgetMs = 120000, rssCapMB, rounds = 5 } = {}) {
  const lines = [];
  let wake = null;
  const proc = measuredSpawn(...summitCommand(root, searchArgs(dir, { cacheDir, limit: 20 })), {
    keepStdin: true, collect: false, budgetMs: budgetMs + queryBudgetMs + 30000, rssCapMB, gnuTime: true,
    onLine: (line, ms) => { lines.push({ line, ms }); wake?.(); },
  });
  let closed = false;
  proc.done.then(() => { closed = true; wake?.(); });
  const next = async (deadlineMs) => {
    const deadline = performance.now() + deadlineMs;
    while (lines.length === 0 && !closed) {
      const left = deadline - performance.now();
      if (left <= 0) return null;
      await new Promise((res) => { wake = res; setTimeout(res, Math.min(left, 1000)); });
      wake = null;
    }
    return lines.shift() ?? null;
  };
  const ask = async (q, deadlineMs) => {
    const t = performance.now();
    proc.child.stdin.write(`${q}\n`);
    const got = await next(deadlineMs);
    if (!got) return null;
    const out = JSON.parse(got.line);
    if (out.error) throw new Error(`summit answered ${q} with an error: ${out.error}`);
    return { ms: performance.now() - t, hits: out.results.length };
  };
  const result = { firstMs: null, times: [], firstTimes: [], byKind: {}, hits: {}, peakMB: null, over: null, queries: 0 };
  try {
    const t0 = performance.now();
    const first = await ask(mix[0].q, budgetMs);
    if (!first) { result.over = proc.child.exitCode === null ? 'time' : 'exited'; return finish(); }
    result.firstMs = performance.now() - t0; // t0 is taken right after spawn
    const phaseStart = performance.now();
    for (let round = 0; round <= rounds; round++) {
      for (const { q, kind } of mix) {
        if (performance.now() - phaseStart > queryBudgetMs) { result.over = 'query budget'; return finish(); }
        const a = await ask(q, queryBudgetMs);
        if (!a) { result.over = 'time'; return finish(); }
        // Warm-up round: what each query found, and its time the first time it is asked (no cache of its words yet).
        if (round === 0) { result.hits[q] = a.hits; if (q !== mix[0].q) result.firstTimes.push(a.ms); continue; }
        result.times.push(a.ms);
        (result.byKind[kind] ??= []).push(a.ms);
        result.queries++;
      }
    }
    return finish();
  } finally {
    if (proc.child.exitCode === null) proc.child.stdin.end();
  }

  async function finish() {
    result.peakMB = proc.peakNowMB();
    if (proc.child.exitCode === null) {
      proc.child.stdin.end();
      setTimeout(() => proc.kill('time'), 15000).unref();
    }
    const r = await proc.done;
    if (r.over === 'memory') result.over = 'memory';
    if (result.over === 'exited') result.over = `exited: ${exitReason(r)}`;
    result.peakMB = Math.max(result.peakMB, r.peakMB || 0);
    result.p50 = percentile(result.times, 50);
    result.p95 = percentile(result.times, 95);
    result.max = result.times.length ? Math.max(...result.times) : NaN;
    result.firstP50 = percentile(result.firstTimes, 50);
    result.firstP95 = percentile(result.firstTimes, 95);
    result.kindP95 = Object.fromEntries(Object.entries(result.byKind).map(([k, v]) => [k, percentile(v, 95)]));
    return result;
  }
}

/** Why a child ended: V8's fatal line (out of memory) when there is one, else its last stderr line. */
export function exitReason(r) {
  const lines = (r.stderr || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const fatal = lines.find((l) => /^FATAL ERROR:/.test(l));
  if (fatal) return /heap out of memory/.test(fatal) ? 'out of memory (V8 heap limit)' : fatal;
  return lines.find((l) => /^summit:/.test(l)) ?? lines.pop() ?? `code ${r.code ?? r.signal}`;
}

export { median };

/**
 * `summit server status --json` (or stop) with this environment: the parsed reply, or
 * { running: false } when there is none or it cannot be read.
 */
export function serverCall(root, action, env) {
  const r = spawnSync(...summitCommand(root, ['server', action, '--json']), { encoding: 'utf8', env, timeout: 30000 });
  try { return JSON.parse(r.stdout); } catch { return { running: false, error: (r.stderr || '').trim().split('\n')[0] }; }
}

/** Peak RSS (MB) of a process so far, from /proc (0 when it is gone). */
export function peakOfPid(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch { return 0; }
}
