// Keeps the runtime layers apart: core is pure TypeScript, node is Node-only, the webview is
// browser-only, protocol.ts is shared types. See test/unit/helpers/layers.ts for the rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkLayers, findImports, layerOf } from './helpers/layers';

const REPO = path.resolve(__dirname, '..', '..', '..');

describe('layers', () => {
  it('src/ keeps every layer within its allowed imports', () => {
    const violations = checkLayers(path.join(REPO, 'src'));
    assert.deepEqual(violations.map((v) => `src/${v.file}:${v.line} "${v.specifier}": ${v.reason}`), []);
  });

  it('reports each forbidden import of a bad core module (fixture)', () => {
    const violations = checkLayers(path.join(REPO, 'test', 'fixtures', 'layers-bad', 'src'));
    const found = violations.sort((a, b) => a.line - b.line).map((v) => `${v.file}:${v.line} ${v.specifier}`);
    assert.deepEqual(found, [
      'core/bad.ts:4 vscode',
      'core/bad.ts:5 fs',
      'core/bad.ts:6 node:fs',
      'core/bad.ts:7 @node-rs/jieba',
      'core/bad.ts:8 ../node/bundled',
      'core/bad.ts:10 ../vscode/searchView',
      'core/bad.ts:12 os',
      'core/bad.ts:16 nodejieba',
    ]);
    assert.ok(violations.every((v) => v.reason.startsWith('src/core must not import')));
  });

  it('finds static, side-effect, re-export, require and dynamic imports, and knows type-only ones', () => {
    const refs = findImports([
      "import a from 'a';",
      "import type { B } from 'b';",
      "import { type C, type D } from 'c';",
      "import { type E, F } from 'e';",
      "import 'side-effect';",
      "export * from './star';",
      "export type { G } from './g';",
      "const h = require('h');",
      "const i = await import('i');",
      "type J = typeof import('j');",
      '// import k from "k";',
      '/* require("l") */',
    ].join('\n'));
    const seen = refs.map((r) => `${r.specifier}${r.typeOnly ? ':type' : ''}`).sort();
    assert.deepEqual(seen, ['./g:type', './star', 'a', 'b:type', 'c:type', 'e', 'h', 'i', 'j:type', 'side-effect']);
  });

  it('applies the webview, protocol and node rules', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), text);
      };
      write('protocol.ts', "import type { SearchHit } from './core/search/types';\nimport { normalize } from './core/text/normalize';\n");
      write('webview/main.ts', [
        "import type { SearchHit } from '../core/search/types';",
        "import { parseHostMessage } from '../protocol';",
        "import { el } from './dom';",
        "import { normalize } from '../core/text/normalize';",
        "import { readFile } from 'node:fs/promises';",
        "import * as vscode from 'vscode';",
        "import { openSummit } from '../node/summit';",
      ].join('\n'));
      write('node/cli.ts', "import * as fs from 'fs';\nimport { search } from '../core/search/engine';\nimport * as vscode from 'vscode';\nimport { x } from '../vscode/service';\n");
      const found = checkLayers(root).map((v) => `${v.file}:${v.line}`);
      assert.deepEqual(found.sort(), ['node/cli.ts:3', 'node/cli.ts:4', 'protocol.ts:2', 'webview/main.ts:4', 'webview/main.ts:5', 'webview/main.ts:6', 'webview/main.ts:7']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    const src = path.join(REPO, 'src');
    assert.equal(layerOf(src, path.join(src, 'protocol.ts')), 'protocol');
    assert.equal(layerOf(src, path.join(REPO, 'corpus', 'x.json')), 'other');
  });
});
