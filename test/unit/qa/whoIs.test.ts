import * as assert from 'node:assert';
import { parsePlain } from '../../../src/core/corpus/plainParser';
import { answerQuestion } from '../../../src/core/qa/answer';
import { jiebaSegmenter } from './helpers';

/**
 * Questions about a person of a report the user brings: who they are, their post, where they
 * work. The segmenter knows none of the report's names (it is jieba's own dictionary here, as
 * the CLI's is the bundled summit's), and the posts stand in the report's usual places: before
 * the name, in a chain of posts, in brackets after it.
 */
describe('qa: who someone of a brought report is', function () {
  this.timeout(60000);
  const text = [
    '东川市第二人民医院网络安全工作会议纪要',
    '主持人：邬建平（院长）',
    '出席人：柯文婷（副院长）、屠静怡（医务部主任）',
    '嘉  宾：韩立峰   东川市人民政府副市长',
    '会议听取了信息中心主任蓝海生关于测评整改情况的汇报。',
    '市卫生健康委副主任、原西江市疾控中心主任潘晓岚出席会议并讲话。潘晓岚指出，数据治理要放在前面。',
    '柯文婷表示，医务部门将配合开展培训。蓝海生介绍，高风险问题已整改五项。',
  ].join('\n');
  const corpus = parsePlain(text, { id: 'file:minutes', file: 'minutes.txt' }).corpus!;
  const engine = { segmenter: jiebaSegmenter(), corpora: () => [corpus] };
  const ask = (q: string) => answerQuestion(engine, q).answer;

  it('answers X是谁 and 谁是X with the post before the name, a name the segmenter cuts apart kept whole', () => {
    assert.ok(!jiebaSegmenter().cut('蓝海生是谁').includes('蓝海生'), 'the segmenter alone does cut the name apart');
    assert.strictEqual(ask('蓝海生是谁？'), '信息中心主任', 'the post, not the clause before it (会议听取了…)');
    assert.strictEqual(ask('谁是蓝海生？'), '信息中心主任');
    assert.strictEqual(ask('蓝海生的职务是什么？'), '信息中心主任');
  });

  it('reads a post in brackets or a row after the name, and gives no post as where someone works', () => {
    assert.strictEqual(ask('柯文婷是谁？'), '副院长');
    assert.strictEqual(ask('邬建平是谁？'), '院长');
    assert.strictEqual(ask('韩立峰是谁？'), '东川市人民政府副市长', 'a programme row: the post after the name and its spaces');
    assert.strictEqual(ask('柯文婷在哪里工作？'), null, 'the report names no organisation of hers');
  });

  it('takes the present post of a chain, not the former one nearest the name', () => {
    assert.strictEqual(ask('潘晓岚是谁？'), '市卫生健康委副主任');
  });
  it('keeps a two-character name apart from the verb after it (东江晚报记者柯理说)', () => {
    const report = parsePlain('发布会举行。\n“问题很实在。”第一次采访发布会的东江晚报记者柯理说，她关心网速。\n', { id: 'file:pc', file: 'pc.txt' }).corpus!;
    const pc = { segmenter: jiebaSegmenter(), corpora: () => [report] };
    assert.strictEqual(answerQuestion(pc, '柯理是谁？').answer, '东江晚报记者');
  });
});
