// Every user-visible string exists in English and Simplified Chinese: the manifest's %keys%
// (package.nls*.json) and the runtime strings passed to vscode.l10n.t (l10n/bundle.l10n*.json).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'src'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

const root = repoRoot();
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as Record<string, string>;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The literal first arguments of vscode.l10n.t(...) calls in the extension's sources. */
function runtimeStrings(): string[] {
  const out = new Set<string>();
  for (const file of tsFiles(path.join(root, 'src', 'vscode'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
    assert.ok(!/l10n\.t\(\s*[`"]/.test(text), `${path.relative(root, file)}: use a single-quoted literal in l10n.t so it can be checked`);
  }
  return [...out];
}

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();

describe('localisation', () => {
  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    const keys = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the two manifest bundles have the same keys');
  });

  it('every vscode.l10n.t string is in l10n/bundle.l10n.json and has a Chinese translation with the same placeholders', () => {
    const strings = runtimeStrings();
    assert.ok(strings.length > 30);
    const en = readJson('l10n/bundle.l10n.json');
    const zh = readJson('l10n/bundle.l10n.zh-cn.json');
    for (const s of strings) {
      assert.equal(en[s], s, `l10n/bundle.l10n.json lacks ${JSON.stringify(s)}`);
      assert.ok(zh[s], `l10n/bundle.l10n.zh-cn.json lacks ${JSON.stringify(s)}`);
      assert.equal(placeholders(zh[s]), placeholders(s), `placeholders differ for ${JSON.stringify(s)}`);
      assert.ok(/[\u4e00-\u9fff]/.test(zh[s]) || s.length < 4, `not translated: ${JSON.stringify(s)}`);
    }
  });
});
