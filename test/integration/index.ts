// Entry point of the integration suite: the extension host calls run() because of
// extensionTestsPath (code-server: the workbench `payload`; desktop: @vscode/test-electron).
// Loads every compiled test/integration/**/*.test.js into one mocha BDD run, prints the spec
// report to the console (code-server streams it to the runner through codeAutomationLog) and
// writes the counts to a JSON file that the runner reads back.
//
// Where the counts go (the extension host under code-server does not see the runner's env):
//   1. `resultFile` in <workspace folder>/.summit-test-run.json, written by the runner (with `only`:
//      which window this is, trusted or untrusted — see filesForWindow);
//   2. else $SUMMIT_TEST_RESULT (works under @vscode/test-electron, which passes the env);
//   3. else result.json next to this compiled file.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type MochaType from 'mocha';

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  failures: { title: string; error: string }[];
  durationMs: number;
  vscodeVersion: string;
  uiKind: string;
  node: string;
}

interface RunMarker {
  resultFile?: string;
  /** Which window this is: `untrusted` runs only untrusted*.test.js, `trusted` (default) all the others. */
  only?: 'trusted' | 'untrusted';
}

function marker(): RunMarker {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const file = path.join(folder.uri.fsPath, '.summit-test-run.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as RunMarker;
  }
  return {};
}

function resultPath(): string {
  return marker().resultFile || process.env.SUMMIT_TEST_RESULT || path.join(__dirname, 'result.json');
}

/** The files of this window: untrusted*.test.js need a window with workspace trust on. */
function filesForWindow(files: string[]): string[] {
  const untrusted = (f: string) => path.basename(f).startsWith('untrusted');
  return marker().only === 'untrusted' ? files.filter(untrusted) : files.filter((f) => !untrusted(f));
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

/** mocha 12 is an ES module; require() of it yields a namespace whose shape differs between Node versions. */
function loadMocha(): typeof MochaType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('mocha') as { Mocha?: typeof MochaType; default?: typeof MochaType } & typeof MochaType;
  return mod.Mocha ?? mod.default ?? mod;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const files = filesForWindow(testFiles(__dirname));
  for (const f of files) mocha.addFile(f);
  const out = resultPath();
  const started = Date.now();
  const result: SuiteResult = {
    suite: 'integration', passed: 0, failed: 0, skipped: 0, failures: [], durationMs: 0,
    vscodeVersion: vscode.version, uiKind: vscode.UIKind[vscode.env.uiKind], node: process.version,
  };
  console.log(`[integration] ${files.length} test files; VS Code ${vscode.version}, uiKind ${result.uiKind}, Node ${process.version}`);
  return new Promise((resolve, reject) => {
    const finish = (failures: number, crash?: unknown) => {
      result.durationMs = Date.now() - started;
      if (crash) result.failures.push({ title: '(suite crashed)', error: String(crash) });
      try {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, JSON.stringify(result, null, 2));
      } catch (e) {
        console.error(`[integration] could not write ${out}: ${String(e)}`);
      }
      console.log(`[integration] ${result.passed} passing, ${result.failed} failing, ${result.skipped} pending`);
      if (crash || failures > 0 || result.passed + result.failed === 0) {
        reject(new Error(crash ? String(crash) : `${failures} integration test(s) failed`));
      } else {
        resolve();
      }
    };
    try {
      const runner = mocha.run((failures) => finish(failures));
      runner.on('pass', () => { result.passed++; });
      runner.on('pending', () => { result.skipped++; });
      runner.on('fail', (test, err: unknown) => {
        result.failed++;
        const e = err as { stack?: string; message?: string };
        result.failures.push({ title: test.fullTitle(), error: e?.stack ?? e?.message ?? String(err) });
      });
    } catch (e) {
      result.failed++;
      finish(1, e);
    }
  });
}
