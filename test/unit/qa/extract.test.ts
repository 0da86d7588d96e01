import * as assert from 'node:assert';
import { findNumbers } from '../../../src/core/qa/extract/number';
import { extractDate } from '../../../src/core/qa/extract/date';
import type { ExtractInput } from '../../../src/core/qa/extract/candidate';
import { findNames } from '../../../src/core/qa/extract/place';
import { objectAfter } from '../../../src/core/qa/extract/span';
import { ANSWER_ORG_SUFFIXES, VENUE_SUFFIXES } from '../../../src/core/lang/zh/entities';
import { answerQuestion } from '../../../src/core/qa/answer';
import { corpusOf, jiebaSegmenter, speaker } from './helpers';

const spans = (text: string) => findNumbers(text).map((n) => text.slice(n.start, n.end));

describe('qa/extract: numbers', () => {
  it('keeps qualifiers, plus signs, units and measure words', () => {
    assert.deepStrictEqual(spans('已服务于中国的30多个省市、1700+医疗机构（其中包括500+三级及以上医院）'), ['30多个', '1700+', '500+', '三级']);
    assert.deepStrictEqual(spans('有不到20%的医院目前尚未尝试云平台的建设，只有区区4%的用户'), ['不到20%', '区区4%']);
    assert.deepStrictEqual(spans('保护着30PB+数据、2000+客户以及3000+业务系统'), ['30PB+', '2000+', '3000+']);
    assert.deepStrictEqual(spans('拥有年门急诊406万人次，4200张对外开放床位'), ['406万人次', '4200张']);
  });

  it('takes Chinese numerals only with a measure word, skips ranges and identifiers', () => {
    assert.deepStrictEqual(spans('主要是为了达到三个目标，即利用云平台'), ['三个']);
    assert.deepStrictEqual(spans('不在是0-1初始阶段，而是进入1-100快速发展阶段'), []);
    assert.deepStrictEqual(spans('联合主办方中国网（HC3i）'), []);
    assert.deepStrictEqual(spans('收集了百余份医疗行业用户的问卷反馈'), ['百余份']);
  });

  it('reads a share in tenths (三成, 近五成, 3成) but not an idiom or an adverb', () => {
    assert.deepStrictEqual(spans('投诉量下降了三成，近五成的医院已接入，另有3成以上在建'), ['三成', '近五成', '3成']);
    assert.deepStrictEqual(spans('流程一成不变，他八成是忘了'), []);
    assert.strictEqual(findNumbers('占九成五。')[0].measure, '成');
  });

  it('reads Chinese numerals with 多/余 and a magnitude as Arabic ones are read (七十多万剂 as 70多万剂)', () => {
    assert.deepStrictEqual(spans('今年已经接种了七十多万剂疫苗，另有三百余万份问卷'), ['七十多万剂', '三百余万份']);
    assert.deepStrictEqual(spans('接种了70多万剂疫苗'), ['70多万剂']);
  });

  it('counts months with 个月 and leaves a calendar month (4月8号) to dates', () => {
    assert.deepStrictEqual(spans('改革自4月8号实施，已有5个月'), ['5个月']);
  });

  it('keeps a counted number before an ASCII full stop, not a bare one', () => {
    assert.deepStrictEqual(spans('每年出具报告超过3万份.'), ['超过3万份']);
    assert.deepStrictEqual(spans('见第2.'), []);
  });

  it('marks years', () => {
    const ns = findNumbers('戴尔从1995年进入中国市场');
    assert.strictEqual(ns.length, 1);
    assert.ok(ns[0].year);
  });
});

describe('qa/extract: dates and planned times', () => {
  const dates = (text: string) => extractDate({ text, hits: [], analysis: { measure: null, text: '' } } as unknown as ExtractInput).map((c) => c.text).sort();
  it('reads calendar dates as before', () => {
    assert.deepStrictEqual(dates('会议于2019年5月18日上午在杭州开幕'), ['2019年5月18日上午']);
    assert.deepStrictEqual(dates('到2030年实现全覆盖'), ['2030年']);
  });
  it('reads the times a plan is given in: a relative year, a part of the year or month, a quarter, a bound', () => {
    assert.deepStrictEqual(dates('平台拟于后年3月前上线'), ['后年3月前']);
    assert.deepStrictEqual(dates('系统将在今年下半年试运行'), ['今年下半年']);
    assert.deepStrictEqual(dates('二期工程2026年底前完工'), ['2026年底前']);
    assert.deepStrictEqual(dates('预计第四季度投用，11月起收费'), ['11月起', '第四季度']);
    assert.deepStrictEqual(dates('年底前完成部署，8月中旬验收'), ['8月中旬', '年底前']);
  });
  it('reads a day written relative to the report with its date in brackets (今（12）日, 昨(8)日)', () => {
    assert.deepStrictEqual(dates('參訪團今（12）日走訪醫院，昨(8)日下午抵達'), ['今（12）日', '昨(8)日下午']);
  });
  it('does not take a year inside other words', () => {
    assert.deepStrictEqual(dates('这一年中变化很大，历时3个月'), []);
    assert.deepStrictEqual(dates('2018年6月中国数字医疗大会'), ['2018年6月']);
  });
});

