// `npm test`: builds, compiles the tests, makes sure the VS Code test host is installed, then runs
//   1. unit        mocha on plain Node           (out/test/unit/**/*.test.js)
//   2. integration mocha inside the real extension host of code-server 1.139.1 (scripts/run-integration.mjs)
//   3. e2e         mocha + chromium on that VS Code's web workbench           (scripts/run-e2e.mjs)
// Every suite runs even when an earlier one failed. Each writes its counts to test-results/<suite>.json;
// the summary block names the fuzz suite's number of inputs (`fuzz inputs: N`, from
// test-results/fuzz.json); the last line printed sums them: `N passed, N failed` (+ `, N skipped`). Exit code 1 when anything
// failed, when a suite ran no test at all, or when a suite could not report.
// Environment: SUMMIT_NO_INSTALL=1 refuses to install a missing test host (fails with the command to run).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, RESULTS_DIR, INSTALL_HINT, missingHostParts } from './lib/code-server.mjs';
import { cleanInstallEnv } from './lib/install-env.mjs';
import { restoreNodejieba } from './lib/optional-engine.mjs';

const started = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const node = process.execPath;

function banner(text) {
  console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
}

// The suites' commands run by themselves: only the server's own test starts a resident server
// (test/unit/cliServer.test.ts), so no suite leaves one behind for the next.
const SUITE_ENV = { SUMMIT_SERVER: '0' };

function run(cmd, args, env = {}, base = process.env) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...base, ...SUITE_ENV, ...env } });
  return { status: r.status ?? 1, signal: r.signal, ms: Date.now() - t0, error: r.error };
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
fs.rmSync(path.join(RESULTS_DIR, 'summary.json'), { force: true });
const problems = [];

// --- build -------------------------------------------------------------------------------------
banner('build (esbuild, dev)');
const build = run(node, ['esbuild.mjs']);
if (build.status !== 0) {
  console.error('\nThe build failed; no suite can run against a broken bundle.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

banner('compile tests (tsc -p tsconfig.test.json)');
const tsc = run(node, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json']);
if (tsc.status !== 0) {
  // tsc still emits; run the suites so the report is complete, but the run fails.
  problems.push('type errors in `tsc -p tsconfig.test.json` (see above)');
}

banner('lint (eslint src test)');
const lint = run(node, [path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), 'src', 'test']);
if (lint.status !== 0) problems.push('lint errors in `npm run lint` (see above)');

// --- optional segmenter -------------------------------------------------------------------------
const restored = restoreNodejieba(REPO_ROOT, cleanInstallEnv(process.env));
if (restored) {
  banner('optional segmenter nodejieba');
  console.log(restored);
}

// --- test host -------------------------------------------------------------------------------
let missing = missingHostParts();
if (missing.length && !process.env.SUMMIT_NO_INSTALL) {
  banner('install the VS Code test host (scripts/install-test-host.sh)');
  console.log(`missing: ${missing.join(', ')}`);
  run('bash', [path.join(REPO_ROOT, 'scripts', 'install-test-host.sh')], {}, cleanInstallEnv(process.env));
  missing = missingHostParts();
}
if (missing.length) {
  console.error(`\nThe VS Code test host is not installed (missing ${missing.join(', ')}).` +
    `\nInstall it with:  ${INSTALL_HINT}\nThe integration and e2e suites cannot run without it; they count as failed.`);
}

// --- suites ------------------------------------------------------------------------------------
const suites = [
  {
    name: 'unit',
    cmd: node,
    args: [path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', path.join(REPO_ROOT, 'scripts', 'lib', 'summary-reporter.cjs')],
    env: { SUMMIT_RESULT_FILE: path.join(RESULTS_DIR, 'unit.json'), SUMMIT_SUITE: 'unit' },
    needsHost: false,
  },
  { name: 'integration', cmd: node, args: [path.join(REPO_ROOT, 'scripts', 'run-integration.mjs')], env: {}, needsHost: true },
  { name: 'e2e', cmd: node, args: [path.join(REPO_ROOT, 'scripts', 'run-e2e.mjs')], env: {}, needsHost: true },
];

const rows = [];
const FUZZ_FILE = path.join(RESULTS_DIR, 'fuzz.json');
fs.rmSync(FUZZ_FILE, { force: true });
for (const suite of suites) {
  const file = path.join(RESULTS_DIR, `${suite.name}.json`);
  fs.rmSync(file, { force: true });
  banner(`${suite.name} tests`);
  if (suite.needsHost && missing.length) {
    rows.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, ms: 0, note: `test host missing: run \`${INSTALL_HINT}\`` });
    console.log(`[${suite.name}] NOT RUN: the test host is missing; run \`${INSTALL_HINT}\``);
    continue;
  }
  const r = run(suite.cmd, suite.args, suite.env);
  let counts;
  try {
    counts = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    counts = undefined;
  }
  if (!counts) {
    rows.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, ms: r.ms, note: `ended (${r.signal ?? r.status}) without reporting counts` });
    continue;
  }
  const row = { name: suite.name, passed: counts.passed | 0, failed: counts.failed | 0, skipped: counts.skipped | 0, ms: r.ms, note: '' };
  if (row.passed + row.failed === 0) {
    row.failed = 1;
    row.note = 'ran zero tests';
  } else if (r.status !== 0 && row.failed === 0) {
    row.failed = 1;
    row.note = `exit code ${r.signal ?? r.status} although no test failed`;
  }
  rows.push(row);
}

// --- summary -----------------------------------------------------------------------------------
banner('summary');
for (const r of rows) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed${skipped}  (${secs(r.ms)})${r.note ? `  — ${r.note}` : ''}`);
}
// The unit suite's fuzz files write how many inputs they tried (test/unit/fuzz/budget.ts).
let fuzzInputs = 0;
try { fuzzInputs = JSON.parse(fs.readFileSync(FUZZ_FILE, 'utf8')).inputs | 0; } catch { /* the unit suite did not get that far */ }
console.log(`fuzz inputs: ${fuzzInputs}`);
if (fuzzInputs === 0) problems.push('the fuzz suite reported no inputs (test-results/fuzz.json)');
for (const p of problems) console.log(`also failing: ${p}`);
console.log(`total time ${secs(Date.now() - started)}; reports in ${path.relative(REPO_ROOT, RESULTS_DIR)}/`);
const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
total.failed += problems.length;
fs.writeFileSync(path.join(RESULTS_DIR, 'summary.json'), JSON.stringify({ ...total, fuzzInputs, suites: rows, problems }, null, 2));
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
