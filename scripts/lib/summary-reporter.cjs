// Mocha reporter for the plain-Node suites (unit, e2e): prints the usual spec report and, when
// the run ends, writes its counts to $SUMMIT_RESULT_FILE (read by scripts/test-all.mjs).
// usage: SUMMIT_RESULT_FILE=test-results/unit.json mocha --reporter ./scripts/lib/summary-reporter.cjs
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { Spec } = (Mocha.Mocha ?? Mocha.default ?? Mocha).reporters;
const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = (Mocha.Mocha ?? Mocha.default ?? Mocha).Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    const started = Date.now();
    const result = { suite: process.env.SUMMIT_SUITE || 'mocha', passed: 0, failed: 0, skipped: 0, failures: [], durationMs: 0 };
    runner.on(EVENT_TEST_PASS, () => { result.passed++; });
    runner.on(EVENT_TEST_PENDING, () => { result.skipped++; });
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), error: String((err && (err.stack || err.message)) || err) });
    });
    runner.once(EVENT_RUN_END, () => {
      result.durationMs = Date.now() - started;
      const file = process.env.SUMMIT_RESULT_FILE;
      if (!file) return;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(result, null, 2));
    });
  }
}

module.exports = SummaryReporter;
