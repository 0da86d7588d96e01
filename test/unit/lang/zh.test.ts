import * as assert from 'node:assert';
import fc from 'fast-check';
import {
  COMPOUND_SURNAMES, NOT_NAME_WORDS, ORG_SUFFIX_SET, PLACE_NAMES, ROLE_WORD_SET, STATEMENT_VERBS, SURNAMES,
  bothScripts, chinesePunctuation, isTraditional, simplifiedShadow, surnameOf, titleAt, traditionalVariants,
} from '../../../src/core/lang/zh';

describe('Chinese language module', () => {
  it('holds every list in both scripts, written once in Simplified', () => {
    for (const [set, simp, trad] of [
      [SURNAMES, '张', '張'], [COMPOUND_SURNAMES, '欧阳', '歐陽'], [ROLE_WORD_SET, '秘书长', '秘書長'],
      [ORG_SUFFIX_SET, '协会', '協會'], [STATEMENT_VERBS, '认为', '認為'], [PLACE_NAMES, '台湾', '臺灣'],
    ] as const) {
      assert.ok(set.has(simp), simp);
      assert.ok(set.has(trad), trad);
    }
  });

  it('never finds object-prototype keys (issue 12: lists are Sets, not plain objects)', () => {
    for (const set of [SURNAMES, COMPOUND_SURNAMES, ROLE_WORD_SET, ORG_SUFFIX_SET, STATEMENT_VERBS, PLACE_NAMES, NOT_NAME_WORDS]) {
      for (const k of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.strictEqual(set.has(k), false, k);
    }
    assert.strictEqual(surnameOf('constructor'), '');
  });

  it('derives Traditional variants from the OpenCC table and keeps the word itself out', () => {
    assert.ok(traditionalVariants('医院').includes('醫院'));
    assert.deepStrictEqual(traditionalVariants('主任'), []);
    assert.ok(bothScripts(['总经理']).has('總經理'));
  });

  it('gives a Simplified shadow of the same length, so offsets carry over', () => {
    const t = '臺北市立聯合醫院資訊室主任陳建華表示：「混合雲是必然選擇。」';
    const s = simplifiedShadow(t);
    assert.strictEqual(s.length, t.length);
    assert.ok(s.includes('陈建华表示'));
    assert.ok(isTraditional(t));
    assert.ok(!isTraditional('上海市卫计委信息中心主任谢桦表示'));
  });

  it('reads a title with its prefixes (常务副院长) and a compound surname', () => {
    assert.strictEqual(titleAt('常务副院长王五', 0), '常务副院长');
    assert.strictEqual(titleAt('王五', 0), undefined);
    assert.strictEqual(surnameOf('欧阳子健'), '欧阳');
    assert.strictEqual(surnameOf('李明'), '李');
  });
});

describe('lang/zh: surnames', () => {
  it('holds the frequent ones the first list missed, in both scripts (施, 洪, 赖/賴, 康, 文)', () => {
    for (const s of ['施', '洪', '赖', '賴', '康', '文']) assert.ok(SURNAMES.has(s), s);
  });
});

describe('lang/zh: ASCII marks used as Chinese punctuation', () => {
  it('turns them full-width next to Chinese text only, keeping the length', () => {
    assert.strictEqual(chinesePunctuation('他表示, 平台已接入38家医院. 魏佳(主任)说: 好!'), '他表示， 平台已接入38家医院。 魏佳（主任）说： 好！');
    for (const kept of ['存储2.6PB', '共1,500元', '10:30开始', 'e.g. ICU (intensive care)', '等等...', 'v2.0版']) assert.strictEqual(chinesePunctuation(kept), kept);
  });
  it('never changes the length or a character that is not one of the marks (any text)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'表示, .:;?!()a1 \n”国'.split('')), maxLength: 60 }), (text) => {
      const out = chinesePunctuation(text);
      assert.strictEqual(out.length, text.length);
      for (let i = 0; i < text.length; i++) if (!',.:;?!()'.includes(text[i])) assert.strictEqual(out[i], text[i]);
    }), { seed: 20261205, numRuns: 2000 });
  });
});
