/**
 * Minutes and official news let a body speak (会议指出，…; 会议决定：一、…). Such a sentence is
 * nobody's, even when it names a person (…由某某牵头), and so are the items a body's line opens,
 * set one per line under it (会议决定：, then 一、… 二、…). A person's own statement in the same
 * sentence still counts: the reader asks for speech first.
 */
import { BODY_FILLER_WORDS, COLLECTIVE_SUBJECTS, COLLECTIVE_VERBS, LIST_ITEM_MARK, statementVerbAt, wordStartingAt } from '../../lang/zh';

/** Words between a body and its verb: 会议还强调, 会议进一步明确. */
const BODY_FILLER = new RegExp(`^(?:${BODY_FILLER_WORDS.join('|')})?`);
const SPACE = /[ \t\u3000\u00a0]/;

/** Whether a body and its verb open s at i (会议指出, 会议一致同意, 大会还强调): the verb's end, else -1. */
export function collectiveAt(s: string, i: number): number {
  while (SPACE.test(s[i] ?? '')) i++;
  const mark = LIST_ITEM_MARK.exec(s.slice(i, i + 6));
  if (mark) i += mark[0].length;
  const body = wordStartingAt(COLLECTIVE_SUBJECTS, s, i);
  if (!body) return -1;
  let at = i + body.length;
  at += BODY_FILLER.exec(s.slice(at, at + 3))?.[0].length ?? 0;
  const verb = wordStartingAt(COLLECTIVE_VERBS, s, at) ?? statementVerbAt(s, at);
  return verb ? at + verb.length : -1;
}

/**
 * Per line, whether all of it is a body's: it opens with a body and its verb and a colon follows
 * the verb (会议决定：…), or it is an item (一、…) under such a line.
 */
export function collectiveLines(s: string, lines: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const l of lines) {
    const t = s.slice(l.start, l.end);
    if (open && LIST_ITEM_MARK.test(t)) { out.push(true); continue; }
    const verbEnd = collectiveAt(s, l.start);
    open = verbEnd >= 0 && verbEnd < l.end && /[：:]/.test(s[verbEnd]);
    out.push(open);
  }
  return out;
}
