/**
 * scripts/lib/optional-engine.mjs: `npm test` puts back nodejieba when npm dropped the optional
 * package (a fresh HOME has no nodedir, and headers cannot be downloaded here). Checked on
 * folders built for the test: where the running Node's headers are, and when nothing is needed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface OptionalEngine {
  hasNodejieba(root: string): boolean;
  nodeHeadersDir(execPath?: string): string | undefined;
  restoreNodejieba(root: string, env?: NodeJS.ProcessEnv): string | undefined;
}
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<OptionalEngine>;
const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('scripts/lib/optional-engine.mjs', () => {
  let lib: OptionalEngine;
  let tmp: string;
  before(async () => {
    lib = await importEsm(pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'optional-engine.mjs')).href);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-optional-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds the headers beside a Node binary (prefix/include/node/node.h), and none where they are missing', () => {
    fs.mkdirSync(path.join(tmp, 'with', 'bin'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'with', 'include', 'node'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'with', 'include', 'node', 'node.h'), '');
    assert.equal(lib.nodeHeadersDir(path.join(tmp, 'with', 'bin', 'node')), path.join(tmp, 'with'));
    assert.equal(lib.nodeHeadersDir(path.join(tmp, 'without', 'bin', 'node')), undefined);
  });

  it('tells whether nodejieba is installed, and does nothing when it is', () => {
    const root = path.join(tmp, 'checkout');
    fs.mkdirSync(path.join(root, 'node_modules', 'nodejieba'), { recursive: true });
    assert.equal(lib.hasNodejieba(path.join(tmp, 'nowhere')), false);
    fs.writeFileSync(path.join(root, 'node_modules', 'nodejieba', 'package.json'), '{}');
    assert.equal(lib.hasNodejieba(root), true);
    assert.equal(lib.restoreNodejieba(root), undefined);
  });

  it('says so in one line when the lockfile does not pin nodejieba', () => {
    const root = path.join(tmp, 'unlocked');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify({ packages: {} }));
    const line = lib.restoreNodejieba(root);
    assert.match(line ?? '', /not in package-lock\.json/);
    assert.ok(!line!.includes('\n'));
  });

  it('this checkout has nodejieba (npm test restored it if npm had dropped it)', () => {
    assert.equal(lib.hasNodejieba(ROOT), true);
  });
});
