/**
 * The generated Traditional/Simplified tables (src/core/lang/zh/scriptTables.ts) are what
 * scripts/gen-script-tables.mjs computes from the installed opencc-js, and the language
 * module's answers through them are OpenCC's: a Simplified-only process never loads OpenCC.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { traditionalVariants } from '../../../src/core/lang/zh/script';
import { traditionalToSimplified } from '../../../src/core/text/normalize';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const GENERATED = path.join(ROOT, 'src', 'core', 'lang', 'zh', 'scriptTables.ts');

describe('lang/zh script tables generated from OpenCC', () => {
  it('are exactly what the generator computes from the installed opencc-js (run node scripts/gen-script-tables.mjs if not)', () => {
    const lib = pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'script-tables.mjs')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { scriptTablesModule } from ${JSON.stringify(lib)}; process.stdout.write(scriptTablesModule());`], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.readFileSync(GENERATED, 'utf8') === r.stdout, 'scriptTables.ts differs from what opencc-js gives now');
  });

  it('convert and vary as OpenCC does: 雲計算 → 云计算, 云 → 雲, Simplified text unchanged', () => {
    assert.equal(traditionalToSimplified('雲計算與資料庫'), '云计算与资料库');
    assert.equal(traditionalToSimplified('医院上云的混合云方案'), '医院上云的混合云方案');
    assert.ok(traditionalVariants('云').includes('雲'));
    assert.deepEqual(traditionalVariants('abc'), []);
  });

  it('a process that normalises Simplified text and builds the word lists never loads opencc-js', () => {
    const out = path.join(__dirname, '..', '..', '..');
    const script = `
      const { normalizeText } = require(${JSON.stringify(path.join(out, 'src', 'core', 'text', 'normalize.js'))});
      require(${JSON.stringify(path.join(out, 'src', 'core', 'lang', 'zh', 'surnames.js'))});
      normalizeText('医院上云的混合云方案，林晓东认为');
      const loaded = Object.keys(require.cache).some((f) => /[\\\\/]opencc-js[\\\\/]/.test(f));
      process.stdout.write(JSON.stringify({ loaded, trad: normalizeText('雲') }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as { loaded: boolean; trad: string };
    assert.equal(got.loaded, false, 'opencc-js was loaded for Simplified text');
    assert.equal(got.trad, '云');
  });
});
