#!/usr/bin/env node
// Question-answering evaluation through the built CLI (dist/cli.js `summit ask`, JSON Lines
// mode, engine loaded once):
//   - test/eval/qa-dev.jsonl (the public dev set) and test/eval/qa-extra.jsonl (our own
//     questions about every paragraph): a case passes when the answer contains at least one
//     of `any` and every one of `all` (format: /work/shared/eval/README.md);
//   - test/eval/qa-unanswerable.jsonl: questions the transcript cannot answer; a case passes
//     when the answer is null. Prints the null-answer rate.
// Prints PASS/FAIL per question and totals. Exit 0 when every dev case passes and the null
// rate is at least 90%, else 1 (2 for a setup error).
// usage: node scripts/eval-qa.mjs [--segmenter nodejieba] [--quiet]   (FAILs only with --quiet)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const segIdx = args.indexOf('--segmenter');
const segmenter = segIdx >= 0 ? args[segIdx + 1] : 'node-rs-jieba';
const quiet = args.includes('--quiet');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('eval-qa: dist/cli.js is missing; run `node esbuild.mjs` first');
  process.exit(2);
}

function load(name) {
  const file = join(root, 'test/eval', name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try { return JSON.parse(l); } catch { console.error(`eval-qa: ${name}:${i + 1} is not JSON`); process.exit(2); }
  });
}

function ask(cases) {
  if (cases.length === 0) return [];
  const run = spawnSync(process.execPath, [cli, 'ask', '--segmenter', segmenter], {
    input: cases.map((c) => c.q.replace(/\n/g, ' ')).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`eval-qa: summit ask failed (exit ${run.status}): ${run.stderr}`);
    process.exit(2);
  }
  return run.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

function expected(c) {
  return [c.any ? `any of [${c.any.join(', ')}]` : '', c.all ? `all of [${c.all.join(', ')}]` : ''].filter(Boolean).join(' and ');
}

function answered(c, out) {
  const a = out?.answer;
  if (typeof a !== 'string') return false;
  return (!c.any || c.any.some((s) => a.includes(s))) && (!c.all || c.all.every((s) => a.includes(s)));
}

function section(title, cases, outputs, check, describe) {
  console.log(`\n== ${title} (${cases.length})`);
  let pass = 0;
  cases.forEach((c, i) => {
    const out = outputs[i];
    const ok = check(c, out);
    if (ok) pass++;
    if (!ok || !quiet) {
      const got = out?.answer === null || out?.answer === undefined ? 'null' : JSON.stringify(out.answer);
      console.log(`${ok ? 'PASS' : 'FAIL'}  ${c.q}  → ${got} (${out?.type ?? '?'}, ${out?.confidence ?? 0})${ok ? '' : `  want ${describe(c)}`}`);
    }
  });
  return pass;
}

const dev = load('qa-dev.jsonl');
const extra = load('qa-extra.jsonl');
const none = load('qa-unanswerable.jsonl');
const outputs = ask([...dev, ...extra, ...none]);
const devOut = outputs.slice(0, dev.length);
const extraOut = outputs.slice(dev.length, dev.length + extra.length);
const noneOut = outputs.slice(dev.length + extra.length);

const devPass = section('qa-dev: answer contains the expected strings', dev, devOut, answered, expected);
const extraPass = section('qa-extra: our own questions about every paragraph', extra, extraOut, answered, expected);
const nullPass = section('qa-unanswerable: the record cannot answer, answer must be null', none, noneOut, (c, o) => o?.answer === null, () => 'null');

const pct = (a, b) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);
console.log(`\nqa-dev          ${devPass}/${dev.length} (${pct(devPass, dev.length)})`);
console.log(`qa-extra        ${extraPass}/${extra.length} (${pct(extraPass, extra.length)})`);
console.log(`null-answer rate on unanswerable questions: ${nullPass}/${none.length} (${pct(nullPass, none.length)})   [${segmenter}]`);
process.exit(devPass === dev.length && (none.length === 0 || nullPass / none.length >= 0.9) ? 0 : 1);
