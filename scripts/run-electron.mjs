// Runs the integration suite in desktop VS Code through @vscode/test-electron (downloads VS Code
// from Microsoft the first time, so it needs that network access; CI here uses code-server instead:
// scripts/run-integration.mjs). The suite, out/test/integration/index.js, is the same for both.
// usage: npm run test:electron   [VSCODE_VERSION=1.139.1 to pin; default: stable]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(repo, 'test-results');
const resultFile = path.join(resultsDir, 'electron.json');

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(resultFile, { force: true });
  // A fresh workspace folder; the suite finds its result path through this marker (as under code-server).
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-electron-ws-'));
  fs.writeFileSync(path.join(workspace, '.summit-test-run.json'), JSON.stringify({ resultFile }));
  const seed = path.join(repo, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(seed)) fs.cpSync(seed, workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { SUMMIT_TEST_RESULT: resultFile },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  console.log(`[electron] ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
  if (r.failed > 0 || r.passed === 0) process.exit(1);
}

main().catch((e) => {
  console.error(`[electron] ${e?.message ?? e}`);
  process.exit(1);
});
