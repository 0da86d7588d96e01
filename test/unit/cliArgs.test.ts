/**
 * The CLI's option parser (node:util parseArgs underneath; issue 12 finding 7, issue 13): the
 * messages and exit codes of before, plus unknown short options and out-of-range numbers as
 * usage errors. Parser-level cases, then the real process for the exit code and the one line.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIMIT_RANGE, parseOptions, UsageError } from '../../src/node/cli/args';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEARCH = ['--json', '--segmenter', '--corpus', '--no-bundled', '--limit', '--speaker', '--cache', '--no-cache'];

function usage(argv: string[], allowed = SEARCH): string {
  try {
    parseOptions(argv, allowed);
  } catch (err) {
    assert.ok(err instanceof UsageError, `not a usage error: ${String(err)}`);
    return err.message;
  }
  assert.fail(`accepted: ${argv.join(' ')}`);
}

describe('CLI options (parseOptions)', () => {
  it('parses every option in both spellings, repeats --corpus, joins the words', () => {
    const o = parseOptions(['混合', '--limit', '5', '--json', '云', '--corpus=a', '--corpus', 'b', '--speaker', '谢桦',
      '--segmenter=nodejieba', '--no-bundled', '--cache', '/tmp/c', '--no-cache'], SEARCH);
    assert.deepEqual(o, { json: true, segmenter: 'nodejieba', corpus: ['a', 'b'], bundled: false, noCache: true,
      limit: 5, speaker: '谢桦', cacheDir: '/tmp/c', text: '混合 云' });
  });

  it('gives the defaults, no text without words, and an empty word as an empty text', () => {
    assert.deepEqual(parseOptions([], SEARCH), { json: false, segmenter: 'node-rs-jieba', corpus: [], bundled: true, noCache: false });
    assert.equal(parseOptions([''], SEARCH).text, '');
    assert.equal(parseOptions(['-'], SEARCH).text, '-');
  });

  it('takes everything after -- as words, dashes included', () => {
    assert.equal(parseOptions(['a', '--', '--json', '-x'], SEARCH).text, 'a --json -x');
    assert.equal(parseOptions(['a', '--', '--json'], SEARCH).json, false);
  });

  it('refuses unknown options, long and short, with the same message', () => {
    assert.equal(usage(['x', '--bogus']), 'unknown option --bogus');
    assert.equal(usage(['x', '--bogus=1']), 'unknown option --bogus');
    assert.equal(usage(['-x']), 'unknown option -x');
    assert.equal(usage(['q', '-abc']), 'unknown option -a');
    assert.equal(usage(['q', '-h']), 'unknown option -h');
  });

  it('refuses an option the command does not take', () => {
    assert.equal(usage(['x', '--limit', '3'], ['--json']), 'unknown option --limit');
  });

  it('says which value is missing or unwanted', () => {
    assert.equal(usage(['x', '--corpus']), '--corpus needs a value');
    assert.equal(usage(['x', '--speaker=']), '--speaker needs a value');
    assert.equal(usage(['x', '--json=yes']), '--json takes no value');
    assert.equal(usage(['x', '--no-bundled=1']), '--no-bundled takes no value');
    assert.match(usage(['x', '--segmenter', 'foo']), /^unknown segmenter "foo" \(choose node-rs-jieba or nodejieba\)$/);
  });

  it(`--limit is a whole number from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}`, () => {
    for (const ok of ['1', '30', '1000']) assert.equal(parseOptions(['x', '--limit', ok], SEARCH).limit, Number(ok));
    for (const bad of ['0', '-1', '2.5', 'abc', '1e2', '0x10', ' 5', '+5', 'Infinity', 'NaN']) {
      assert.equal(usage(['x', '--limit', bad]), `--limit needs a positive whole number, got "${bad}"`, bad);
    }
    for (const big of ['1001', '1000000000', '99999999999999999999']) {
      assert.equal(usage(['x', `--limit=${big}`]), `--limit is at most 1000, got "${big}"`, big);
    }
    assert.match(usage(['x', '--limit', '1e9']), /positive whole number, got "1e9"/);
  });
});

describe('CLI usage errors (the process)', function () {
  this.timeout(60000);
  before(() => {
    if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  const cases: string[][] = [
    ['search', 'x', '-x'],
    ['ask', '-q', '谁'],
    ['quotes', '-s', '谢桦'],
    ['search', 'x', '--limit', '1e9'],
    ['search', 'x', '--limit', '0'],
    ['search', 'x', '--limit', '-1'],
    ['search', 'x', '--limit', '2.5'],
    ['search', 'x', '--limit', 'abc'],
    ['quotes', '--limit', '5000'],
    ['cite', '混合云', '--limit', '0'],
    ['search', 'x', '--segmenter', 'foo'],
    ['search', 'x', '--bogus'],
  ];
  for (const args of cases) {
    it(`summit ${args.join(' ')} → exit 2, one line`, () => {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '' });
      assert.equal(r.status, 2, `${r.status}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^summit: (unknown option|--limit |unknown segmenter)/);
    });
  }
});
