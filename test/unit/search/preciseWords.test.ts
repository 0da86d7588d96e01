/**
 * The precise-mode words read off the search-mode tokens (preciseFromSearch, used when an index
 * is built so each text is cut once) are the segmenter's own precise cut whenever a reading is
 * given: on the bundled summit's passages, and on generated strings over a small alphabet of
 * characters that make dictionary words and their sub-words repeat and overlap.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Segmenter } from '../../../src/core/segmenter';
import { preciseFromSearch, searchModeHoldsPreciseWords } from '../../../src/core/search/preciseWords';
import { normalizeText } from '../../../src/core/text/normalize';
import { bundledUserDictionary, loadBundledCorpus } from '../../../src/node/bundled';
import { segmenterFor } from '../segmenters/engines';

describe('precise words from search-mode tokens', function () {
  this.timeout(120000);
  let seg: Segmenter;

  before(async () => {
    seg = await segmenterFor('node-rs-jieba', bundledUserDictionary());
  });

  it('holds for the default segmenter only', () => {
    assert.ok(searchModeHoldsPreciseWords(seg.id));
    assert.ok(!searchModeHoldsPreciseWords('nodejieba@2.6.0+dict:00000000'));
  });

  it('gives the precise cut of every passage of the bundled summit', () => {
    let read = 0;
    for (const p of loadBundledCorpus().passages) {
      const text = normalizeText(p.text);
      const got = preciseFromSearch(text, seg.cutForSearch(text));
      if (got === undefined) continue;
      read++;
      assert.deepEqual(got, seg.cut(text), text);
    }
    assert.ok(read > 40, `only ${read} passages were read`);
  });

  it('never gives another cut than the precise one (generated text)', () => {
    const alphabet = [...'中华人民共和国医院信息中心数据云计算平台上海华山大学院长主任的了是在和 ，。abc12'];
    const text = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 60 }).map((cs) => cs.join(''));
    let read = 0;
    fc.assert(fc.property(text, (t) => {
      const got = preciseFromSearch(t, seg.cutForSearch(t));
      if (got !== undefined) { read++; assert.deepEqual(got, seg.cut(t)); }
    }), { seed: 20261201, numRuns: 2000 });
    assert.ok(read > 1000, `only ${read} of 2000 texts were read`);
  });

  it('reads every way search mode can write a short text back to its own words (exhaustive, two letters, up to 6)', () => {
    const subWords = (w: string) => [...[...Array(Math.max(0, w.length - 1))].map((_, i) => w.slice(i, i + 2)).filter(() => w.length > 2),
      ...[...Array(Math.max(0, w.length - 2))].map((_, i) => w.slice(i, i + 3)).filter(() => w.length > 3)];
    const cuts = (t: string): string[][] => (t === '' ? [[]] : [...Array(t.length)].flatMap((_, l) => cuts(t.slice(l + 1)).map((r) => [t.slice(0, l + 1), ...r])));
    const subsets = <T>(a: T[]): T[][] => [...Array(1 << a.length)].map((_, m) => a.filter((__, i) => (m >> i) & 1));
    const written = (words: string[]): string[][] => (words.length === 0 ? [[]] : subsets(subWords(words[0])).flatMap((g) => written(words.slice(1)).map((r) => [...g, words[0], ...r])));
    let cases = 0;
    for (let n = 1; n <= 6; n++) {
      for (let m = 0; m < 1 << n; m++) {
        const t = [...Array(n)].map((_, i) => ((m >> i) & 1 ? 'A' : 'B')).join('');
        for (const words of cuts(t)) {
          for (const tokens of written(words)) {
            cases++;
            assert.deepEqual(preciseFromSearch(t, tokens), words, `${t}: ${tokens.join(',')}`);
          }
        }
      }
    }
    assert.ok(cases > 10000, `${cases} cases`);
  });

  it('gives no reading when the tokens do not tile the text', () => {
    assert.equal(preciseFromSearch('上海医院', ['上海']), undefined);
    assert.equal(preciseFromSearch('上海', ['上海', '医院']), undefined);
    assert.equal(preciseFromSearch('上海', ['', '上海']), undefined);
    assert.deepEqual(preciseFromSearch('', []), []);
  });

  it('tells a word with its sub-words from the same words standing alone', () => {
    // 华山医院 with its parts 华山, 医院 before it, against 华山 and 医院 as words of their own.
    assert.deepEqual(preciseFromSearch('华山医院', ['华山', '医院', '华山医院']), ['华山医院']);
    assert.deepEqual(preciseFromSearch('华山医院', ['华山', '医院']), ['华山', '医院']);
  });
});
