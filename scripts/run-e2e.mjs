// Runs the browser suite: mocha (plain Node, BDD) over out/test/e2e/**/*.test.js with the shared
// fixture out/test/e2e/fixture.js required first (one code-server + one chromium for all files).
// Expects a build (dist/) and compiled tests (out/); `npm test` does both first.
// Writes test-results/e2e.json with the counts; screenshots and the server log go to test-results/.
// usage: node scripts/run-e2e.mjs [extra mocha args, e.g. --grep smoke]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, RESULTS_DIR, assertHostReady } from './lib/code-server.mjs';

const summaryFile = path.join(RESULTS_DIR, 'e2e.json');
const fixture = path.join(REPO_ROOT, 'out', 'test', 'e2e', 'fixture.js');

function fail(message) {
  console.error(`[e2e] ${message}`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(summaryFile, JSON.stringify({ suite: 'e2e', passed: 0, failed: 1, skipped: 0, failures: [{ title: '(runner)', error: message }] }, null, 2));
  process.exit(1);
}

fs.rmSync(summaryFile, { force: true });
try {
  assertHostReady();
} catch (e) {
  fail(e.message);
}
for (const needed of [fixture, path.join(REPO_ROOT, 'dist', 'extension.js')]) {
  if (!fs.existsSync(needed)) fail(`${path.relative(REPO_ROOT, needed)} is missing: run \`npm run build:dev && npm run compile-tests\` first (npm test does it)`);
}

const mochaBin = path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const args = [
  mochaBin,
  '--no-config', // .mocharc.json is the unit suite's
  '--ui', 'bdd',
  '--timeout', '120000',
  '--require', fixture,
  '--reporter', path.join(REPO_ROOT, 'scripts', 'lib', 'summary-reporter.cjs'),
  'out/test/e2e/**/*.test.js',
  ...process.argv.slice(2),
];
const t0 = Date.now();
const child = spawn(process.execPath, args, {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env: { ...process.env, SUMMIT_RESULT_FILE: summaryFile, SUMMIT_SUITE: 'e2e', SUMMIT_E2E_HOOKS_REQUIRED: '1' },
});
child.on('exit', (code, signal) => {
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (!fs.existsSync(summaryFile)) fail(`mocha ended (${signal ?? code}) without reporting counts after ${seconds}s`);
  const s = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  console.log(`[e2e] ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''} (${seconds}s)`);
  process.exit(code === 0 && s.failed === 0 && s.passed > 0 ? 0 : 1);
});
