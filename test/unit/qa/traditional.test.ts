/** Question answering on Traditional text: read on its Simplified shadow, answered as the text writes it. */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { fold, shadowOf } from '../../../src/core/qa/text';
import { corpusOf, jiebaSegmenter, speaker } from './helpers';

describe('qa: Traditional Chinese through a Simplified shadow', function () {
  this.timeout(60000);
  const seg = jiebaSegmenter(['陳國華', '林美玲']);
  const corpus = corpusOf([
    '2022年10月15日，由臺灣醫院協會主辦的「智慧醫療論壇」在臺北國際會議中心舉行。',
    '臺大醫院資訊室主任陳國華說道：“醫院上雲之後，資料備份每個季度都要演練一次。”',
    '長庚醫院副院長林美玲表示：“我們已經為300家基層診所提供雲端服務。”',
  ], [speaker('陳國華', '資訊室主任', '臺大醫院'), speaker('林美玲', '副院長', '長庚醫院')]);
  const engine = { segmenter: seg, corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q);

  it('folds position for position', () => {
    const t = '臺大醫院資訊室主任陳國華';
    assert.strictEqual(shadowOf(t).length, t.length);
    assert.strictEqual(fold(t).length, t.length);
    assert.strictEqual(shadowOf('醫院上雲'), '医院上云');
  });

  it('answers a Traditional question in the Traditional script of the text', () => {
    assert.strictEqual(ask('誰說資料備份每個季度都要演練一次？').answer, '陳國華');
    assert.strictEqual(ask('林美玲為多少家基層診所提供雲端服務？').answer, '300家');
    const where = ask('論壇在哪裡舉行？');
    assert.strictEqual(where.answer, '臺北國際會議中心');
    assert.ok(where.evidence[0].text.includes('臺北國際會議中心'));
  });

  it('answers a Simplified question about Traditional text in the text\'s script', () => {
    assert.strictEqual(ask('谁说资料备份每个季度都要演练一次？').answer, '陳國華');
    assert.strictEqual(ask('论坛在哪里举行？').answer, '臺北國際會議中心');
  });

  it('reads 於 (于) as the 在 a where-question asks, before a venue verb such as 登場', () => {
    const other = corpusOf([
      '由臺中市醫師公會主辦的「基層醫療資訊展」，昨（8）日於臺中世貿展覽館登場，吸引三千人次參觀。',
      '臺中市醫師公會理事長邱志明表示，今年展出以雲端病歷為主。',
    ], [speaker('邱志明', '理事長', '臺中市醫師公會')]);
    const a = answerQuestion({ segmenter: jiebaSegmenter(['邱志明']), corpora: () => [other] }, '資訊展在哪裡登場？');
    assert.strictEqual(a.answer, '臺中世貿展覽館');
  });

  it('declines what the Traditional text does not say', () => {
    assert.strictEqual(ask('論壇的門票多少錢？').answer, null);
  });
});
