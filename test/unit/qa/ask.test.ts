/** `summit ask` end to end: the compiled CLI in a child process, over the bundled summit. */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { excerpt, formatAnswer } from '../../../src/node/cli/commands/ask';
import type { Answer } from '../../../src/core/qa/types';

const MAIN = path.join(__dirname, '../../../src/node/cli/main.js');

function summit(args: string[], input?: string) {
  return spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', timeout: 60000 });
}

describe('summit ask (CLI)', function () {
  this.timeout(60000);

  it('--json gives {question, type, answer, confidence, evidence, alternatives} with the span and its sentence', () => {
    const r = summit(['ask', '--json', '戴尔目前服务于多少家医疗机构？']);
    assert.strictEqual(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    for (const k of ['question', 'type', 'answer', 'confidence', 'evidence', 'alternatives']) assert.ok(k in a, k);
    assert.strictEqual(a.type, 'quantity');
    assert.strictEqual(a.answer, '1700+');
    const e = a.evidence[0];
    for (const k of ['text', 'speaker', 'location', 'highlights']) assert.ok(k in e, k);
    assert.strictEqual(e.speaker, '席与琛');
    assert.ok(e.highlights.some(([s, t]: [number, number]) => e.text.slice(s, t).includes('1700+')));
  });

  it('reads one question per line from stdin and writes one JSON object per line', () => {
    const r = summit(['ask'], '谁强调“医护体验始终是硬道理”？\n峰会门票多少钱？\n\nGCSAS是什么系统？\n');
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(lines.length, 4);
    assert.strictEqual(lines[0].answer, '郭旭升');
    assert.strictEqual(lines[1].answer, null);
    assert.strictEqual(lines[2].answer, null);
    assert.ok(lines[3].answer.includes('测序分析系统'));
  });

  it('human-readable: the answer in bold, the evidence with the span marked and its location', () => {
    const r = summit(['ask', '峰会在哪里召开？']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /\*\*上海齐鲁万怡大酒店\*\*/);
    assert.match(r.stdout, /【[^】]*上海齐鲁万怡大酒店[^】]*】/);
    assert.match(r.stdout, /corpus\/summit-2017\.txt:1:\d+/);
  });

  it('says plainly when the record does not answer, and shows the closest passages', () => {
    const r = summit(['ask', '阿里云在峰会上发布了什么？']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /does not answer/);
    assert.match(r.stdout, /Closest passages/);
  });

  it('rejects an unknown option with a one-line usage error (exit 2)', () => {
    const r = summit(['ask', '--limt', '3', '问题']);
    assert.strictEqual(r.status, 2);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
  });
});

describe('summit ask formatting', () => {
  const answer: Answer = {
    question: '问\u0007题', type: 'who', answer: '张三', confidence: 0.8, alternatives: ['李四'],
    evidence: [{ text: '甲'.repeat(200) + '张三说道', speaker: '张三', location: { line: 3, column: 5, offset: 10, length: 204 }, highlights: [[200, 202]], corpus: 'c', event: 'e', file: 'f.txt' }],
  };
  it('marks the span, keeps long evidence short around it, strips control characters', () => {
    const out = formatAnswer(answer, false);
    assert.match(out, /\*\*张三\*\*/);
    assert.match(out, /f\.txt:3:5/);
    assert.match(out, /Other candidates: 李四/);
    const ex = excerpt(answer.evidence[0], false);
    assert.ok(ex.startsWith('…') && ex.includes('【张三】'));
    assert.ok(ex.length < 160);
    assert.ok(!formatAnswer({ ...answer, answer: null }, false).includes('\u0007'));
  });
  it('uses ANSI bold on a terminal', () => {
    assert.ok(formatAnswer(answer, true).includes('\x1b[1m张三\x1b[22m'));
  });
});