describe('qa/extract: names of places and organisations', () => {
  it('starts a name after the word before it', () => {
    const t = '“2017中国医疗云技术领袖峰会”在上海齐鲁万怡大酒店召开';
    const names = findNames(t, VENUE_SUFFIXES).map((n) => t.slice(n.start, n.end));
    assert.ok(names.includes('上海齐鲁万怡大酒店'), names.join(','));
    const u = '同时还与复旦大学附属肿瘤医院合作，对数据进行处理';
    assert.ok(findNames(u, ANSWER_ORG_SUFFIXES).map((n) => u.slice(n.start, n.end)).includes('复旦大学附属肿瘤医院'));
  });
  it('never returns a bare suffix', () => {
    const t = '在医院信息化建设过程中';
    assert.ok(!findNames(t, ANSWER_ORG_SUFFIXES).map((n) => t.slice(n.start, n.end)).some((n) => n === '医院' || n === '在医院'));
  });
});

describe('qa/extract: open answers', () => {
  it('takes a definition after 即指 up to the clause end', () => {
    const t = '三云即指医疗云、健康云、影像云；三服务即指云管理、云社区、云医药';
    const r = objectAfter(t, 2)!;
    assert.strictEqual(t.slice(r[0], r[1]), '医疗云、健康云、影像云');
  });
  it('takes a quoted title whole', () => {
    const t = '共同探讨“大数据来袭，医院上云正当时”。';
    const r = objectAfter(t, 4)!;
    assert.strictEqual(t.slice(r[0], r[1]), '大数据来袭，医院上云正当时');
  });
  it('takes 第一…第五 points to the end of the sentence', () => {
    const t = '也提出了自己的几点思考：第一，适合云端的应用；第二，云端资源消耗与合理控制。';
    const r = objectAfter(t, t.indexOf('思考') + 2)!;
    assert.ok(t.slice(r[0], r[1]).startsWith('第一') && t.slice(r[0], r[1]).includes('第二'));
  });
  it('takes what a contrast names, not what it denies (不是A，而是B; 并非A，而在于B); a denial alone stays as it is', () => {
    const at = (t: string, after: string) => { const r = objectAfter(t, t.indexOf(after) + after.length)!; return t.slice(r[0], r[1]); };
    assert.strictEqual(at('核心系统上云，最难的不是技术，而是停机窗口。', '最难的'), '停机窗口');
    assert.strictEqual(at('关键并非投入，而在于管理的方式。', '关键'), '管理的方式');
    assert.strictEqual(at('最难的不是技术。', '最难的'), '不是技术');
  });
});

