import * as assert from 'node:assert/strict';
import { quoteCovering } from '../../../src/core/cite';
import { fixtureCorpus } from './fixture';

describe('cite: narrowing a sentence hit to its quote', () => {
  const corpus = fixtureCorpus();
  const sentence = corpus.passages[1]; // 周明远说道：“成本降了$30%，效率{翻倍}”。
  const at = (word: string): [number, number] => { const s = sentence.text.indexOf(word); return [s, s + word.length]; };

  it('matched words inside the quote give the quote', () => {
    assert.equal(quoteCovering(corpus, sentence, [at('成本'), at('效率')])?.id, 'q1');
  });

  it('a matched word outside the quote (the speaker\'s name) keeps the sentence', () => {
    assert.equal(quoteCovering(corpus, sentence, [at('周明远'), at('成本')]), undefined);
  });

  it('no highlights, no narrowing', () => {
    assert.equal(quoteCovering(corpus, sentence, []), undefined);
  });
});
