/**
 * Texts segmented together (batchCut.ts, used when an index is built) get exactly the tokens
 * each gets alone: generated mixes of Chinese, Latin letters, digits, spaces and punctuation, with
 * and without line breaks of their own, and the bundled summit's normalised passages.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Segmenter } from '../../../src/core/segmenter';
import { cutForSearchEach } from '../../../src/core/search/batchCut';
import { normalizeText } from '../../../src/core/text/normalize';
import { bundledUserDictionary, loadBundledCorpus } from '../../../src/node/bundled';
import { segmenterFor } from '../segmenters/engines';

describe('search-mode cuts of many texts at once', function () {
  this.timeout(120000);
  let seg: Segmenter;

  before(async () => {
    seg = await segmenterFor('node-rs-jieba', bundledUserDictionary());
  });

  it('gives each text the tokens it gets alone (generated texts)', () => {
    const alphabet = [...'中华人民共和国医院信息中心数据云计算平台上海华山的了是 ，。、“”abcAB12+#.-\t'];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join('')),
      fc.constantFrom('', ' ', '\n', '医院\n信息', '\r\n', 'a\rb'),
    );
    fc.assert(fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
      assert.deepEqual(cutForSearchEach(seg, texts), texts.map((t) => seg.cutForSearch(t)));
    }), { seed: 20261201, numRuns: 300 });
  });

  it('gives each passage of the bundled summit its own tokens', () => {
    const texts = loadBundledCorpus().passages.map((p) => normalizeText(p.text));
    assert.deepEqual(cutForSearchEach(seg, texts), texts.map((t) => seg.cutForSearch(t)));
  });

});
