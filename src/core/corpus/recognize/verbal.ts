/**
 * Strategy: a name that opens a clause and is the subject of a speech or delivery verb
 * (陈晓明在致辞中指出, 胡建平表示, 据刘芳介绍, 王建军汇报了, 张伟主持). A name alone is
 * never enough: the verb must follow within the clause, after at most the usual filler.
 */
import { DELIVERY_VERB_LIST, statementVerbAt, wordStartingAt } from '../../lang/zh';
import { clauseStartAt, organisationBefore, SUBJECT_FILLER } from './context';
import { nameAt } from './names';
import type { Mention, TextView } from './types';

/** The verb the subject at s[from) takes, after filler, or undefined. */
export function verbAfter(s: string, from: number): { verb: string; start: number } | undefined {
  const rest = s.slice(from, from + 40);
  const filler = SUBJECT_FILLER.exec(rest)?.[0] ?? '';
  for (const skip of filler ? [filler.length, 0] : [0]) {
    const at = from + skip;
    const v = statementVerbAt(s, at) ?? wordStartingAt(DELIVERY_VERB_LIST, s, at);
    if (v) return { verb: v, start: at };
  }
  return undefined;
}

export function namesBeforeVerbs(view: TextView): Mention[] {
  const { shadow: s } = view;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      const c = nameAt(s, i);
      if (!c || c.weak || c.end > line.end) continue;
      // 西红柿投资有限公司赵某表示: an organisation written right before the name is theirs
      const opens = clauseStartAt(s, i, line.start);
      const org = opens ? undefined : organisationBefore(view, i, line.start);
      if (!opens && org === undefined) continue;
      const v = verbAfter(s, c.end);
      if (!v || v.start >= line.end) continue;
      // 说/称/谈 alone are too common as word parts; they count only before punctuation or 了/道.
      if (v.verb.length === 1 && !/[，,：:了道“「]/.test(s[v.start + 1] ?? '')) continue;
      const organization = org ? { organization: view.text.slice(org.start, org.end) } : {};
      out.push({ start: c.start, end: c.end, evidence: 'verb', ...organization, ...(v.verb === '主持' ? { role: 'host' as const } : {}) });
      i = c.end - 1;
    }
  }
  return out;
}
