import * as assert from 'node:assert';
import { parsePlain } from '../../../src/core/corpus/plainParser';
import { answerQuestion } from '../../../src/core/qa/answer';
import { jiebaSegmenter } from './helpers';

/**
 * A speech published on its own is all its speaker's, but it reports what others did: who did
 * what the question asks is the subject the sentence writes, not the one who speaks it.
 */
describe('qa: who did something a speech reports', function () {
  this.timeout(60000);
  const text = [
    '在全市医疗保障工作会议上的讲话',
    '西川市医疗保障局局长  温启明',
    '（2026年4月9日）',
    '同志们：',
    '刚才，钱慕白同志通报了一季度基金运行情况，我完全赞成。',
    '下面，我强调两点。第一，要守住基金安全底线。第二，要推进按病种付费改革。',
  ].join('\n');
  const corpus = parsePlain(text, { id: 'file:speech', file: 'speech.txt' }).corpus!;
  const engine = { segmenter: jiebaSegmenter(), corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q).answer;

  it('answers with the subject the speech names for the act, and with the speaker for what is said', () => {
    assert.strictEqual(corpus.passages.find((p) => p.text.includes('通报'))?.speaker, '温启明', 'the passage is the speaker\'s');
    assert.strictEqual(ask('谁通报了一季度基金运行情况？'), '钱慕白');
    assert.strictEqual(ask('谁强调要守住基金安全底线？'), '温启明');
  });
});
