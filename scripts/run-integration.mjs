// Runs the integration suite (test/integration, compiled to out/test/integration) INSIDE the
// real VS Code extension host of code-server 1.139.1, driven by headless Debian chromium.
// Expects a build (dist/) and compiled tests (out/); `npm test` does both first.
// Writes test-results/integration.json: { passed, failed, skipped, ... }. Exit 0 only if all passed.
// Two windows: the usual one, then a fresh one with workspace trust on and the folder untrusted
// (test/integration/untrusted*.test.ts only); their counts are summed.
// usage: node scripts/run-integration.mjs [--timeout ms] [--keep] [--only trusted|untrusted]   (VERBOSE=1 shows workbench noise)
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { REPO_ROOT, RESULTS_DIR, NOISE, startCodeServer, launchBrowser, assertHostReady } from './lib/code-server.mjs';

const argv = process.argv.slice(2);
const timeoutMs = Number(argv[argv.indexOf('--timeout') + 1] || 0) || 10 * 60 * 1000;
const keep = argv.includes('--keep');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const testsIndex = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const summaryFile = path.join(RESULTS_DIR, 'integration.json');
// The host runs two indexing workers (src/node/indexWorkers.ts), as it does by default on a
// machine of three or more cores, so that the real host also indexes through several.
process.env.SUMMIT_INDEX_WORKERS ??= '2';

function writeSummary(summary) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
}

/**
 * The two windows the suite runs in: the usual one (workspace trust off, every test file except
 * untrusted*), and a fresh window with workspace trust ON and the folder untrusted, seeded with a
 * workspace transcript, that runs only test/integration/untrusted*.test.ts.
 */
const CONFIGS = [
  { name: 'trusted', label: 'integration', trust: false, only: 'trusted' },
  { name: 'untrusted', label: 'integration-untrusted', trust: true, only: 'untrusted' },
];

/** A transcript the untrusted window must never read (its words are nowhere in the bundled summit). */
export const UNTRUSTED_TRANSCRIPT = `---
title: 2031东海医疗信息化论坛
date: 2031-05-12
---

## 闻人思远｜副院长，东海市中心医院

闻人思远认为，量子冷库是医院数据中心的必然选择。
`;

async function runConfig(config) {
  const t0 = Date.now();
  const lap = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const tag = `[integration:${config.name}]`;
  const server = await startCodeServer({ label: config.label, keepScratch: keep, trust: config.trust });
  console.log(`${tag} code-server on ${server.url}${config.trust ? ' (workspace trust on, folder untrusted)' : ''} (${lap()})`);
  // The suite inside the extension host finds its result path and its files through this marker in the workspace.
  const resultFile = path.join(server.scratch.dir, 'suite-result.json');
  fs.writeFileSync(path.join(server.workspace, '.summit-test-run.json'), JSON.stringify({ resultFile, only: config.only }));
  if (config.trust) {
    fs.mkdirSync(path.join(server.workspace, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(server.workspace, 'notes', 'forum.summit.md'), UNTRUSTED_TRANSCRIPT);
  }

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
    console.log(`${tag} extension host exited with ${exitCode} after ${lap()}`);
    if (exitCode !== 0) await page.screenshot({ path: path.join(RESULTS_DIR, `${config.label}-failure.png`) }).catch(() => {});
  } finally {
    await browser?.context.close().catch(() => {});
    server.saveLog(`${config.label}-code-server.log`);
    const suite = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
    await server.stop();
    const summary = suite
      ? { ...suite, exitCode, durationMs: Date.now() - t0 }
      : { suite: `integration:${config.name}`, passed: 0, failed: 1, skipped: 0, exitCode, durationMs: Date.now() - t0,
          failures: [{ title: '(suite did not report)', error: `the extension host exited with ${exitCode} and wrote no result; see test-results/${config.label}-code-server.log` }] };
    if (suite && exitCode !== 0 && summary.failed === 0) {
      summary.failed = 1;
      summary.failures = [...(summary.failures ?? []), { title: '(extension host)', error: `exit code ${exitCode}` }];
    }
    if (summary.passed + summary.failed === 0) {
      summary.failed = 1;
      summary.failures = [...(summary.failures ?? []), { title: '(no tests)', error: `the ${config.name} window ran no test` }];
    }
    console.log(`${tag} ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${lap()})`);
    return summary;
  }
}

async function main() {
  fs.rmSync(summaryFile, { force: true });
  assertHostReady();
  for (const needed of [testsIndex, path.join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(needed)) throw new Error(`${path.relative(REPO_ROOT, needed)} is missing: run \`npm run build:dev && npm run compile-tests\` first (npm test does it)`);
  }
  const t0 = Date.now();
  const configs = only ? CONFIGS.filter((c) => c.name === only) : CONFIGS;
  if (configs.length === 0) throw new Error(`unknown --only ${only} (choose ${CONFIGS.map((c) => c.name).join(' or ')})`);
  const runs = [];
  for (const config of configs) {
    try {
      runs.push(await runConfig(config));
    } catch (e) {
      runs.push({ suite: `integration:${config.name}`, passed: 0, failed: 1, skipped: 0, failures: [{ title: '(runner)', error: String(e.message ?? e) }] });
    }
  }
  const sum = (k) => runs.reduce((n, r) => n + (r[k] | 0), 0);
  const summary = {
    suite: 'integration', passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'),
    failures: runs.flatMap((r) => r.failures ?? []), durationMs: Date.now() - t0, runs,
  };
  writeSummary(summary);
  const total = summary.passed + summary.failed + summary.skipped;
  console.log(`[integration] ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${total} tests in ${runs.length} windows)`);
  process.exitCode = summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}

process.exitCode = 1; // until main() decides otherwise
main().catch((e) => {
  console.error(`[integration] ${e.message ?? e}`);
  if (!fs.existsSync(summaryFile)) {
    writeSummary({ suite: 'integration', passed: 0, failed: 1, skipped: 0, failures: [{ title: '(runner)', error: String(e.message ?? e) }] });
  }
  process.exit(1);
});
