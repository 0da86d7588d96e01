/**
 * scripts/lib/ascii-regex.mjs: the build step that makes the Node bundles pure ASCII. Every
 * regular expression literal with non-ASCII characters is rewritten with \uXXXX escapes and must
 * match exactly what it matched before (with and without the u flag, inside classes, identity
 * escapes, astral characters); strings and templates are left alone; the source map's columns
 * after each rewritten literal move with it. Fuzzed with fast-check (seeded).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import fc from 'fast-check';

interface Edit { line: number; end: number; delta: number }
interface AsciiRegex {
  escapeRegexLiteral(literal: string): string;
  asciiRegexLiterals(code: string): { code: string; edits: Edit[]; left: number };
  shiftMappings(mappings: string, edits: Edit[]): string;
}
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<AsciiRegex>;
const ROOT = path.join(__dirname, '..', '..', '..', '..');

const CHARS = ['ā', 'ü', '中', '据', '“', '😀', 'a', '|', '-', '.', '(', ')', '*', '?'];

describe('scripts/lib/ascii-regex.mjs', () => {
  let lib: AsciiRegex;
  before(async () => {
    lib = await importEsm(pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'ascii-regex.mjs')).href);
  });

  const run = (code: string): unknown => vm.runInThisContext(code);

  it('rewrites regular expressions only, to ASCII, and they match the same text', () => {
    const code = '(() => { const s = "中文"; const t = `据${1}`; return [/(ā|á)/g, /[据由]$/u, /\\ā/, /😀+/u, /[😀]/u, /ü/].map((r) => [r.flags, ' +
      '["ā", "á", "据", "由", "xā", "ü", "😀😀", "\\ud83d"].map((x) => x.replace(r, "#"))]).concat([[s, t]]); })()';
    const out = lib.asciiRegexLiterals(code);
    assert.equal(out.left, 13, 'strings and templates keep their characters (esbuild escapes those itself)');
    assert.match(out.code, /"中文"/);
    assert.deepEqual(run(out.code), run(code));
    assert.equal(out.edits.length, 6);
  });

  it('keeps matching the same strings for random patterns (fast-check, seeded)', () => {
    const piece = fc.constantFrom(...CHARS);
    const pattern = fc.array(fc.oneof(piece, piece.map((c) => `[${c}${CHARS[0]}]`), piece.map((c) => `${c}+`)), { minLength: 1, maxLength: 6 })
      .map((ps) => ps.join(''));
    fc.assert(fc.property(pattern, fc.constantFrom('', 'u', 'g', 'gu'), fc.array(fc.array(piece, { maxLength: 6 }).map((a) => a.join('')), { maxLength: 5 }),
      (body, flags, inputs) => {
        let re: RegExp;
        try { re = new RegExp(body, flags); } catch { return; }
        const literal = `/${body}/${flags}`;
        const escaped = lib.escapeRegexLiteral(literal);
        assert.doesNotMatch(escaped, /[^\x00-\x7f]/);
        const again = run(escaped) as RegExp;
        for (const x of inputs) assert.deepEqual(x.match(again), x.match(re), `${literal} → ${escaped} on ${x}`);
      }), { seed: 11, numRuns: 300 });
  });

  it('moves the source map columns after each rewritten literal', () => {
    // one line: three segments at columns 0, 10 and 40; a literal ending at column 20 grew by 15
    const mappings = 'AAAA,UAAU,8BAAE';
    const shifted = lib.shiftMappings(mappings, [{ line: 0, end: 20, delta: 15 }]);
    assert.equal(shifted, 'AAAA,UAAU,6CAAE');
    assert.equal(lib.shiftMappings(`${mappings};AACA`, [{ line: 1, end: 0, delta: 0 }]), `${mappings};AACA`);
  });
});
