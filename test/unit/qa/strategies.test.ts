/**
 * Spec tests of the named QA strategies (qa/strategies.ts): each runs alone (`only`) on a small
 * hand-written corpus, and every registered strategy has a spec here.
 */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { RECORD_STRATEGIES, SENTENCE_STRATEGIES } from '../../../src/core/qa/strategies';
import { WHAT_STRATEGIES } from '../../../src/core/qa/extract/span';
import type { Corpus, Statement } from '../../../src/core/model';
import { corpusOf, jiebaSegmenter, speaker } from './helpers';

const seg = jiebaSegmenter(['孟庆远', '祁雪松', '白文清', '安澜医院', '云岭科技']);

const report = (): Corpus => {
  const c = corpusOf([
    '地  点：南岭宾馆二楼会议厅',
    '记录人：唐小雨',
    '出席领导：孟庆远、祁雪松',
    '2021年5月20日，由南岭市医学会主办、南岭市安澜医院承办的“智慧病房研讨会”在南岭宾馆召开。南岭市卫健委副主任孟庆远、安澜医院信息科科长祁雪松出席会议。',
    '孟庆远在致辞中指出，全市已有18家医院建成智慧病房，明年要覆盖所有二级医院。',
    '祁雪松表示，安澜医院的护理系统上线后，护士每天减少书写时间约1.5小时。',
    '会议由云岭科技总经理白文清主持，因为病房改造需要厂商配合，研讨会还邀请了三家厂商。',
    '白文清通过现场演示介绍了床旁交互终端。他说：“终端已在6个病区使用。”',
    '他要求，一、厂商驻场；二、每周巡检一次。',
  ], []);
  // the parser's statement of 他要求 (the pronoun stands for 白文清), stopped at the list's first item
  const start = c.text.indexOf('一、厂商');
  const end = c.text.indexOf('；', start);
  const passage = c.passages.find((p) => p.location.offset <= start && start < p.location.offset + p.text.length)!;
  const st: Statement = { id: 's1', text: c.text.slice(start, end), speaker: '白文清', verb: '要求', passage: passage.id, topics: [], location: { line: 9, column: 4, offset: start, length: end - start } };
  return { ...c, statements: [st] };
};

interface Spec { question: string; answer: string | null }

/** One spec per strategy name: the question asked with only that strategy, and the answer. */
const SPECS: Record<string, Spec[]> = {
  person: [{ question: '谁指出要覆盖所有二级医院？', answer: '孟庆远' }, { question: '谁说终端已在6个病区使用？', answer: '白文清' }],
  quantity: [{ question: '全市已有多少家医院建成智慧病房？', answer: '18家' }],
  date: [{ question: '研讨会在哪一天召开？', answer: '2021年5月20日' }],
  place: [{ question: '智慧病房研讨会在哪里召开？', answer: '南岭宾馆' }],
  organization: [{ question: '祁雪松来自哪家医院？', answer: '安澜医院' }],
  cause: [{ question: '研讨会为什么邀请了三家厂商？', answer: '病房改造需要' }],
  means: [{ question: '白文清如何介绍床旁交互终端？', answer: '现场演示' }],
  open: [{ question: '白文清介绍了什么终端？', answer: '床旁交互终端' }],
  'person-title': [{ question: '祁雪松担任什么职务？', answer: '信息科科长' }, { question: '祁雪松担任南岭市卫健委的什么职务？', answer: null }],
  organisers: [{ question: '研讨会由谁主办？', answer: '南岭市医学会' }, { question: '研讨会的承办单位是谁？', answer: '南岭市安澜医院' }],
  'event-date': [{ question: '研讨会是什么时候召开的？', answer: '2021年5月20日' }],
  'person-said': [{ question: '白文清要求了什么？', answer: '一、厂商驻场；二、每周巡检一次' }, { question: '白文清说了什么？', answer: null }, { question: '祁雪松要求什么？', answer: null }],
  'header-field': [{ question: '记录人是谁？', answer: '唐小雨' }, { question: '谁是记录人？', answer: '唐小雨' }, { question: '主持人是谁？', answer: null }, { question: '监票人是谁？', answer: null }, { question: '谁出席了会议？', answer: '孟庆远、祁雪松' }, { question: '谁列席了会议？', answer: null }],
  'event-venue': [{ question: '研讨会在哪里召开？', answer: '南岭宾馆二楼会议厅' }, { question: '孟庆远在哪里指出要覆盖所有二级医院？', answer: null }],
};

