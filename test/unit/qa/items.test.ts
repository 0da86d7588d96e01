import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { ordinalItems } from '../../../src/core/qa/extract/span';
import { corpusOf, jiebaSegmenter, speaker } from './helpers';

describe('qa/extract: enumerated items, titles, percentages, category lists', () => {
  it('picks item N of a 第一…第N enumeration', () => {
    const t = '他提出三点建议：第一，统一数据标准；第二，加强人才培养。第三，完善评估机制。';
    assert.deepStrictEqual(ordinalItems(t, '他的第二点建议是什么').map((c) => c.text), ['加强人才培养']);
    assert.deepStrictEqual(ordinalItems(t, '第三条建议是什么').map((c) => c.text), ['完善评估机制']);
    // 第一医院 is not an item marker
    assert.deepStrictEqual(ordinalItems('来自省立第一医院的专家', '第一点是什么'), []);
  });

  const seg = jiebaSegmenter(['陈明远', '数据中台', '检验科', '药剂科', '放射科']);
  const corpus = corpusOf([
    '本次论坛上，滨江健康研究会发布了《2018年度区域数据中台建设白皮书》，收集了八十份问卷。',
    '据统计，有35%的社区医院已经接入平台，而三级医院只有12%尚未接入。',
    '陈明远介绍，数据中台已经覆盖检验科、药剂科、放射科等部门。陈明远还提出了四点看法：第一，标准先行；第二，安全为本；第三，持续运营。第四，开放共享。',
  ], [speaker('陈明远', '主任', '滨江健康研究会')]);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('answers a 名称 question with the 《》 title headed by the asked noun', () => {
    assert.strictEqual(ask('白皮书的名称是什么？').answer, '2018年度区域数据中台建设白皮书');
  });

  it('reads 百分之多少 as a percentage question', () => {
    assert.match(ask('有百分之多少的社区医院已经接入平台？').answer ?? '', /35%/u);
  });

  it('reads on into the next sentence for a later item', () => {
    assert.strictEqual(ask('陈明远提出的第四点看法是什么？').answer, '开放共享');
  });

  it('lists members ending in the category character when the category noun is absent', () => {
    const a = ask('数据中台覆盖了哪些科室？');
    assert.match(a.answer ?? '', /检验科、药剂科、放射科/u);
    // no such list in the sentence: still null
    assert.strictEqual(ask('数据中台覆盖了哪些病区？').answer, null);
  });
});
