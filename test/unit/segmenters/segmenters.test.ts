import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSegmenter } from '../../../src/node/segmenters';
import { fixtureUserDict } from '../search/fixture';
import { DOMAIN_TERMS, ENGINES, SUMMIT_NAMES, segmenterFor } from './engines';

const transcript = fs.readFileSync(path.join(__dirname, '../../../../corpus/summit-2017.txt'), 'utf8');
const dict = fixtureUserDict([...SUMMIT_NAMES, ...DOMAIN_TERMS]);

/** Start offsets of the tokens of `cut`, checking that they tile the text exactly. */
function tokenStarts(tokens: string[], text: string): Map<number, string> {
  const starts = new Map<number, string>();
  let pos = 0;
  for (const t of tokens) {
    assert.equal(text.slice(pos, pos + t.length), t, `token "${t}" is not at offset ${pos}`);
    starts.set(pos, t);
    pos += t.length;
  }
  assert.equal(pos, text.length, 'cut must cover the whole text');
  return starts;
}

for (const engine of ENGINES) {
  describe(`segmenter ${engine}`, function () {
    this.timeout(120000);

    it('loads (nodejieba is an installed optional dependency: a failure here is a real failure)', async () => {
      const seg = await segmenterFor(engine, dict);
      assert.ok(seg.cut('测试').length > 0);
    });

    it('has an id naming the engine, its version and the dictionary hash', async () => {
      const seg = await segmenterFor(engine, dict);
      assert.match(seg.id, new RegExp(`^${engine}@\\d+\\.\\d+\\.\\d+\\+dict:${dict.hash}$`));
    });

    it('keeps every speaker name and domain term whole, at every occurrence in the transcript', async () => {
      const seg = await segmenterFor(engine, dict);
      let occurrences = 0;
      for (const line of transcript.split('\n')) {
        const starts = tokenStarts(seg.cut(line), line);
        for (const word of [...SUMMIT_NAMES, ...DOMAIN_TERMS]) {
          for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            occurrences++;
            // The word is a token at its offset, or sits inside a longer token that contains it whole.
            const whole = starts.get(at) === word ||
              [...starts].some(([s, t]) => s <= at && at + word.length <= s + t.length && t.length > word.length);
            assert.ok(whole, `${word} at ${at} is split: ${JSON.stringify(seg.cut(line.slice(Math.max(0, at - 4), at + word.length + 4)))}`);
          }
        }
      }
      assert.ok(occurrences >= 80, `expected the transcript's ~84 occurrences, saw ${occurrences}`);
      for (const word of [...SUMMIT_NAMES, ...DOMAIN_TERMS]) assert.deepEqual(seg.cut(word), [word], word);
    });

    it('search mode adds the sub-words of long words', async () => {
      const seg = await segmenterFor(engine, dict);
      const words = seg.cutForSearch('上海华山医院');
      for (const w of ['华山', '医院', '上海华山医院']) assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`);
    });

    it('returns no tokens for the empty string', async () => {
      const seg = await segmenterFor(engine, dict);
      assert.deepEqual(seg.cut(''), []);
      assert.deepEqual(seg.cutForSearch(''), []);
    });

    it('a different dictionary gives a different id and different tokens, even when both are used alternately', async () => {
      const other = fixtureUserDict(['混合', '公有']);
      const a = await segmenterFor(engine, dict);
      const b = await segmenterFor(engine, other);
      assert.notEqual(a.id, b.id);
      // a, b, a: with nodejieba (one dictionary per process) each switch reloads.
      assert.deepEqual(a.cut('席与琛'), ['席与琛']);
      assert.notDeepEqual(b.cut('席与琛'), ['席与琛']);
      assert.deepEqual(a.cut('席与琛'), ['席与琛']);
    });
  });
}

describe('createSegmenter', () => {
  it('rejects an unknown engine with a clear message', async () => {
    await assert.rejects(createSegmenter('jieba-wasm', dict), /unknown segmenter "jieba-wasm".*node-rs-jieba or nodejieba/);
  });

  it('gives both engines the same tokens for the names and terms', async () => {
    const [a, b] = await Promise.all(ENGINES.map((e) => segmenterFor(e, dict)));
    const sample = '北京大学人民医院信息中心副主任王力华分享到：起初进行混合云的尝试，完成业务系统的容灾与备份；戴尔基础架构解决方案总监席与琛。';
    const keep = (t: string[]) => t.filter((w) => [...SUMMIT_NAMES, ...DOMAIN_TERMS].includes(w));
    assert.deepEqual(keep(a.cut(sample)), keep(b.cut(sample)));
  });
});
