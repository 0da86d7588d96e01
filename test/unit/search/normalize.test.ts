import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CLAUSE_ENDS, isSeparatorToken, normalize, normalizeText, toOriginalRange, traditionalToSimplified } from '../../../src/core/text/normalize';
import { isStopWord } from '../../../src/core/text/stopwords';

describe('normalize', () => {
  it('folds full-width letters and digits (NFKC) and case', () => {
    assert.equal(normalizeText('ＡＩ与ＧＣＳＡＳ２０１７'), 'ai与gcsas2017');
    assert.equal(normalizeText('Hybrid Cloud'), 'hybrid cloud');
  });

  it('converts Traditional to Simplified Chinese', () => {
    assert.equal(normalizeText('雲計算'), '云计算');
    assert.equal(normalizeText('混合雲'), '混合云');
    assert.equal(normalizeText('資料庫與災備'), '资料库与灾备');
  });

  it('leaves Simplified text unchanged', () => {
    const s = '上海华山医院信息中心主任黄虹介绍到';
    assert.equal(normalizeText(s), s);
  });

  it('turns punctuation into spaces of the same length, keeping + # . - in terms', () => {
    assert.equal(normalizeText('公有云、私有云。“云落地”'), '公有云 私有云  云落地 ');
    assert.equal(normalizeText('1700+医疗机构'), '1700+医疗机构');
    assert.ok(isSeparatorToken('，'));
    assert.ok(isSeparatorToken('  '));
    assert.ok(!isSeparatorToken('云'));
  });

  it('maps ranges of the normalised text back to the exact original characters', () => {
    const original = '（ＨＣ３ｉ）的混合雲方案';
    const n = normalize(original);
    assert.equal(n.text, ' hc3i 的混合云方案');
    const at = n.text.indexOf('混合云');
    const [s, e] = toOriginalRange(n, at, at + 3);
    assert.equal(original.slice(s, e), '混合雲');
    const h = n.text.indexOf('hc3i');
    const [hs, he] = toOriginalRange(n, h, h + 4);
    assert.equal(original.slice(hs, he), 'ＨＣ３ｉ');
  });

  it('keeps the map exact when a character expands (NFKC) or has combining marks', () => {
    const original = 'a㈱b e\u0301x';
    const n = normalize(original);
    assert.equal(n.starts.length, n.text.length + 1);
    const b = n.text.indexOf('b');
    assert.equal(original.slice(...toOriginalRange(n, b, b + 1)), 'b');
    const paren = n.text.indexOf('株');
    assert.equal(original.slice(...toOriginalRange(n, paren, paren + 1)), '㈱');
    const x = n.text.indexOf('x');
    assert.equal(original.slice(...toOriginalRange(n, x, x + 1)), 'x');
  });

  it('handles characters outside the BMP without splitting surrogate pairs', () => {
    const original = '𠀋混合云';
    const n = normalize(original);
    const at = n.text.indexOf('混合云');
    assert.equal(original.slice(...toOriginalRange(n, at, at + 3)), '混合云');
  });
});

describe('Traditional to Simplified, clause by clause', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- opencc-js's subpath has no CommonJS types
  const opencc = require('opencc-js/t2cn') as { Locale: unknown; Converter(o: { from: string; to: string }): (s: string) => string };

  /** Every entry key of opencc-js's Traditional → Simplified tables. */
  function keys(): string[] {
    const out: string[] = [];
    const visit = (d: unknown): void => {
      if (Array.isArray(d)) d.forEach(visit);
      else if (d && typeof d === 'object') Object.values(d).forEach(visit);
      else if (typeof d === 'string') for (const e of d.split('|')) if (e.indexOf(' ') > 0) out.push(e.slice(0, e.indexOf(' ')));
    };
    visit(opencc.Locale);
    return out;
  }

  it('ends clauses only at characters that no table entry holds', () => {
    const all = keys();
    assert.ok(all.length > 10000, 'the tables were read');
    for (const k of all) for (let i = 0; i < k.length; i++) assert.ok(!CLAUSE_ENDS.has(k.charCodeAt(i)), k);
  });

  it('converts a long text as the converter converts it whole', () => {
    const whole = opencc.Converter({ from: 'hk', to: 'cn' });
    const phrases = keys().filter((k) => k.length > 1).filter((_, i) => i % 97 === 0);
    const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom('雲', '計算', '著名', '乾隆', '後來', '资料', '医院', 'AI', '理髮', '，', '。', '\n', ' ', '、', '？'));
    fc.assert(fc.property(fc.array(piece, { minLength: 50, maxLength: 400 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(traditionalToSimplified(text), whole(text));
    }), { seed: 13, numRuns: 200 });
  });
});

describe('stop words', () => {
  it('drops function words but never content characters such as 大', () => {
    for (const w of ['的', '了', '和', '是', 'the', 'of']) assert.ok(isStopWord(w), w);
    for (const w of ['大', '云', '新', '高', '多', '数据', '医院']) assert.ok(!isStopWord(w), w);
  });
});

describe('normalizeText', () => {
  it('is normalize(x).text, without the offset map (seeded random text: Traditional, full-width, marks, astral, punctuation)', () => {
    const pieces = ['雲計算', '资料库', 'ＡＢＣ１２', 'é', 'e\u0301', '𠮷', '，', '。', '“', ' ', 'Hybrid', '台灣', '乾燥', '户', '温度', '英', '\u3000', 'ﬁ', '①', '臺北', '著名', '里'];
    let x = 20261201;
    const r = () => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 2 ** 32; };
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = Math.floor(r() * 8); k >= 0; k--) s += pieces[Math.floor(r() * pieces.length)];
      assert.equal(normalizeText(s), normalize(s).text, JSON.stringify(s));
    }
  });
});
