/**
 * `summit ask [QUESTION] [--json] [--segmenter ENGINE] [--corpus PATH] [--no-bundled]`
 *
 * Answers a question about the record with a span of the transcript, the sentence
 * that proves it, who said it and where. When the record does not answer it, says
 * so and shows the closest passages. With --json one object {question, type, answer,
 * confidence, evidence, alternatives}; with no QUESTION, one question per line on
 * standard input and one JSON object per line out, the engine loaded once.
 */
import { output } from '../output';
import { answerQuestion } from '../../../core/qa/answer';
import type { Answer, Evidence } from '../../../core/qa/types';
import { cliCacheDir } from '../../paths';
import { openForCommand } from '../opening';
import { parseOptions } from '../args';
import type { Command } from '../command';
import { answerEachLine, requireTextOrPipe } from '../lines';
import { reportProblems } from '../problems';
import { clean } from '../terminal';

const ALLOWED = ['--json', '--segmenter', '--corpus', '--no-bundled', '--cache', '--no-cache'];
/** Longer questions are cut to this many characters (the answer says so through the question it echoes). */
const MAX_QUESTION = 500;

export const askCommand: Command = {
  name: 'ask',
  usage: 'ask [QUESTION] [--json]',
  summary: 'answer a question with a span of the transcript and its evidence (no QUESTION: one per line on stdin, JSON Lines out)',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    requireTextOrPipe(opts, 'question');
    const summit = await openForCommand({ segmenter: opts.segmenter, bundled: opts.bundled, corpusPaths: opts.corpus, cacheDir: cliCacheDir(opts), onLateProblem: (p) => reportProblems([p]) });
    reportProblems(summit.problems);
    if (summit.corpora.length === 0) {
      output.err('summit: no transcript to question\n');
      return 1;
    }
    return answerEachLine<Answer>(opts, {
      answer: (q) => answerQuestion(summit.engine, q.slice(0, MAX_QUESTION)),
      human: formatAnswer,
      failed: (question, error) => ({ question, type: 'other', answer: null, confidence: 0, evidence: [], alternatives: [], error }),
    });
  },
};


function bold(s: string, tty: boolean): string {
  return tty ? `\x1b[1m${s}\x1b[22m` : `**${s}**`;
}

/** The evidence text around its highlights (at most ~`width` characters), with the highlights marked. */
export function excerpt(e: Evidence, tty: boolean, width = 140): string {
  const ranges = [...e.highlights].sort((a, b) => a[0] - b[0]);
  let from = 0;
  let to = e.text.length;
  if (e.text.length > width && ranges.length) {
    // centre on the first highlight that is the answer span (the longest), else the first
    const focus = ranges.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
    from = Math.max(0, Math.min(focus[0] - Math.floor(width / 3), e.text.length - width));
    to = Math.min(e.text.length, from + width);
  } else if (e.text.length > width) {
    to = width;
  }
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['【', '】'];
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const [s0, e0] of ranges) {
    const s = Math.max(s0, from);
    const end = Math.min(e0, to);
    if (end <= s || s < pos) continue;
    out += clean(e.text.slice(pos, s)) + open + clean(e.text.slice(s, end)) + close;
    pos = end;
  }
  out += clean(e.text.slice(pos, to));
  if (to < e.text.length) out += '…';
  return out;
}

function where(e: Evidence): string {
  return `${e.file}:${e.location.line}:${e.location.column}`;
}

export function formatAnswer(a: Answer, tty: boolean): string {
  const lines: string[] = [];
  const q = clean(a.question).trim();
  if (!q) return 'Nothing to answer: the question is empty.\n';
  if (a.answer === null) {
    lines.push(`The record does not answer “${q}”.`);
    if (a.evidence.length) {
      lines.push('', 'Closest passages:');
      a.evidence.forEach((e, i) => {
        lines.push(`  ${i + 1}. ${e.speaker ?? '—'} · ${where(e)}`);
        lines.push(`     ${excerpt(e, tty)}`);
      });
    }
    return lines.join('\n') + '\n';
  }
  lines.push(`${bold(clean(a.answer), tty)}   (${a.type}, confidence ${a.confidence.toFixed(2)})`);
  lines.push('', 'Evidence:');
  a.evidence.forEach((e, i) => {
    lines.push(`  ${i + 1}. ${e.speaker ?? '—'} · ${where(e)}`);
    lines.push(`     ${excerpt(e, tty)}`);
  });
  if (a.alternatives.length) lines.push('', `Other candidates: ${a.alternatives.map(clean).join(' · ')}`);
  return lines.join('\n') + '\n';
}
