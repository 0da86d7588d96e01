/**
 * The same QA code on a second, invented transcript (test/fixtures/qa-second-summit.txt:
 * other event, names and numbers, same conventions as the bundled one), parsed with no
 * curated data and searched through the real SearchEngine and jieba segmenter.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../../../src/core/corpus/reportParser';
import { buildUserDictionary } from '../../../src/core/corpus/dictionary';
import { SearchEngine } from '../../../src/core/search/engine';
import { answerQuestion } from '../../../src/core/qa/answer';
import type { Corpus } from '../../../src/core/model';
import { createSegmenter } from '../../../src/node/segmenters';

const FIXTURE = path.join(__dirname, '../../../../test/fixtures/qa-second-summit.txt');

describe('qa on a second transcript (same code, other event)', () => {
  let engine: SearchEngine;
  let corpus: Corpus;
  before(async () => {
    corpus = parseReport(fs.readFileSync(FIXTURE, 'utf8'), { id: 'test:qa-second', file: 'qa-second-summit.txt' });
    const segmenter = await createSegmenter('node-rs-jieba', buildUserDictionary(corpus.speakers, corpus.topics));
    engine = new SearchEngine(segmenter);
    engine.add(corpus);
  });

  const cases: Array<[string, string, string]> = [
    // question, expected type, a string the answer must contain
    ['论坛在哪里召开？', 'where', '广州白云国际会议中心'],
    ['论坛是什么时候召开的？', 'when', '2019年11月16日'],
    ['谁是本次论坛的主持人？', 'who', '赵敏'],
    ['谁是云瞻科技首席技术官？', 'who', '欧阳帆'],
    ['谁是中山大学附属第三医院信息中心副主任？', 'who', '林家豪'],
    ['谁说慧眼2.0已在12家医院试点？', 'who', '周博文'],
    ['哪些嘉宾参加了圆桌讨论？', 'who', '林家豪、何晓燕、欧阳帆'],
    ['全市有多少家医疗机构接入平台？', 'quantity', '268'],
    ['电子健康码发卡量超过多少张？', 'quantity', '1200万'],
    ['互联网医院累计服务患者多少人次？', 'quantity', '35万人次'],
    ['复诊处方占比是多少？', 'quantity', '62%'],
    ['佛山市妇幼保健院存储了多少影像数据？', 'quantity', '80TB'],
    ['云瞻科技为多少家医院提供云灾备服务？', 'quantity', '150余家'],
    ['慧眼2.0对宫颈癌筛查的准确率是多少？', 'quantity', '96%'],
    ['区域卫生信息平台覆盖全市多少个区？', 'quantity', '11个'],
    ['数据恢复时间缩短到多少分钟以内？', 'quantity', '15分钟'],
    ['中山大学附属第三医院在哪一年上线了线上复诊服务？', 'when', '2018'],
    ['云瞻科技将在哪个城市建设第二个数据中心？', 'where', '深圳'],
    ['哪家医院较早建设互联网医院？', 'organization', '中山大学附属第三医院'],
    ['欧阳帆是哪家公司的？', 'organization', '云瞻科技'],
    ['平台建设分为哪三个阶段？', 'what', '互联互通、数据治理、智能应用'],
    ['海康智医研究院发布了什么系统？', 'what', '病理影像辅助诊断系统'],
    ['何晓燕认为妇幼信息化的关键是什么？', 'what', '数据共享'],
    ['圆桌讨论的主题是什么？', 'what', '智慧医院的下一个五年'],
  ];
  for (const [q, type, want] of cases) {
    it(`${q} → ${want}`, () => {
      const a = answerQuestion(engine, q);
      assert.strictEqual(a.type, type);
      assert.ok(a.answer !== null && a.answer.includes(want), `got ${JSON.stringify(a.answer)}`);
      assert.ok(a.confidence > 0 && a.confidence <= 1);
      assert.ok(a.evidence.length >= 1);
      assert.strictEqual(a.evidence[0].corpus, 'test:qa-second');
      // the evidence is a real stretch of the transcript at its stated location
      const e = a.evidence[0];
      assert.strictEqual(corpus.text.slice(e.location.offset, e.location.offset + e.location.length), e.text);
    });
  }

  for (const q of ['论坛门票多少钱？', '阿里健康在论坛上发布了什么？', '谁是上海市卫计委信息中心主任？', '佛山市妇幼保健院有多少张床位？']) {
    it(`${q} → null (the record does not say)`, () => {
      const a = answerQuestion(engine, q);
      assert.strictEqual(a.answer, null, `got ${JSON.stringify(a.answer)}`);
      assert.strictEqual(a.confidence, 0);
    });
  }

  it('answers are spans of the transcript, never generated text', () => {
    for (const [q] of cases) {
      const a = answerQuestion(engine, q);
      assert.ok(a.answer !== null && corpus.text.includes(a.answer), `${q}: ${a.answer}`);
    }
  });
});
