/**
 * The V8 code cache of the CLI launcher (src/node/codeCache.ts, dist/cli.js): real processes,
 * real files in a temporary folder. A bundle run through the cache sees require, __filename,
 * __dirname and its exit code as under `require`; the cache is written once, then reused; a
 * damaged, foreign or truncated cache file is rewritten silently with the same output; the off
 * switches (no folder, --no-cache, SUMMIT_NO_CODE_CACHE=1, source maps) leave no file.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cacheVariant, CACHED_COMMANDS } from '../../src/node/cli/cacheVariant';
import { commands } from '../../src/node/cli/commands';
import { writeCache } from '../../src/node/codeCache';
import { testCacheHome } from './helpers/cacheHome';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MODULE = path.join(ROOT, 'out', 'src', 'node', 'codeCache.js');

const BUNDLE = `#!/usr/bin/env node
"use strict";
const os = require('os');
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
process.stdout.write(JSON.stringify({ file: __filename, dir: __dirname, os: typeof os.cpus, sum: work(1000),
  exports: module.exports === exports, resolved: require.resolve('./bundle.js') }) + '\\n');
process.exitCode = Number(process.env.BUNDLE_EXIT || 0);
`;

interface Run { status: number | null; stdout: string; stderr: string; outcome: string | undefined }

function outcomeOf(stderr: string): string | undefined {
  return /code cache (\w+)/.exec(stderr)?.[1];
}

describe('V8 code cache of the launcher', () => {
  let dir: string;
  let cacheDir: string;
  let bundle: string;
  let launcher: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-code-cache-'));
    cacheDir = path.join(dir, 'cache');
    bundle = path.join(dir, 'bundle.js');
    launcher = path.join(dir, 'launch.js');
    fs.writeFileSync(bundle, BUNDLE);
    fs.writeFileSync(launcher, `require(${JSON.stringify(MODULE)}).loadBundle(${JSON.stringify(bundle)}, {
      cacheDir: process.env.CACHE_DIR || undefined, report: (o) => process.stderr.write('code cache ' + o + '\\n') });\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string> = {}, nodeArgs: string[] = []): Run => {
    const r = spawnSync(process.execPath, [...nodeArgs, launcher], { encoding: 'utf8', env: { ...process.env, CACHE_DIR: cacheDir, ...env }, timeout: 60000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outcome: outcomeOf(r.stderr) };
  };
  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

  it('runs the bundle as a CommonJS module: require, __filename, __dirname, shebang, exit code', () => {
    const r = run({ BUNDLE_EXIT: '3' });
    assert.equal(r.status, 3, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { file: bundle, dir, os: 'function', sum: 2997, exports: true, resolved: bundle });
    const plain = spawnSync(process.execPath, [bundle], { encoding: 'utf8', env: { ...process.env, BUNDLE_EXIT: '3' } });
    assert.equal(plain.status, 3);
    assert.equal(r.stdout, plain.stdout);
  });

  it('writes the cache once, then reuses it without rewriting it', () => {
    const first = run();
    assert.equal(first.outcome, 'written');
    const files = cacheFiles();
    assert.equal(files.length, 1, `one cache file, no temporary file: ${files.join(', ')}`);
    const file = path.join(cacheDir, files[0]);
    const before = fs.readFileSync(file);
    const second = run();
    assert.equal(second.outcome, 'reused');
    assert.equal(second.stdout, first.stdout);
    assert.ok(fs.readFileSync(file).equals(before), 'a reused cache is not rewritten');
  });

  it('rewrites a garbage, truncated or foreign cache file silently, with the same output', () => {
    const clean = run();
    const file = path.join(cacheDir, cacheFiles()[0]);
    const good = fs.readFileSync(file);
    // A foreign cache in a valid frame: V8 itself rejects it (made for another source text).
    const other = new vm.Script('"use strict"; 1 + 1;').createCachedData();
    const damages: Array<[string, () => void]> = [
      ['garbage', () => fs.writeFileSync(file, Buffer.from('not a code cache at all'.repeat(50)))],
      ['truncated', () => fs.writeFileSync(file, good.subarray(0, good.length >> 1))],
      ['one byte flipped', () => { const b = Buffer.from(good); b[b.length - 10] ^= 0xff; fs.writeFileSync(file, b); }],
      ['foreign', () => assert.ok(writeCache(file, other))],
      ['empty', () => fs.writeFileSync(file, '')],
    ];
    for (const [what, damage] of damages) {
      damage();
      const r = run();
      assert.equal(r.status, 0, `${what}: ${r.stderr}`);
      assert.equal(r.outcome, 'rejected', `${what}: ${r.stderr}`);
      assert.equal(r.stdout, clean.stdout, what);
      assert.equal(r.stderr.trim(), 'code cache rejected', `${what}: nothing else is said`);
      assert.deepEqual(cacheFiles(), [path.basename(file)], `${what}: rewritten in place, no temporary file left`);
      assert.equal(run().outcome, 'reused', `${what}: the rewritten cache is used next time`);
    }
  });

  it('keys the cache by the bundle text: a changed bundle gets a new cache and the old one goes', () => {
    run();
    const old = cacheFiles();
    fs.writeFileSync(bundle, BUNDLE.replace('work(1000)', 'work(1001)'));
    const r = run();
    assert.equal(r.outcome, 'written');
    assert.equal(JSON.parse(r.stdout).sum, 3003);
    const now = cacheFiles();
    assert.equal(now.length, 1);
    assert.notDeepEqual(now, old);
    assert.match(now[0], /^bundle-[0-9a-f]{32}\.v8$/);
  });

  it('is off without a folder and with source maps enabled (plain require, stack traces mapped by Node)', () => {
    const none = run({ CACHE_DIR: '' });
    assert.equal(none.outcome, 'off');
    const maps = run({}, ['--enable-source-maps']);
    assert.equal(maps.outcome, 'off');
    assert.equal(maps.stdout, none.stdout);
    assert.deepEqual(cacheFiles(), []);
  });

  it('an unwritable cache folder only costs the cache: same output, exit code kept', () => {
    fs.writeFileSync(cacheDir, 'a file where the folder should be');
    const r = run({ BUNDLE_EXIT: '4' });
    assert.equal(r.status, 4);
    assert.equal(JSON.parse(r.stdout).sum, 2997);
    assert.equal(r.outcome, undefined, 'nothing written, nothing said');
    assert.equal(r.stderr, '');
  });
});

describe('dist/cli.js runs the CLI through the code cache', function () {
  this.timeout(120000);
  let home: string;
  // The launcher is a built file: build it when the checkout has none yet (as the other CLI tests do).
  before(() => { if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' }); });
  beforeEach(() => { home = fs.mkdtempSync(path.join(testCacheHome, 'launcher-')); });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  const cli = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8', timeout: 60000, env: { ...process.env, XDG_CACHE_HOME: home, SUMMIT_CODE_CACHE_TRACE: '1', SUMMIT_NO_CODE_CACHE: '', ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^summit: code cache \w+\n/m, ''), outcome: outcomeOf(r.stderr) };
  };
  const codeCache = () => path.join(home, 'summit-search', 'code-cache');
  const files = () => (fs.existsSync(codeCache()) ? fs.readdirSync(codeCache()) : []);

  it('writes, reuses and rewrites a damaged cache, with the same output and exit codes', () => {
    const first = cli(['bogus']);
    assert.equal(first.status, 2);
    assert.match(first.stderr, /^summit: unknown command "bogus"/);
    assert.equal(first.outcome, 'written');
    assert.equal(files().length, 1);
    const second = cli(['bogus']);
    assert.equal(second.outcome, 'reused');
    assert.deepEqual([second.status, second.stderr], [first.status, first.stderr]);
    fs.writeFileSync(path.join(codeCache(), files()[0]), 'garbage');
    const third = cli(['bogus']);
    assert.equal(third.outcome, 'rejected');
    assert.deepEqual([third.status, third.stderr], [first.status, first.stderr]);
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: summit/);
  });

  it('keeps one cache per command, side by side', () => {
    assert.deepEqual([...CACHED_COMMANDS].sort(), commands.map((c) => c.name).sort(), 'the launcher knows every command');
    assert.deepEqual([cacheVariant(['search', 'x']), cacheVariant(['bogus']), cacheVariant([])], ['search', 'other', 'other']);
    assert.equal(cli(['bogus']).outcome, 'written');
    const usage = cli(['search', '--limit', '0']);
    assert.equal(usage.status, 2);
    assert.equal(usage.outcome, 'written');
    const names = files().sort();
    assert.equal(names.length, 2, names.join(', '));
    assert.match(names[0], /^cliMain-other-[0-9a-f]{32}\.v8$/);
    assert.match(names[1], /^cliMain-search-[0-9a-f]{32}\.v8$/);
    assert.equal(cli(['bogus']).outcome, 'reused');
    assert.equal(cli(['search', '--limit', '0']).outcome, 'reused');
  });

  it('honours --no-cache and SUMMIT_NO_CODE_CACHE=1', () => {
    const off = cli(['bogus', '--no-cache']);
    assert.equal(off.outcome, 'off');
    assert.equal(off.status, 2);
    const env = cli(['bogus'], { SUMMIT_NO_CODE_CACHE: '1' });
    assert.equal(env.outcome, 'off');
    assert.equal(env.stderr, off.stderr);
    assert.deepEqual(files(), []);
  });
});
