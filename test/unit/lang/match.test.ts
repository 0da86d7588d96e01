import * as assert from 'node:assert/strict';
import { wordEndingAt, wordStartingAt } from '../../../src/core/lang/zh/match';

describe('lang/zh match: a word of a list at a position', () => {
  const list = ['常务副院长', '副院长', '院长', '主任'];
  it('finds the first word of the list (longest first) starting or ending at a position', () => {
    assert.equal(wordStartingAt(list, '由副院长主持', 1), '副院长');
    assert.equal(wordStartingAt(list, '由副院长主持', 2), '院长');
    assert.equal(wordEndingAt(list, '常务副院长李明', 5), '常务副院长');
    assert.equal(wordEndingAt(list, '信息中心主任', 6), '主任');
  });
  it('answers like a scan of the whole list at every position', () => {
    const text = '常务副院长和副院长、院长主任，主任院长';
    for (let i = 0; i <= text.length; i++) {
      assert.equal(wordStartingAt(list, text, i), list.find((w) => text.startsWith(w, i)), `start ${i}`);
      assert.equal(wordEndingAt(list, text, i), i > 0 ? list.find((w) => text.endsWith(w, i)) : undefined, `end ${i}`);
    }
  });
  it('finds nothing for Object.prototype names or an empty text', () => {
    assert.equal(wordStartingAt(list, 'constructor', 0), undefined);
    assert.equal(wordEndingAt(['constructor'], '', 0), undefined);
    assert.equal(wordStartingAt(list, '', 0), undefined);
  });
});
