#!/usr/bin/env node
// Search evaluation: for each case of test/eval/search-dev.jsonl (or the file given as
// the first argument), runs the query through the built CLI (dist/cli.js, JSON Lines
// mode, engine loaded once) and checks that at least `min` of the expected speakers
// appear among the speakers of the top 5 results. Prints PASS/FAIL per case and a total.
// Exit code 0 when every case passes, 1 otherwise.
// usage: node scripts/eval-search.mjs [cases.jsonl] [--segmenter nodejieba]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const segIdx = args.indexOf('--segmenter');
const segmenter = segIdx >= 0 ? args[segIdx + 1] : 'node-rs-jieba';
const file = args.find((a, i) => !a.startsWith('--') && i !== segIdx + 1) ?? join(root, 'test/eval/search-dev.jsonl');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('eval-search: dist/cli.js is missing; run `node esbuild.mjs` first');
  process.exit(2);
}

const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
  try { return JSON.parse(l); } catch { console.error(`eval-search: ${file}:${i + 1} is not JSON`); process.exit(2); }
});
const TOP = 5;
const run = spawnSync(process.execPath, [cli, 'search', '--segmenter', segmenter, '--limit', String(TOP)], {
  input: cases.map((c) => c.q.replace(/\n/g, ' ')).join('\n') + '\n',
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(`eval-search: summit search failed (exit ${run.status}): ${run.stderr}`);
  process.exit(2);
}
const outputs = run.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

let passed = 0;
const byStretch = new Map();
cases.forEach((c, i) => {
  const results = outputs[i]?.results ?? [];
  const top = results.slice(0, TOP).map((r) => r.speaker ?? '—');
  const found = c.speakers.filter((s) => top.includes(s));
  const need = c.min ?? 1;
  const ok = found.length >= need;
  if (ok) passed++;
  const tag = c.stretch ?? 'plain';
  const t = byStretch.get(tag) ?? { pass: 0, total: 0 };
  t.total++; if (ok) t.pass++;
  byStretch.set(tag, t);
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${JSON.stringify(c.q).padEnd(20)} want ${need} of [${c.speakers.join(', ')}]  top ${TOP}: [${top.join(', ')}]`);
});
console.log(`\n${passed}/${cases.length} cases pass (${segmenter}) — ${[...byStretch].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(', ')}`);
process.exit(passed === cases.length ? 0 : 1);
