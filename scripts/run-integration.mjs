// Runs the integration suite (test/integration, compiled to out/test/integration) INSIDE the
// real VS Code extension host of code-server 1.139.1, driven by headless Debian chromium.
// Expects a build (dist/) and compiled tests (out/); `npm test` does both first.
// Writes test-results/integration.json: { passed, failed, skipped, ... }. Exit 0 only if all passed.
// usage: node scripts/run-integration.mjs [--timeout ms] [--keep]   (VERBOSE=1 shows workbench noise)
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { REPO_ROOT, RESULTS_DIR, NOISE, startCodeServer, launchBrowser, assertHostReady } from './lib/code-server.mjs';

const argv = process.argv.slice(2);
const timeoutMs = Number(argv[argv.indexOf('--timeout') + 1] || 0) || 10 * 60 * 1000;
const keep = argv.includes('--keep');
const testsIndex = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const summaryFile = path.join(RESULTS_DIR, 'integration.json');

function writeSummary(summary) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
}

async function main() {
  fs.rmSync(summaryFile, { force: true });
  assertHostReady();
  for (const needed of [testsIndex, path.join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(needed)) throw new Error(`${path.relative(REPO_ROOT, needed)} is missing: run \`npm run build:dev && npm run compile-tests\` first (npm test does it)`);
  }
  const t0 = Date.now();
  const lap = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const server = await startCodeServer({ label: 'integration', keepScratch: keep });
  console.log(`[integration] code-server on ${server.url} (${lap()})`);
  // The suite inside the extension host finds its result path through this marker in the workspace.
  const resultFile = path.join(server.scratch.dir, 'suite-result.json');
  fs.writeFileSync(path.join(server.workspace, '.summit-test-run.json'), JSON.stringify({ resultFile }));

  let browser;
  let exitCode = 'not reported';
  try {
    browser = await launchBrowser(server);
    const { page } = browser;
    let reportExit;
    const exited = new Promise((resolve) => { reportExit = resolve; });
    // The workbench calls these when it runs with the smoke-test driver enabled:
    // codeAutomationLog(type, args) for every console line of the extension host (mocha's report),
    // codeAutomationExit(code) when the test extension host has finished (0 = all passed).
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (process.env.VERBOSE || !NOISE.test(line)) console.log(type === 'error' ? `[ext-host error] ${line}` : line);
    });
    page.on('pageerror', (e) => { if (process.env.VERBOSE) console.log(`[page error] ${e.message}`); });
    page.on('crash', () => reportExit('browser page crashed'));
    page.on('close', () => reportExit('browser page closed'));
    await page.goto(server.workbenchUrl({ extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: testsIndex.replace(/\.js$/, '') }));
    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    exitCode = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    console.log(`[integration] extension host exited with ${exitCode} after ${lap()}`);
    if (exitCode !== 0) await page.screenshot({ path: path.join(RESULTS_DIR, 'integration-failure.png') }).catch(() => {});
  } finally {
    await browser?.context.close().catch(() => {});
    server.saveLog('integration-code-server.log');
    const suite = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
    await server.stop();
    const summary = suite
      ? { ...suite, exitCode, durationMs: Date.now() - t0 }
      : { suite: 'integration', passed: 0, failed: 1, skipped: 0, exitCode, durationMs: Date.now() - t0,
          failures: [{ title: '(suite did not report)', error: `the extension host exited with ${exitCode} and wrote no result; see test-results/integration-code-server.log` }] };
    if (suite && exitCode !== 0 && summary.failed === 0) {
      summary.failed = 1;
      summary.failures = [...(summary.failures ?? []), { title: '(extension host)', error: `exit code ${exitCode}` }];
    }
    writeSummary(summary);
    const total = summary.passed + summary.failed + summary.skipped;
    console.log(`[integration] ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${total} tests, ${lap()})`);
    process.exitCode = summary.failed === 0 && summary.passed > 0 ? 0 : 1;
  }
}

process.exitCode = 1; // until main() decides otherwise
main().catch((e) => {
  console.error(`[integration] ${e.message ?? e}`);
  if (!fs.existsSync(summaryFile)) {
    writeSummary({ suite: 'integration', passed: 0, failed: 1, skipped: 0, failures: [{ title: '(runner)', error: String(e.message ?? e) }] });
  }
  process.exit(1);
});
