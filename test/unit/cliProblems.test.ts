/** The CLI's problem lines: one per problem, and one line for the rest when many files share a message. */
import * as assert from 'node:assert/strict';
import { reportProblems } from '../../src/node/cli/problems';
import type { Problem } from '../../src/core/model';

function captured(run: () => void): string[] {
  const lines: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => { lines.push(String(chunk)); return true; }) as typeof process.stderr.write;
  try { run(); } finally { process.stderr.write = write; }
  return lines.join('').split('\n').filter(Boolean);
}

describe('CLI problem lines', () => {
  it('names the first files of a message many files share and counts the rest in one line', () => {
    const rebuilt: Problem[] = Array.from({ length: 100 }, (_, i) => ({ severity: 'warning', file: `t${i}.md`, message: 'index cache rebuilt (cache schema 4 is not 5)' }));
    const lines = captured(() => reportProblems([...rebuilt, { severity: 'error', file: 'bad.md', message: 'skipped: empty file' }, { severity: 'info', message: 'not shown' }]));
    assert.equal(lines.length, 5, lines.join('\n'));
    assert.ok(lines[0].includes('t0.md') && lines[2].includes('t2.md'));
    assert.ok(lines.some((l) => l.includes('bad.md') && l.includes('empty file')));
    assert.ok(lines.some((l) => /index cache rebuilt .* — and 97 more files$/.test(l)));
    assert.ok(!lines.some((l) => l.includes('not shown')));
  });

  it('prints every line when few files share a message', () => {
    const lines = captured(() => reportProblems([1, 2, 3].map((i) => ({ severity: 'warning' as const, file: `f${i}.md`, message: 'same' }))));
    assert.equal(lines.length, 3);
  });
});
