// Shared by the engine scripts: reading the token file, timing the query mix, reporting.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Documents from tokens.mjs: { file, line, tokens } in file order; id = index. */
export function readDocs(tokensFile) {
  const docs = [];
  for (const row of fs.readFileSync(tokensFile, 'utf8').split('\n')) {
    if (!row) continue;
    const a = row.indexOf('\t');
    const b = row.indexOf('\t', a + 1);
    docs.push({ file: Number(row.slice(0, a)), line: Number(row.slice(a + 1, b)), tokens: row.slice(b + 1).split(' ') });
  }
  return docs;
}

export const readQueries = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function percentile(values, p) {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs the mix: the first query once (cold), one warm-up round, then `rounds` timed rounds,
 * wall time and CPU time (user + system) per query: on a shared, loaded machine the wall
 * time's tail is mostly the scheduler, the CPU time is the engine's own work.
 * `search(tokens)` returns the top-20 document ids, best first.
 */
export function timeQueries(queries, search, rounds = 10) {
  let t = performance.now();
  search(queries[0].tokens);
  const firstQueryMs = performance.now() - t;
  const top = queries.map((q) => search(q.tokens));
  const times = [];
  const cpu = [];
  const byKind = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const c0 = process.cpuUsage();
      t = performance.now();
      search(q.tokens);
      const ms = performance.now() - t;
      const c = process.cpuUsage(c0);
      times.push(ms);
      cpu.push((c.user + c.system) / 1000);
      (byKind[q.kind] ??= []).push(ms);
    }
  }
  const kindP95 = Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, percentile(v, 95)]));
  return {
    firstQueryMs, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), kindP95,
    cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95), top,
  };
}

export const peakMB = () => process.resourceUsage().maxRSS / 1024;

/** Prints the result object as the script's one line of JSON. */
export function report(obj) {
  process.stdout.write(JSON.stringify({ ...obj, peakMB: peakMB() }));
}

export const BM25 = { k1: 1.2, b: 0.75 };
export const TOP_K = 20;
