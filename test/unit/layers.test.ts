// Keeps the runtime layers apart: core is pure TypeScript, node is Node-only, the webview is
// browser-only, protocol.ts is shared types. The rules are ESLint's no-restricted-imports and
// no-restricted-syntax per folder, in eslint.config.mjs; this test runs ESLint's Node API on
// src/, on the bad fixture (test/fixtures/layers-bad) and on small texts placed in each layer.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const REPO = path.resolve(__dirname, '..', '..', '..');
const LAYER_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

type Found = { file: string; line: number; message: string };

function layerProblems(results: ESLint.LintResult[]): Found[] {
  return results.flatMap((r) => r.messages
    .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
    .map((m) => ({ file: path.relative(REPO, r.filePath).split(path.sep).join('/'), line: m.line, message: m.message })));
}

/** Lints `text` as if it were the file `rel` (relative to the repository), layering rules only. */
async function lintAs(eslint: ESLint, rel: string, text: string): Promise<number[]> {
  const results = await eslint.lintText(text, { filePath: path.join(REPO, rel) });
  return layerProblems(results).map((p) => p.line).sort((a, b) => a - b);
}

describe('layers (ESLint)', function () {
  this.timeout(180000);
  const eslint = new ESLint({ cwd: REPO });

  it('src/ keeps every layer within its allowed imports', async () => {
    const found = layerProblems(await eslint.lintFiles(['src']));
    assert.deepEqual(found.map((p) => `${p.file}:${p.line} ${p.message}`), []);
  });

  it('reports each forbidden import of a bad core module (fixture)', async () => {
    const unignored = new ESLint({ cwd: REPO, ignore: false });
    const found = layerProblems(await unignored.lintFiles(['test/fixtures/layers-bad/src/core/bad.ts']));
    assert.deepEqual(found.map((p) => p.line).sort((a, b) => a - b), [4, 5, 6, 7, 8, 10, 12, 16]);
    assert.ok(found.every((p) => /src\/core must not (import|load)/.test(p.message)), JSON.stringify(found));
  });

  it('knows type-only imports, re-exports, require and dynamic import', async () => {
    const lines = await lintAs(eslint, 'src/webview/x.ts', [
      "import type { A } from '../core/model';", // 1 fine: a type
      "import { type B, type C } from '../core/model';", // 2 fine: only types
      "import { type D, normalize } from '../core/text/normalize';", // 3 a value
      "export * from '../core/search/engine';", // 4 a value re-export
      "export type { E } from '../core/qa/types';", // 5 fine
      "const f = require('fs');", // 6
      "const g = import('../node/summit');", // 7
      "type H = typeof import('../core/model');", // 8 fine: a type position
      '// import k from "vscode";', // 9 fine: a comment
      'export { f, g, normalize };',
    ].join('\n'));
    assert.deepEqual(lines, [3, 4, 6, 7]);
  });

  it('applies the webview, protocol, node and vscode rules', async () => {
    assert.deepEqual(await lintAs(eslint, 'src/protocol.ts', [
      "import type { SearchHit } from './core/search/types';",
      "import { normalize } from './core/text/normalize';",
      "import { ROLES } from './core/model';",
      "import { HIT_KINDS } from './core/search/types';",
      "import { openSummit } from './node/summit';",
      'export type { SearchHit }; export { normalize, ROLES, HIT_KINDS, openSummit };',
    ].join('\n')), [2, 5]);
    assert.deepEqual(await lintAs(eslint, 'src/webview/app/main.ts', [
      "import type { SearchHit } from '../../core/search/types';",
      "import { parseHostMessage } from '../../protocol';",
      "import { el } from '../dom';",
      "import { normalize } from '../../core/text/normalize';",
      "import { readFile } from 'node:fs/promises';",
      "import * as vscode from 'vscode';",
      "import { openSummit } from '../../node/summit';",
      'export type { SearchHit }; export { parseHostMessage, el, normalize, readFile, vscode, openSummit };',
    ].join('\n')), [4, 5, 6, 7]);
    assert.deepEqual(await lintAs(eslint, 'src/node/cli/x.ts', [
      "import * as fs from 'fs';",
      "import { search } from '../../core/search/engine';",
      "import * as vscode from 'vscode';",
      "import { x } from '../../vscode/service';",
      'export { fs, search, vscode, x };',
    ].join('\n')), [3, 4]);
    assert.deepEqual(await lintAs(eslint, 'src/vscode/x.ts', [
      "import type { ViewState } from '../webview/state';",
      "import { loadState } from '../webview/state';",
      "import { openSummit } from '../node/summit';",
      'export type { ViewState }; export { loadState, openSummit };',
    ].join('\n')), [2]);
  });

  it('keeps the webview\'s mutable state in its store (no module-level let, Map or Set)', async () => {
    assert.deepEqual(await lintAs(eslint, 'src/webview/x.ts', [
      'let count = 0;',
      'const byId = new Map<string, number>();',
      'const LABELS = { a: 1 } as const;',
      'export let last = 0;',
      'export function f(): number { let n = count + byId.size + LABELS.a + last; n++; return n; }',
    ].join('\n')), [1, 2, 4]);
  });
});
