import * as assert from 'node:assert';
import { analyzeQuestion, detectType } from '../../../src/core/qa/question';
import { jiebaSegmenter } from './helpers';

describe('qa/question: type from wording', () => {
  const cases: Array<[string, string]> = [
    ['谁是本次会议的主持人？', 'who'],
    ['哪位专家提出了这个观点？', 'who'],
    ['峰会是什么时候召开的？', 'when'],
    ['戴尔哪一年进入中国市场？', 'when'],
    ['会议何时举行', 'when'],
    ['峰会在哪里召开？', 'where'],
    ['会议在哪儿开', 'where'],
    ['混合云方案在哪家医院落地？', 'organization'],
    ['哪个机构是指导单位？', 'organization'],
    ['哪家公司开发了这个系统？', 'organization'],
    ['戴尔服务于多少家医疗机构？', 'quantity'],
    ['达到几个目标？', 'quantity'],
    ['现在在做第几期规划？', 'quantity'],
    ['三云指的是什么？', 'what'],
    ['有哪些使用场景？', 'what'],
    ['为什么要建设混合云？', 'why'],
    ['医院如何实现不用排队？', 'how'],
    ['医院上云正当时', 'other'],
  ];
  for (const [q, type] of cases) {
    it(`${q} → ${type}`, () => assert.strictEqual(detectType(q).type, type));
  }
});

describe('qa/question: anchors, measure and focus', () => {
  const seg = jiebaSegmenter(['医疗机构', '对外开放床位']);

  it('drops question words and particles, keeps content words in order', () => {
    const a = analyzeQuestion('戴尔目前服务于多少家医疗机构？', seg);
    assert.strictEqual(a.type, 'quantity');
    assert.strictEqual(a.measure, '家');
    assert.strictEqual(a.focus, '医疗机构');
    const words = a.words.map((w) => w.text);
    assert.ok(words.includes('戴尔'));
    assert.ok(words.includes('医疗机构'));
    for (const w of ['多少', '家', '于', '目前', '？']) assert.ok(!words.includes(w), `${w} should not be an anchor`);
  });

  it('keeps the speech verb after 谁 a word of its own, whatever jieba glues it to (谁说区女士… is not 说区)', () => {
    const words = analyzeQuestion('谁说区女士熟悉公营医疗的信息系统？', seg).words.map((w) => w.text);
    assert.ok(!words.includes('说区') && words.includes('女士'), words.join(' '));
    assert.ok(words.includes('熟悉') && words.includes('信息系统'), words.join(' '));
  });

  it('reads the measure word after 几 and the noun after 什么', () => {
    assert.strictEqual(analyzeQuestion('为了达到几个目标？', seg).measure, '个');
    const what = analyzeQuestion('GCSAS是什么系统？', seg);
    assert.strictEqual(what.type, 'what');
    assert.strictEqual(what.focus, '系统');
  });

  it('keeps quoted text whole and marks it quoted', () => {
    const a = analyzeQuestion('谁强调“医护体验始终是硬道理”？', seg);
    assert.deepStrictEqual(a.quoted, ['医护体验始终是硬道理']);
    assert.ok(a.words.some((w) => w.quoted && w.text === '医护体验始终是硬道理'));
  });

  it('marks frame words as soft and reads the role of a who-question', () => {
    const a = analyzeQuestion('谁是本次会议的主持人？', seg);
    assert.strictEqual(a.role, 'host');
    assert.ok(a.words.find((w) => w.text === '会议')?.soft);
  });

  it('normalises full-width text and trailing punctuation; works without a segmenter', () => {
    const a = analyzeQuestion('  ＧＣＳＡＳ是什么系统？？ ');
    assert.strictEqual(a.text, 'GCSAS是什么系统');
    assert.ok(a.words.some((w) => w.text === 'GCSAS'));
  });

  it('handles an empty question', () => {
    const a = analyzeQuestion('？？');
    assert.strictEqual(a.text, '');
    assert.strictEqual(a.words.length, 0);
  });
});
