/**
 * Answers a Markdown transcript gives through its structure (front matter, speaker headings)
 * rather than its prose, the people its prose names beside the headings, and question and
 * number wordings outside the first reports' (甚麼, 三分之一).
 */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { detectType } from '../../../src/core/qa/question';
import { normalizeQuestion } from '../../../src/core/qa/text';
import { findNumbers } from '../../../src/core/qa/extract/number';
import { parseMarkdown } from '../../../src/core/corpus/markdownParser';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { jiebaSegmenter } from './helpers';

const SALON = [
  '---',
  'title: 第二届华南医院数据治理沙龙',
  'date: 2025年3月8日',
  'venue: 广州白云国际会议中心三号厅',
  '---',
  '',
  '# 第二届华南医院数据治理沙龙',
  '',
  '## 开幕致辞',
  '',
  '广州市卫生健康委员会副主任岑慧敏到会致辞。她表示：“数据治理是医院高质量发展的底座。”',
  '',
  '## 主讲嘉宾：覃立山｜数据中心主任，中山大学附属第三医院',
  '',
  '覃立山介绍了医院主数据管理的做法。经过一年治理，重复的患者主索引减少了四分之三。',
  '',
  '覃立山提到，医院的老主任龚德和常说“数据要从源头管起”，这句话他一直记着。',
  '',
  '## 主讲嘉宾：韦嘉琪｜副院长，广西医科大学第一附属医院',
  '',
  '韦嘉琪认为，数据治理首先是管理问题，其次才是技术问题。下一期沙龙将在南宁举办。',
  '',
  '韦嘉琪回忆，当年的信息科科长蓝海峰对她说：“数据质量就是医疗质量，差一个字段都可能出事。”',
  '',
].join('\n');

