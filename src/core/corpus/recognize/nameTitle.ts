/**
 * Strategy: name + title (胡章学院长表示, 李明教授) or + honorific (孟群同志). A name that opens a clause and is
 * followed right away by a role word is a person; the role word (with prefixes) is the title.
 */
import { HONORIFIC_LIST, ROLE_WORD_LIST } from '../../lang/zh';
import { clauseStartAt } from './context';
import { nameAt } from './names';
import type { Mention, TextView } from './types';

export function namesBeforeTitles(view: TextView): Mention[] {
  const { shadow: s, text } = view;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      if (!clauseStartAt(s, i, line.start)) continue;
      const c = nameAt(s, i);
      if (!c || c.weak || c.end > line.end) continue;
      const pre = /^(副|常务副|执行)/.exec(s.slice(c.end, c.end + 3))?.[0] ?? '';
      const role = ROLE_WORD_LIST.find((r) => s.startsWith(r, c.end + pre.length));
      if (!role) {
        if (HONORIFIC_LIST.some((h) => s.startsWith(h, c.end))) out.push({ start: c.start, end: c.end, evidence: 'name-title', title: '', organization: '' });
        continue;
      }
      out.push({ start: c.start, end: c.end, evidence: 'name-title', title: text.slice(c.end, c.end + pre.length + role.length), organization: '' });
      i = c.end - 1;
    }
  }
  return out;
}
