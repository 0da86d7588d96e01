// ripgrep on the same files, as VS Code's own search runs it: one process per query,
// fixed strings, a count per file. A two-word query looks for either word (-e A -e B).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { measured, median } from './proc.mjs';

export function rgArgs(query, dir) {
  const words = query.split(/\s+/).filter(Boolean);
  return ['-F', '-c', '--no-messages', ...words.flatMap((w) => ['-e', w]), dir];
}

/** Per query: median wall time of `runs` spawns (after one warm-up) and the matching line count. */
export async function ripgrepMix(rg, dir, mix, runs = 5) {
  const perQuery = [];
  for (const { q, kind } of mix) {
    spawnSync(rg, rgArgs(q, dir));
    const times = [];
    let lines = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = spawnSync(rg, rgArgs(q, dir), { encoding: 'utf8', maxBuffer: 1 << 26 });
      times.push(performance.now() - t);
      if (r.status > 1) throw new Error(`rg failed on ${q}: ${r.stderr.trim()}`);
      lines = r.stdout.split('\n').filter(Boolean).reduce((s, l) => s + Number(l.slice(l.lastIndexOf(':') + 1)), 0);
    }
    perQuery.push({ q, kind, ms: median(times), lines });
  }
  const peak = await measured(rg, rgArgs(mix[0].q, dir));
  return { perQuery, ms: median(perQuery.map((x) => x.ms)), max: Math.max(...perQuery.map((x) => x.ms)), peakMB: peak.peakMB };
}
