#!/usr/bin/env node
// The development reports (test/eval/reports/, see its README): each report is given to the built
// CLI on its own (`--corpus FILE --no-bundled`) and scored on
//   people      recall of the key's people (name found), precision (found names that are people),
//               role, title and organisation agreement where the key gives them;
//   questions   answers containing the key's strings;  unanswerable  null answers;
//   search      the top hit names the expected speaker.
// usage: node scripts/eval-reports.mjs [--segmenter nodejieba] [--quiet] [--only SUBSTRING]
// Exit 0 always after a complete run (the figures are the result), 2 on a setup error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/eval/reports');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const segmenter = opt('--segmenter') ?? 'node-rs-jieba';
const only = opt('--only');
const quiet = args.includes('--quiet');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('eval-reports: dist/cli.js is missing; run `node esbuild.mjs` first');
  process.exit(2);
}

function summit(command, file, input, extra = []) {
  // --no-cache: every report parsed by the build under test (a parse cache from another build of the same schema would be read instead).
  const run = spawnSync(process.execPath, [cli, command, ...extra, '--json', '--corpus', file, '--no-bundled', '--no-cache', '--segmenter', segmenter], {
    input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) return { error: `exit ${run.status}: ${run.stderr.trim().split('\n').pop()}` };
  return { stdout: run.stdout };
}

function jsonLines(stdout) {
  return stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

function reports() {
  return readdirSync(dir).filter((f) => f.endsWith('.key.json') && (!only || f.includes(only))).sort().map((k) => {
    const base = k.slice(0, -'.key.json'.length);
    const text = readdirSync(dir).find((f) => f.startsWith(`${base}.`) && !f.endsWith('.key.json'));
    if (!text) { console.error(`eval-reports: ${k} has no report file`); process.exit(2); }
    return { name: base, file: join(dir, text), key: JSON.parse(readFileSync(join(dir, k), 'utf8')) };
  });
}

const totals = { people: [0, 0], precision: [0, 0], roles: [0, 0], titles: [0, 0], organizations: [0, 0], questions: [0, 0], unanswerable: [0, 0], search: [0, 0] };
const add = (k, ok) => { totals[k][1]++; if (ok) totals[k][0]++; };
const log = (ok, line) => { if (!ok || !quiet) console.log(`${ok ? 'PASS' : 'FAIL'}  ${line}`); };

function scorePeople(r) {
  const out = summit('speakers', r.file, '');
  if (out.error) { console.log(`ERROR speakers: ${out.error}`); r.key.people.forEach(() => add('people', false)); return; }
  const found = JSON.parse(out.stdout);
  const list = Array.isArray(found) ? found : found.speakers ?? [];
  const keyNames = new Set(r.key.people.map((p) => p.name));
  const notPeople = new Set(r.key.notPeople ?? []);
  for (const p of r.key.people) {
    const f = list.find((s) => s.name === p.name);
    add('people', !!f);
    log(!!f, `person ${p.name}${f ? '' : ' not found'}`);
    if (!f) continue;
    if (p.role) { add('roles', f.role === p.role); log(f.role === p.role, `  role of ${p.name}: ${f.role} (want ${p.role})`); }
    if (p.title) { const ok = (f.title ?? '').includes(p.title) || p.title.includes(f.title || '\u0000'); add('titles', ok); log(ok, `  title of ${p.name}: ${f.title} (want ${p.title})`); }
    // the organisation as the text gives it, or more of the text around it; never a part of it (宁区… for 上海市长宁区…)
    if (p.organization) { const ok = (f.organization ?? '').includes(p.organization); add('organizations', ok); log(ok, `  organization of ${p.name}: ${f.organization} (want ${p.organization})`); }
  }
  for (const s of list) {
    const ok = keyNames.has(s.name) && !notPeople.has(s.name);
    add('precision', ok);
    if (!ok) log(false, `found ${s.name}, who is not a person of the key`);
  }
}

function answerOk(c, a) {
  if (typeof a !== 'string') return false;
  return (!c.any || c.any.some((s) => a.includes(s))) && (!c.all || c.all.every((s) => a.includes(s)));
}

function scoreQuestions(r) {
  const qs = [...(r.key.questions ?? []).map((c) => ({ ...c, kind: 'q' })), ...(r.key.unanswerable ?? []).map((q) => ({ q, kind: 'u' }))];
  if (!qs.length) return;
  const out = summit('ask', r.file, qs.map((c) => c.q.replace(/\n/g, ' ')).join('\n') + '\n');
  const answers = out.error ? [] : jsonLines(out.stdout);
  if (out.error) console.log(`ERROR ask: ${out.error}`);
  qs.forEach((c, i) => {
    const a = answers[i]?.answer;
    const ok = c.kind === 'q' ? answerOk(c, a) : a === null || a === undefined;
    add(c.kind === 'q' ? 'questions' : 'unanswerable', ok);
    const want = c.kind === 'q' ? `want ${JSON.stringify(c.any ?? c.all)}` : 'want null';
    log(ok, `${c.kind === 'q' ? 'ask' : 'null'} ${c.q} → ${a === null || a === undefined ? 'null' : JSON.stringify(a)}${ok ? '' : `  ${want}`}`);
  });
}

function scoreSearch(r) {
  const cases = r.key.search ?? [];
  if (!cases.length) return;
  const out = summit('search', r.file, cases.map((c) => c.q).join('\n') + '\n', ['--limit', '1']);
  const results = out.error ? [] : jsonLines(out.stdout);
  cases.forEach((c, i) => {
    const top = results[i]?.results?.[0];
    const ok = top?.speaker === c.speaker;
    add('search', ok);
    log(ok, `search ${c.q} → ${top?.speaker ?? 'no speaker'}${ok ? '' : `  want ${c.speaker}`}`);
  });
}

const list = reports();
for (const r of list) {
  console.log(`\n== ${r.name} (${r.key.script ?? '?'}; ${r.key.layout ?? ''})`);
  scorePeople(r);
  scoreQuestions(r);
  scoreSearch(r);
}
const pct = ([a, b]) => (b ? `${a}/${b} (${Math.round((100 * a) / b)}%)` : 'n/a');
console.log(`\n== Reports: ${list.length}`);
for (const [k, v] of Object.entries(totals)) console.log(`${k.padEnd(13)} ${pct(v)}`);
