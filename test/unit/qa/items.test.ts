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

describe('qa/extract: partners, infix descriptions, people lists', () => {
  const seg = jiebaSegmenter(['林晓峰', '周雅琴', '吴志强', 'MEDX', '圆桌论坛']);
  const corpus = corpusOf([
    '专注于影像数据的还有杭州远景数据科技有限公司。技术总监林晓峰讲道：该公司开发了MEDX影像归档系统，同时还与浙江省人民医院合作，共同建设区域影像中心。',
    '会议的圆桌论坛环节气氛热烈。宁波市第二医院信息科主任周雅琴、嘉兴市中医院信息科主任吴志强两位专家展开了讨论。',
  ], [speaker('林晓峰', '技术总监', '杭州远景数据科技有限公司'), speaker('周雅琴', '信息科主任', '宁波市第二医院', 'panelist'), speaker('吴志强', '信息科主任', '嘉兴市中医院', 'panelist')]);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('an organisation\'s partner is the organisation the sentence is about (该公司), not the person speaking', () => {
    assert.strictEqual(ask('浙江省人民医院和谁合作？').answer, '杭州远景数据科技有限公司');
  });

  it('the words the text puts between two adjacent question words describe the thing', () => {
    assert.match(ask('MEDX系统是做什么的？').answer ?? '', /影像归档/u);
  });

  it('有谁 asks for the whole list of people', () => {
    const a = ask('圆桌论坛的参与者有谁？').answer ?? '';
    assert.match(a, /周雅琴/u);
    assert.match(a, /吴志强/u);
  });
});

describe('qa: organisation roles, noun foci, coordinated answers', () => {
  const seg = jiebaSegmenter(['邓子健', '协办单位', '算力']);
  const corpus = corpusOf([
    '本次论坛由华东医学信息学会主办，协办单位为临安数据科技股份有限公司。',
    '邓子健解释道：“新平台补足了计算能力和存储能力，并统一了接口”。',
  ], [speaker('邓子健', '总监', '临安数据科技股份有限公司')]);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('X单位是谁 asks for an organisation', () => {
    const a = ask('论坛的协办单位是谁？');
    assert.strictEqual(a.type, 'organization');
    assert.match(a.answer ?? '', /临安数据科技/u);
  });

  it('哪些能力: a noun starting like a modal verb is still the noun, and the coordinated nouns come along', () => {
    assert.strictEqual(ask('新平台补足了哪些能力？').answer, '计算能力和存储能力');
  });
});

describe('qa: demonstratives point back to the answer', () => {
  const seg = jiebaSegmenter(['梁主任']);
  const corpus = corpusOf([
    '对于区域平台，梁主任也提出了推进中的难点，即数据质量问题和跨院授权问题，这两点问题亟待解决。',
  ], [speaker('梁文斌', '主任', '南湖医院', 'speaker', ['梁主任'])]);
  const engine = { segmenter: seg, corpora: () => [corpus] };

  it('哪两点问题 takes the 即-clause that 这两点问题 refers to', () => {
    assert.strictEqual(answerQuestion(engine, '梁主任认为哪两点问题亟待解决？').answer, '数据质量问题和跨院授权问题');
  });
});

describe('qa: short forms of known organisations', () => {
  const seg = jiebaSegmenter(['萧山医学院附属第二医院']);
  const corpus = corpusOf([
    '作为区域医疗中心的萧山医学院附属第二医院，建成了钱塘地区首个远程会诊中心。',
  ], [speaker('何嘉禾', '院长', '萧山医学院附属第二医院')]);
  const engine = { segmenter: seg, corpora: () => [corpus] };

  it('a short form whose characters run in order through one known organisation stands for it', () => {
    assert.match(answerQuestion(engine, '萧医二院建成了什么中心？').answer ?? '', /远程会诊中心/u);
    // a short form that fits no organisation is still absent
    assert.strictEqual(answerQuestion(engine, '萧医三院建成了什么中心？').answer, null);
  });
});

describe('qa: where-questions keep their preposition', () => {
  const seg = jiebaSegmenter(['起步']);
  const corpus = corpusOf(['本届论坛在滨湖会议中心举行，希望让区域健康平台从杭州的“小切口”起步。'], []);
  const engine = { segmenter: seg, corpora: () => [corpus] };

  it('从哪里起步 takes what stands between 从 and the verb, not the venue', () => {
    assert.match(answerQuestion(engine, '区域健康平台从哪里起步？').answer ?? '', /杭州的“小切口”/u);
  });
});
