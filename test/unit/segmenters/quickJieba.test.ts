/**
 * jieba's cut written in TypeScript over the dictionary file (core/jieba, lexiconFile.ts,
 * quickJieba.ts) against @node-rs/jieba itself: the same words, in both modes, on every
 * passage of the bundled summit and of the second fixture summit, on seeded random text mixing
 * corpus Chinese, rare ideographs, Latin, digits, punctuation, white space and astral
 * characters, and with user dictionaries that add, re-weight, repeat and zero words. And what
 * happens without a usable lexicon.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { JiebaCut } from '../../../src/core/jieba/cut';
import type { HmmModel } from '../../../src/core/jieba/lexicon';
import { bundledUserDictionary, loadBundledCorpus } from '../../../src/node/bundled';
import { lexiconDir, openHmm, openLexicon } from '../../../src/node/segmenters/lexiconFile';
import { loadNodeRsJieba, nodeRsJiebaId, nodeRsJiebaVersion } from '../../../src/node/segmenters/nodeRsJieba';
import { QUICK_MAX_UNITS, quickJieba } from '../../../src/node/segmenters/quickJieba';
import type { UserDictionary } from '../../../src/node/segmenters/userDict';
import type { Segmenter } from '../../../src/core/segmenter';

const stock = () => ({ version: nodeRsJiebaVersion(), dictBytes: fs.statSync(require.resolve('@node-rs/jieba/dict.txt')).size });

function cutterFor(userText: string): JiebaCut {
  const dir = lexiconDir();
  assert.ok(dir, 'the build wrote dist/jieba (scripts/lib/jieba-lexicon.mjs)');
  const lexicon = openLexicon(dir, userText, stock());
  assert.ok(lexicon, 'the lexicon opens');
  let model: HmmModel | undefined;
  return new JiebaCut(lexicon, () => (model ??= openHmm(dir)!));
}

/** A passage whose words change with jieba's total frequency. */
const PASSAGE = '项目的内容就是基于大数据云的服务，同时也将公有云和医院内部服务器打通';

const dictionary = (text: string): UserDictionary => ({ text, hash: `test-${text.length}` });

function sameWords(quick: { cut(t: string): string[]; cutForSearch(t: string): string[] }, native: Segmenter, text: string): void {
  assert.deepStrictEqual(quick.cut(text), native.cut(text), `cut ${JSON.stringify(text)}`);
  assert.deepStrictEqual(quick.cutForSearch(text), native.cutForSearch(text), `cutForSearch ${JSON.stringify(text)}`);
}

describe('jieba\'s cut over the dictionary file', function () {
  this.timeout(120_000);
  const bundled = bundledUserDictionary();
  const native = loadNodeRsJieba(bundled);
  const quick = cutterFor(bundled.text);

  it('gives @node-rs/jieba\'s words on every passage of the bundled summit and of a second summit', () => {
    const texts = loadBundledCorpus().passages.map((p) => p.text);
    const fixtures = ['second-summit.txt', 'qa-second-summit.txt'].map((f) => fs.readFileSync(path.join(__dirname, '../../../../test/fixtures', f), 'utf8'));
    texts.push(...fixtures.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== ''));
    assert.ok(texts.length > 60);
    for (const text of texts) sameWords(quick, native, text);
  });

  it('gives @node-rs/jieba\'s words on random text (seeded)', () => {
    const corpus = loadBundledCorpus().passages.map((p) => p.text).join('');
    const pieces = ['\r\n', '\r', '\n', ' ', '\t', '\u3000', 'a', 'Z', '5', '3.5', '%', '.', '-', '+', '#', '&', '_', '，', '。', '“', '”',
      '\u{20000}', '\u{2A6A5}', '\u3400', '\u9FA5', '\u9FD5', '\u9FD6', '\uF900', '\uFF10', 'é', '\u{1F600}', '·', '/', 'iPhone', '2017年', 'COVID-19', '5G', '95.5%'];
    const piece = fc.oneof(
      fc.nat({ max: corpus.length - 8 }).chain((at) => fc.integer({ min: 1, max: 8 }).map((n) => corpus.slice(at, at + n))),
      fc.constantFrom(...pieces),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }).map((p) => p.join('')), (text) => { sameWords(quick, native, text); }), { seed: 2026, numRuns: 3000 });
  });

  it('applies a user dictionary as jieba-rs does: new words, a frequency changed, a word repeated, a word of frequency 0, no frequency', () => {
    const user = ['谢桦明 50000', '混合云 3', '混合云 90000', '云端 0', '数据中台', '测试专用词 12 n', '  ', 'ABC 40'].join('\n');
    const n = loadNodeRsJieba(dictionary(user));
    const q = cutterFor(user);
    const texts = ['谢桦明说混合云和云端数据中台都是测试专用词', '云端云端的ABC数据中台', '混合云混合云上云端', '数据中台化'];
    for (const text of texts) sameWords(q, n, text);
    // A word so frequent that the total, and so every route's weighing, changes.
    const heavy = `${user}\n巨频词 100000000000`;
    const nh = loadNodeRsJieba(dictionary(heavy));
    assert.notDeepStrictEqual(nh.cut(PASSAGE), n.cut(PASSAGE), 'the total matters on this passage');
    sameWords(cutterFor(heavy), nh, PASSAGE);
  });

  it('is not opened from a damaged file or for another @node-rs/jieba', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-lexicon-'));
    try {
      const real = fs.readFileSync(path.join(lexiconDir()!, 'lexicon.bin'));
      fs.writeFileSync(path.join(dir, 'lexicon.bin'), real.subarray(0, real.length - 10));
      assert.strictEqual(openLexicon(dir, '', stock()), undefined, 'truncated');
      fs.writeFileSync(path.join(dir, 'lexicon.bin'), Buffer.from('not a lexicon at all'));
      assert.strictEqual(openLexicon(dir, '', stock()), undefined, 'garbage');
      fs.writeFileSync(path.join(dir, 'lexicon.bin'), real);
      assert.ok(openLexicon(dir, '', stock()), 'the same bytes open');
      assert.strictEqual(openLexicon(dir, '', { ...stock(), version: '0.0.1' }), undefined, 'another version');
      assert.strictEqual(openLexicon(dir, '', { ...stock(), dictBytes: 1 }), undefined, 'another dictionary');
      assert.strictEqual(openHmm(dir), undefined, 'no hmm.json');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('as the default segmenter: the id of @node-rs/jieba, short texts cut here, long ones by @node-rs/jieba', () => {
    let loads = 0;
    const front = quickJieba(bundled, nodeRsJiebaId(bundled), () => { loads++; return native; });
    assert.ok(front);
    assert.strictEqual(front.id, native.id);
    const passages = loadBundledCorpus().passages.map((p) => p.text).filter((t) => t.length <= QUICK_MAX_UNITS);
    for (const text of passages.slice(0, 30)) sameWords(front, native, text);
    assert.deepStrictEqual(front.cut(''), []);
    assert.strictEqual(loads, 0, 'no short text needed @node-rs/jieba');
    const long = passages.join('');
    assert.ok(long.length > QUICK_MAX_UNITS);
    assert.deepStrictEqual(front.cutForSearch(long), native.cutForSearch(long));
    const lone = '混合云\uD800数据';
    assert.deepStrictEqual(front.cut(lone), native.cut(lone), 'a lone surrogate goes to @node-rs/jieba');
    assert.strictEqual(loads, 1, '@node-rs/jieba is built once, for the long text');
  });
});