describe('qa/answer on sentences copied from the transcript', () => {
  const seg = jiebaSegmenter(['医疗机构', '张利俊', '郭旭升', '王力华', '混合云']);
  const speakers = [
    speaker('张利俊', '首席企业技术战略架构师', '戴尔'),
    speaker('郭旭升', '信息中心主任', '上海交通大学医学院附属仁济医院'),
    speaker('王力华', '信息中心副主任', '北京大学人民医院'),
    speaker('刘喻', '信息中心副主任', '无锡市人民医院', 'host'),
  ];
  const corpus = corpusOf([
    '本次会议上，邀请了无锡市人民医院信息中心副主任刘喻、戴尔首席企业技术战略架构师张利俊、北京大学人民医院信息中心副主任王力华等共话医疗云。',
    '戴尔从1995年进入中国市场开始，目前已服务于中国的30多个省市、1700+医疗机构（其中包括500+三级及以上医院）。',
    '上海交通大学医学院附属仁济医院信息中心主任郭旭升强调：“医护体验始终是硬道理”。',
    '在医院信息化建设过程中，混合云解决方案在北京大学人民医院落地，信息中心副主任王力华分享到：“起初进行混合云的尝试，主要是为了达到三个目标”。在不断的尝试中，王主任也提出了自己的几点思考：第一，适合云端的应用；第二，云端资源消耗与合理控制。',
  ], speakers);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('answers how-many with the number next to the noun', () => {
    const a = ask('戴尔服务于多少家医疗机构？');
    assert.strictEqual(a.type, 'quantity');
    assert.strictEqual(a.answer, '1700+');
    assert.ok(a.confidence > 0 && a.confidence <= 1);
    assert.ok(a.evidence[0].text.includes('1700+医疗机构'));
    const hl = a.evidence[0].highlights.map(([s, e]) => a.evidence[0].text.slice(s, e));
    assert.ok(hl.some((h) => h.includes('1700+')), hl.join(','));
  });
  it('answers who with the quote speaker and with the name after a title', () => {
    assert.strictEqual(ask('谁强调“医护体验始终是硬道理”？').answer, '郭旭升');
    assert.strictEqual(ask('谁是戴尔首席企业技术战略架构师？').answer, '张利俊');
    assert.strictEqual(ask('谁提出了几点思考？').answer, '王力华');
  });
  it('answers which hospital, and the count of goals', () => {
    assert.strictEqual(ask('混合云解决方案在哪家医院落地？').answer, '北京大学人民医院');
    assert.strictEqual(ask('王力华尝试混合云是为了达到几个目标？').answer, '三个');
  });
  it('answers null when the question names what the record lacks', () => {
    for (const q of ['峰会门票多少钱？', '阿里云在峰会上发布了什么？', '腾讯服务于多少家医疗机构？']) {
      const a = ask(q);
      assert.strictEqual(a.answer, null, `${q} → ${a.answer}`);
      assert.strictEqual(a.confidence, 0);
    }
  });
  it('answers how long someone has held a post with a number or null, never with the post', () => {
    const a = ask('王力华担任信息中心副主任多少年了？');
    assert.strictEqual(a.type, 'quantity');
    assert.strictEqual(a.answer, null, `${a.answer}`);
    assert.strictEqual(ask('郭旭升是哪一年担任信息中心主任的？').answer, null);
  });
  it('prefers, of two candidates that both fit fully, the one that fits better (the counted noun right after it)', () => {
    const c = corpusOf(['郭旭升表示：“我们已完成了150个系统的对接，正在对接的还有30个，预计今年年底将有约500个终端进行对接。”'], speakers);
    const a = answerQuestion({ segmenter: seg, corpora: () => [c] }, '预计今年年底将有多少个终端进行对接？');
    assert.strictEqual(a.answer, '约500个');
  });
  it('answers the count, not the scope a 中 clause sets (在全国200多家医院中，有18家…)', () => {
    const c = corpusOf(['在全国200多家参评医院中，上海共有18家入选，数量居全国首位。'], speakers);
    const ask2 = (q: string) => answerQuestion({ segmenter: seg, corpora: () => [c] }, q).answer;
    assert.strictEqual(ask2('上海共有多少家医院入选？'), '18家');
  });
  it('never throws on empty or huge input', () => {
    assert.strictEqual(ask('').answer, null);
    assert.strictEqual(ask('？！。').answer, null);
    const huge = ask('医院'.repeat(50000) + '有多少？');
    assert.ok(huge.answer === null || typeof huge.answer === 'string');
  });
});

describe('qa/extract: the question word next to its verb or adverb', () => {
  const seg = jiebaSegmenter(['星河医院', '陈主任']);
  const speakers = [speaker('陈明', '信息科主任', '星河医院')];
  const corpus = corpusOf([
    '星河医院陈明介绍，医院告别了纸质病历转向电子病历，在院区建设上，星河医院选择了分步上线模式。',
    '该系统从最初的试点版发展到了现在的全院版，一旦系统宕机，将需要厂商、科室、信息科三方共同处理。',
  ], speakers);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('takes the object right after the question verb over another clause naming the asked-for noun', () => {
    assert.ok((ask('星河医院告别了什么模式？').answer ?? '').startsWith('纸质病历'));
  });

  it('counts with the measure word 方 after 几', () => {
    assert.strictEqual(findNumbers('需要厂商、科室、信息科三方共同处理')[0]?.measure, '方');
    assert.strictEqual(ask('系统宕机时需要几方共同处理？').answer, '三方');
  });

  it('reads what follows a frame adverb such as 最初', () => {
    assert.ok((ask('该系统最初是什么版本？').answer ?? '').includes('试点版'));
  });
});