describe('qa: what a Markdown transcript gives by its structure', function () {
  this.timeout(60000);
  const { corpus, problems } = parseMarkdown(SALON, { id: 'ws:salon', file: 'salon.summit.md' });
  assert.ok(corpus, JSON.stringify(problems));
  const engine = { segmenter: jiebaSegmenter(['覃立山', '韦嘉琪', '岑慧敏', '龚德和']), corpora: () => [corpus!] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('answers a speaker\'s title from the speaker heading when no sentence writes it', () => {
    assert.strictEqual(ask('覃立山担任什么职务？').answer, '数据中心主任');
    assert.strictEqual(ask('韦嘉琪担任什么职务？').answer, '副院长');
    // an organisation the heading does not give is no answer
    assert.strictEqual(ask('韦嘉琪担任中山大学的什么职务？').answer, null);
  });

  it('answers where the event took place from the front matter, and keeps another event\'s place apart', () => {
    const where = ask('沙龙在哪里举行？');
    assert.strictEqual(where.answer, '广州白云国际会议中心三号厅');
    assert.strictEqual(ask('本次会议在哪里召开？').answer, '广州白云国际会议中心三号厅');
    assert.strictEqual(ask('下一期沙龙在哪里举办？').answer, '南宁');
  });

  it('lists the official the prose of a section without a speaker names, with her quote', () => {
    const cen = corpus!.speakers.find((s) => s.name === '岑慧敏');
    assert.ok(cen, corpus!.speakers.map((s) => s.name).join(','));
    assert.strictEqual(cen!.title, '副主任');
    assert.strictEqual(cen!.organization, '广州市卫生健康委员会');
    const quote = corpus!.quotes.find((q) => q.text.includes('数据治理是医院高质量发展的底座'));
    assert.strictEqual(quote?.speaker, '岑慧敏');
    assert.strictEqual(ask('谁表示数据治理是医院高质量发展的底座？').answer, '岑慧敏');
  });

  it('lists a person a speaker mentions, the name whole before 和 + a speech verb', () => {
    const gong = corpus!.speakers.find((s) => s.name.startsWith('龚德'));
    assert.strictEqual(gong?.name, '龚德和');
    assert.strictEqual(gong?.role, 'mentioned');
    // the headings' people are not listed twice, nor the event's name as a person
    assert.strictEqual(corpus!.speakers.filter((s) => s.name === '覃立山').length, 1);
    assert.ok(!corpus!.speakers.some((s) => s.name.includes('沙龙')));
  });

  it('gives a quotation in a speaker\'s section to the person the sentence names before it', () => {
    const quote = corpus!.quotes.find((q) => q.text.includes('数据质量就是医疗质量'));
    assert.strictEqual(quote?.speaker, '蓝海峰');
    const own = corpus!.quotes.find((q) => q.text.includes('数据治理是医院高质量发展的底座'));
    assert.strictEqual(own?.speaker, '岑慧敏');
  });

  it('answers a share written as a fraction', () => {
    assert.strictEqual(ask('重复的患者主索引减少了多少？').answer, '四分之三');
  });
});

describe('qa: wordings of the genre beyond the first reports', () => {
  it('reads 甚麼 (Hong Kong and Taiwan) and 什麽 as 什么', () => {
    for (const q of ['醫管局明年會推出甚麼服務？', '他擔任甚麼職位', '什麽时候开始']) {
      const text = normalizeQuestion(q);
      assert.ok(text.includes('什么'), text);
    }
    assert.strictEqual(detectType(normalizeQuestion('會議在甚麼時候舉行')).type, 'when');
    assert.strictEqual(detectType(normalizeQuestion('為甚麼要推行電子病歷')).type, 'why');
    // 甚至 is no question word
    assert.strictEqual(normalizeQuestion('甚至'), '甚至');
  });

  it('finds fractions as shares, and leaves 百分之N to the percentage reading', () => {
    const spans = (t: string) => findNumbers(t).map((n) => t.slice(n.start, n.end));
    assert.deepStrictEqual(spans('时间缩短了三分之一'), ['三分之一']);
    assert.deepStrictEqual(spans('约4分之3的医院'), ['约4分之3']);
    assert.deepStrictEqual(spans('下降了百分之三十'), ['百分之三十']);
    assert.strictEqual(findNumbers('下降了百分之三十')[0].unit, '%');
    assert.deepStrictEqual(spans('分之'), []);
  });
});

describe('qa: a roundtable record with labelled blocks', function () {
  this.timeout(60000);
  const text = [
    '圆桌对话｜区域影像共享怎么走',
    '',
    '主持人：',
    '卢思雨  健康报记者',
    '',
    '对话嘉宾：',
    '伍启明  珠江医院信息科科长',
    '顾雪晴  岭南大学公共卫生学院教授',
    '',
    '卢思雨：先请伍科长谈谈，影像共享最难的是什么？',
    '伍启明：最难的是各家医院的影像标准不统一，我们花了一年时间做对齐。',
    '顾雪晴：我认为标准比工具更重要，标准定下来，工具才能跟上。',
  ].join('\n');
  const { corpus, problems } = parseTranscript(text, { id: 'ws:roundtable', file: 'roundtable.txt' });
  assert.ok(corpus, JSON.stringify(problems));
  const engine = { segmenter: jiebaSegmenter(['卢思雨', '伍启明', '顾雪晴']), corpora: () => [corpus!] };

  it('answers who chaired from a label alone on its line, the name on the line under it', () => {
    assert.strictEqual(answerQuestion(engine, '圆桌对话由谁主持？').answer, '卢思雨');
    assert.strictEqual(answerQuestion(engine, '谁主持了圆桌对话').answer, '卢思雨');
  });

  it('gives the guests of the block their part, and takes no verb said twice for a name', () => {
    const role = (n: string) => corpus!.speakers.find((s) => s.name === n)?.role;
    assert.strictEqual(role('伍启明'), 'panelist');
    assert.strictEqual(role('顾雪晴'), 'panelist');
    assert.strictEqual(role('卢思雨'), 'host');
    assert.ok(!corpus!.speakers.some((s) => s.name === '谈谈'), corpus!.speakers.map((s) => s.name).join(','));
  });
});
