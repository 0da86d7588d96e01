// Summarises a V8 .cpuprofile (node --cpu-prof, or the inspector's Profiler.stop): the top
// functions by inclusive time (self + callees, each function counted once per stack so
// recursion does not double it) and by self time, with file:line.
//   node bench/lib/cpuprofile.mjs FILE.cpuprofile [--top N] [--self]
// Also `summarise(profile, { top })` → { totalMs, inclusive: [...], self: [...] } for other bench scripts.
// `longTasks(profile, ms)`: the stretches of at least `ms` where the thread never went idle
// (no (idle) sample), each with its heaviest functions, to find what one stall ran.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Samples of a thread waiting for work; (program) — native work outside JavaScript, such as
 * deserialising a message — and (garbage collector) count as busy. */
const IDLE = new Set(['(idle)']);

function frameName(node) {
  const f = node.callFrame;
  const where = f.url ? `${path.basename(f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

function index(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Sample durations in ms (timeDeltas[i] is the time before sample i; the interval is its weight). */
function sampleWeights(profile) {
  const d = profile.timeDeltas ?? [];
  return profile.samples.map((_, i) => (d[i + 1] ?? d[i] ?? 0) / 1000);
}

function stackOf(id, ix) {
  const names = [];
  for (let cur = id; cur !== undefined; cur = ix.parent.get(cur)) names.push(frameName(ix.byId.get(cur)));
  return names;
}

function topOf(map, top) {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
}

export function summarise(profile, { top = 25, samples } = {}) {
  const ix = index(profile);
  const w = sampleWeights(profile);
  const inclusive = new Map();
  const self = new Map();
  let totalMs = 0;
  let busyMs = 0;
  const stacks = new Map();
  profile.samples.forEach((id, i) => {
    if (samples && !samples.has(i)) return;
    totalMs += w[i];
    const leaf = frameName(ix.byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + w[i]);
    if (IDLE.has(ix.byId.get(id).callFrame.functionName)) return;
    busyMs += w[i];
    let names = stacks.get(id);
    if (!names) stacks.set(id, (names = [...new Set(stackOf(id, ix))]));
    for (const n of names) if (n !== '(root)') inclusive.set(n, (inclusive.get(n) ?? 0) + w[i]);
  });
  return { totalMs: Math.round(totalMs), busyMs: Math.round(busyMs), inclusive: topOf(inclusive, top), self: topOf(self, top) };
}

/** Runs of consecutive busy samples lasting ≥ `ms`, longest first, each summarised. */
export function longTasks(profile, ms = 50, { top = 6, max = 8 } = {}) {
  const ix = index(profile);
  const w = sampleWeights(profile);
  const runs = [];
  let start = -1;
  let length = 0;
  let at = 0;
  const close = (end) => {
    if (start >= 0 && length >= ms) runs.push({ startMs: Math.round(at), ms: Math.round(length), from: start, to: end });
    start = -1;
    length = 0;
  };
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const busy = !IDLE.has(ix.byId.get(id).callFrame.functionName);
    if (busy) {
      if (start < 0) { start = i; at = clock; }
      length += w[i];
    } else close(i);
    clock += w[i];
  });
  close(profile.samples.length);
  return runs.sort((a, b) => b.ms - a.ms).slice(0, max).map((r) => {
    const samples = new Set(Array.from({ length: r.to - r.from }, (_, k) => r.from + k));
    return { startMs: r.startMs, ms: r.ms, top: summarise(profile, { top, samples }).inclusive };
  });
}

function main() {
  const argv = process.argv.slice(2);
  const file = argv.find((a) => !a.startsWith('--') && a !== argv[argv.indexOf('--top') + 1]);
  if (!file) { console.error('usage: node bench/lib/cpuprofile.mjs FILE.cpuprofile [--top N] [--long MS]'); process.exit(2); }
  const top = Number(argv[argv.indexOf('--top') + 1] || 0) || 25;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const s = summarise(profile, { top });
  console.log(`${file}: ${s.totalMs} ms sampled, ${s.busyMs} ms busy`);
  console.log('inclusive (ms, % of busy):');
  for (const r of s.inclusive) console.log(`  ${String(r.ms).padStart(7)}  ${(100 * r.ms / s.busyMs).toFixed(1).padStart(5)}%  ${r.name}`);
  if (argv.includes('--self')) {
    console.log('self (ms):');
    for (const r of s.self) console.log(`  ${String(r.ms).padStart(7)}  ${r.name}`);
  }
  if (argv.includes('--long')) {
    const limit = Number(argv[argv.indexOf('--long') + 1]) || 50;
    for (const t of longTasks(profile, limit)) {
      console.log(`busy ${t.ms} ms from ${t.startMs} ms: ${t.top.map((r) => `${r.name} ${r.ms}`).join(' < ')}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
