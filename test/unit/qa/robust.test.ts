/**
 * Question answering under hostile input (issue 12): every Object.prototype name asked as a
 * question and found in the record, and sentences of 100 K characters of repeated openers.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { answerQuestion } from '../../../src/core/qa/answer';
import { trimRange } from '../../../src/core/qa/text';
import type { Corpus } from '../../../src/core/model';
import { corpusOf, jiebaSegmenter, speaker } from './helpers';

/** A corpus whose every line is one passage (the helper's sentence splitter is not meant for 100 K-character lines). */
function oneSentencePerLine(lines: string[]): Corpus {
  const c = corpusOf(['x'], []);
  let offset = 0;
  const passages = lines.map((text, i) => {
    const p = { id: `p${i + 1}`, text, speaker: null, section: 0, topics: [], location: { line: i + 1, column: 1, offset, length: text.length } };
    offset += text.length + 1;
    return p;
  });
  return { ...c, text: lines.join('\n'), passages };
}

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];

describe('qa: prototype names and pathological sentences', function () {
  this.timeout(60000);
  const seg = jiebaSegmenter();

  it('answers every Object.prototype name cleanly, as a question and as a word of the record', () => {
    const corpus = corpusOf([
      `会上，王立新表示，${PROTO_NAMES.join('、')}都是常见的词。`,
      '王立新还说道：“constructor 与 toString 都不是人名。”',
    ], [speaker('王立新', '主任', '某某医院')]);
    const engine = { segmenter: seg, corpora: () => [corpus] };
    for (const name of PROTO_NAMES) {
      for (const q of [name, `${name}是什么？`, `谁提到了${name}？`, `${name}有多少家？`, `${name}在哪里？`, `${name}哪家公司`]) {
        const a = answerQuestion(engine, q);
        assert.strictEqual(typeof a.type, 'string', q);
        assert.ok(a.answer === null || typeof a.answer === 'string', q);
        assert.ok(Array.isArray(a.evidence), q);
      }
    }
    assert.strictEqual(answerQuestion(engine, '谁提到了constructor？').answer, '王立新');
  });

  it('`ask constructor` through the built CLI exits 0', () => {
    const dist = path.join(__dirname, '../../../../dist/cli.js');
    const main = existsSync(dist) ? dist : path.join(__dirname, '../../../src/node/cli/main.js');
    for (const q of ['constructor', '__proto__', 'hasOwnProperty']) {
      const r = spawnSync(process.execPath, [main, 'ask', q], { encoding: 'utf8', timeout: 60000 });
      assert.strictEqual(r.status, 0, `${q}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /TypeError|at .*\.js/u);
    }
  });

  it('answers over 100 K characters of repeated openers (a hang guard, not a speed test)', () => {
    const corpus = oneSentencePerLine(['她说道：“'.repeat(20000), '“'.repeat(100000), '（“《'.repeat(33000)]);
    const engine = { segmenter: seg, corpora: () => [corpus] };
    const started = Date.now();
    for (const q of ['她说了什么？', '谁说道？', '她说了多少次？', '她在哪里说的？', '为什么说道？', '如何说道？', '哪家公司说道？', '什么时候说道？']) {
      const a = answerQuestion(engine, q);
      assert.ok(a.answer === null || a.answer.length <= 600, q);
    }
    assert.ok(Date.now() - started < 30000, `took ${Date.now() - started} ms`);
  });

  it('trims a range of 100 K opening marks in one pass and keeps marks balanced', () => {
    const t = '“'.repeat(100000);
    const started = Date.now();
    assert.deepStrictEqual(trimRange(t, 0, t.length), [t.length, t.length]);
    assert.ok(Date.now() - started < 5000);
    const s = '即“公有云+私有云”模式。';
    assert.strictEqual(s.slice(...trimRange(s, 1, 10)), '“公有云+私有云”');
    assert.strictEqual(s.slice(...trimRange(s, 1, 9)), '公有云+私有云');
    assert.strictEqual('《白皮书'.slice(...trimRange('《白皮书', 0, 4)), '白皮书');
  });
});
