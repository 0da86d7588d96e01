/**
 * A hospital's news of a delegation's visit (written for this test): the delegation's list names
 * its organisation once (某医院副院长甲、院长助理乙), the page ends with the office that edited
 * it (责任编辑：宣传科), and the text dates the visit, never the posts.
 */
import * as assert from 'node:assert';
import { answerQuestion } from '../../../src/core/qa/answer';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { jiebaSegmenter } from './helpers';

const VISIT = [
  '临江市中心医院来我院交流智慧药房建设',
  '',
  '5月9日下午，临江市中心医院副院长闫慕白、药学部主任助理柯雨桐一行6人来我院考察交流。',
  '我院副院长段嘉树表示，智慧药房让患者取药等候时间缩短了一半。闫慕白表示，回去后将尽快启动本院的改造。',
  '段嘉树于2021年起任我院副院长，分管药学和信息化工作。',
  '段嘉树提到，医院的老院长蒲正清常说“药房要跟着病人走”，智慧药房正是这句话的落地。每个病区配备一名临床药师。',
  '',
  '责任编辑：宣传科',
].join('\n');

describe('qa: a delegation visit with its organisation named once', function () {
  this.timeout(60000);
  const { corpus, problems } = parseTranscript(VISIT, { id: 'ws:delegation', file: 'delegation.txt' });
  assert.ok(corpus, JSON.stringify(problems));
  const person = (name: string) => corpus!.speakers.find((s) => s.name === name);
  const engine = { segmenter: jiebaSegmenter(['闫慕白', '柯雨桐', '段嘉树', '蒲正清']), corpora: () => [corpus!] };

  it('gives the second member of the list the organisation the first one names', () => {
    assert.strictEqual(person('柯雨桐')?.organization, '临江市中心医院');
    assert.strictEqual(person('柯雨桐')?.title, '药学部主任助理');
  });

  it('reads no person in the office that edited the page', () => {
    assert.strictEqual(person('宣传科'), undefined, corpus!.speakers.map((s) => s.name).join(','));
  });

  it('dates taking a post only from a sentence that says so', () => {
    assert.strictEqual(answerQuestion(engine, '闫慕白什么时候担任副院长？').answer, null);
    assert.match(answerQuestion(engine, '段嘉树什么时候担任副院长？').answer ?? '', /2021年/);
  });

  it('gives a saying quoted right after 常说 to the one who says it, not to who recalls it', () => {
    assert.strictEqual(answerQuestion(engine, '谁常说“药房要跟着病人走”？').answer, '蒲正清');
  });

  it('counts nothing with a number that counts another noun in another measure', () => {
    assert.strictEqual(answerQuestion(engine, '医院有多少个病区？').answer, null);
    assert.match(answerQuestion(engine, '每个病区配备多少名临床药师？').answer ?? '', /一名/);
  });
});