describe('qa strategies: each on its own spec', function () {
  this.timeout(60000);
  const corpus = report();
  const engine = { segmenter: seg, corpora: () => [corpus] };

  it('every registered strategy has a spec', () => {
    for (const s of [...SENTENCE_STRATEGIES, ...RECORD_STRATEGIES]) assert.ok(SPECS[s.name], `no spec for ${s.name}`);
    for (const s of [...SENTENCE_STRATEGIES, ...RECORD_STRATEGIES, ...WHAT_STRATEGIES]) {
      assert.ok(s.weight > 0 && s.weight <= 1, s.name);
      assert.ok(s.appliesTo.length > 0, s.name);
    }
  });

  for (const [name, specs] of Object.entries(SPECS)) {
    for (const spec of specs) {
      it(`${name}: ${spec.question} → ${spec.answer}`, () => {
        const a = answerQuestion(engine, spec.question, { only: [name] });
        if (spec.answer === null) assert.strictEqual(a.answer, null);
        else assert.ok(a.answer?.includes(spec.answer), `got ${a.answer}`);
      });
    }
  }

  it('finds a person the text names by a second post or dates by the day (同时也是…秘书长邵启明十二日表示)', () => {
    const c = corpusOf(['东川大学医学院院长，同时也是数字健康联盟秘书长邵启明十二日表示，数据互通是基础。'], []);
    const e = { segmenter: jiebaSegmenter(['邵启明']), corpora: () => [c] };
    assert.strictEqual(answerQuestion(e, '邵启明担任什么职务？').answer, '秘书长');
    assert.strictEqual(answerQuestion(e, '谁是数字健康联盟秘书长？').answer, '邵启明');
  });

  it('answers whole entities: a count is not the day of a date, a place is not cut from a longer name', () => {
    const c = corpusOf(['12日下午，中国医院协会在上海交通大学召开年会，共有300名代表参加。'], []);
    const e = { segmenter: seg, corpora: () => [c] };
    assert.ok(answerQuestion(e, '年会共有多少名代表参加？').answer?.startsWith('300'));
    assert.notStrictEqual(answerQuestion(e, '年会在哪里召开？').answer, '上海');
    const d = corpusOf(['12日下午，各区代表参加了年会。'], []);
    const count = answerQuestion({ segmenter: seg, corpora: () => [d] }, '有多少代表参加了年会？').answer;
    assert.ok(count === null || !count.startsWith('12'), `got ${count}`);
  });

  it('reads news as news writes it: a venue before a dressed verb, who a copula names, a word the question cut across, 场次', () => {
    const c = corpusOf([
      '2019年5月10日，“东川医院合作论坛”在南岭盛大启幕。',
      '论坛主席为东川医院协会副会长孟庆远、健康报社副总编辑祁雪松。',
      '再生医疗方面，东川荣总设立细胞治疗实验室，已为22名患者完成治疗。',
      '研讨会共有28场次、16部科参与。',
      '本届年会设有智慧管理、智慧检验、网络安全三大分会场。',
    ], []);
    const e = { segmenter: jiebaSegmenter(['孟庆远', '祁雪松']), corpora: () => [c] };
    assert.strictEqual(answerQuestion(e, '论坛在哪里举办？').answer, '南岭', 'in 在…盛大启幕 the venue stands before the adverb');
    assert.strictEqual(answerQuestion(e, '论坛主席是谁？').answer, '孟庆远', 'the list after 主席为');
    assert.strictEqual(answerQuestion(e, '东川荣总为多少名患者完成了治疗？').answer, '22名', 'the question cut 荣|总为; the record writes 荣总');
    assert.ok(answerQuestion(e, '研讨会共有多少场次？').answer?.includes('28场次'));
    assert.strictEqual(answerQuestion(e, '本届年会设有几大分会场？').answer, '三大', '几大 counts with 大');
    const f = corpusOf(['信息科柏文岳科长以《医院信息系统介绍》为题进行了讲述。', '南岭医院去年新建了5个智慧病区。'], []);
    const ef = { segmenter: jiebaSegmenter(['柏文岳']), corpora: () => [f] };
    assert.strictEqual(answerQuestion(ef, '柏文岳以什么为题进行了讲述？').answer, '《医院信息系统介绍》', 'the frame 以…为题 of the question');
    assert.ok(answerQuestion(ef, '南岭医院去年新建了几个智慧病区？').answer?.includes('5个'));
    assert.notStrictEqual(answerQuestion(ef, '南岭医院去年新建了五个什么？').answer, null, '五个 in the question, 5个 in the record');
    const y = corpusOf(['南岭医院的信息化起步较早，1995年就基于小型机构建了数据中心，2005年又对HIS进行了更新。'], []);
    assert.strictEqual(answerQuestion({ segmenter: seg, corpora: () => [y] }, '南岭医院哪一年构建了数据中心？').answer, '1995年', 'the year in the clause of the question\'s verb');
    const d = corpusOf(['7月5日，东川医院信息网络大会在南岭隆重召开。'], []);
    assert.strictEqual(answerQuestion({ segmenter: seg, corpora: () => [d] }, '大会在哪里召开？').answer, '南岭', 'the adverb (隆重) is no part of the place');
  });

  it('a statement of the parser attributes its sentence to its speaker', () => {
    const c = corpusOf(['会上，有专家谈到，基层影像诊断要靠远程协作来补短板。'], [speaker('邵雨晴', '主任', '某某医院', 'mentioned')]);
    const start = c.text.indexOf('基层');
    const end = c.text.indexOf('。');
    const st: Statement = { id: 's1', text: c.text.slice(start, end), speaker: '邵雨晴', verb: '谈到', passage: 'p1', topics: [], location: { line: 1, column: start + 1, offset: start, length: end - start } };
    const e = { segmenter: seg, corpora: () => [{ ...c, statements: [st] }] };
    assert.strictEqual(answerQuestion(e, '谁谈到基层影像诊断要靠远程协作？').answer, '邵雨晴');
  });

  it('over several files the evidence stays in the file the question names', () => {
    const a = corpusOf(['安澜医院信息科科长祁雪松表示，医院今年上线了12个智慧病区。'], [], 'test:a');
    const b = corpusOf(['云岭科技总经理白文清表示，公司今年上线了40个智慧病区。'], [], 'test:b');
    const e = { segmenter: seg, corpora: () => [a, b] };
    const ans = answerQuestion(e, '安澜医院今年上线了多少个智慧病区？');
    assert.strictEqual(ans.answer, '12个');
    assert.ok(ans.evidence.every((x) => x.corpus === 'test:a'));
  });
});
