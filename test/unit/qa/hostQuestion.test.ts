/**
 * A round table written for this test: the host asks a panelist a question in the words a user
 * would ask it with. The host's question is evidence of what was asked, never the answer.
 */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { jiebaSegmenter } from './helpers';

const ROUND_TABLE = [
  '---', 'event: 县域医共体圆桌', '---', '', '# 县域医共体圆桌', '', '## 圆桌｜庞书恒、宁晚舟', '',
  '**庞书恒**：请宁院长先说说，县域医共体建设最难的环节是什么？', '',
  '**宁晚舟**：我认为是数据的互联互通。乡镇卫生院的系统来自十几家厂商，接口标准不统一。', '',
  '**庞书恒**：那么基层最缺哪些人才？', '',
].join('\n');

describe('qa: a host\'s question in the record', function () {
  this.timeout(60000);
  const { corpus, problems } = parseTranscript(ROUND_TABLE, { id: 'ws:roundtable', file: 'roundtable.md' });
  assert.ok(corpus, JSON.stringify(problems));
  const engine = { segmenter: jiebaSegmenter(['庞书恒', '宁晚舟']), corpora: () => [corpus!] };

  it('gives the panelist the title the host addresses them by', () => {
    assert.strictEqual(corpus!.speakers.find((s) => s.name === '宁晚舟')?.title, '院长');
  });

  it('never answers with the interrogative of a question someone in the record asks', () => {
    for (const q of ['宁晚舟认为县域医共体建设最难的环节是什么？', '基层最缺哪些人才？']) {
      const answer = answerQuestion(engine, q).answer ?? '';
      assert.ok(!/什么|哪些/u.test(answer), `${q} → ${answer}`);
    }
  });
});
