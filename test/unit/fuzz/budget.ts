/**
 * The fuzz suite's seed, run counts and tally. Every property runs with the same fixed seed
 * (FUZZ_SEED overrides it, FUZZ_SCALE multiplies the runs) so a failure reproduces; fast-check
 * shrinks a failing input and prints the seed and path to replay it. The number of inputs
 * actually tried is written to test-results/fuzz.json after the run, for the summary of npm test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parameters } from 'fast-check';

export const SEED = Number(process.env.FUZZ_SEED ?? 20171222);
const SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1) || 1);
/** A hang guard per input, not a speed target (the slowest inputs take milliseconds). */
export const HANG_MS = 2000;

const tally = new Map<string, number>();
const RESULTS = path.join(__dirname, '..', '..', '..', '..', 'test-results', 'fuzz.json');

/** fast-check parameters for a property: the fixed seed, `runs` (scaled), no time-based cut. */
export function params<T>(runs: number): Parameters<T> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)), endOnFailure: false };
}

/** Counts one input tried by the property `name` (shrinking steps included). */
export function tried(name: string): void {
  tally.set(name, (tally.get(name) ?? 0) + 1);
}

/** Runs `fn` and fails when it takes longer than the hang guard. */
export function withinBound<T>(what: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > HANG_MS) throw new Error(`${what} took ${Math.round(ms)} ms (hang guard ${HANG_MS} ms)`);
  return out;
}

export function total(): number {
  let n = 0;
  for (const v of tally.values()) n += v;
  return n;
}

// A root-level hook (this module is loaded once, by every fuzz file): after the whole unit run.
after(() => {
  if (tally.size === 0) return;
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  const properties = Object.fromEntries([...tally.entries()].sort());
  fs.writeFileSync(RESULTS, `${JSON.stringify({ inputs: total(), seed: SEED, properties }, null, 2)}\n`);
});
