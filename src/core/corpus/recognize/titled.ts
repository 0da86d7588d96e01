/**
 * Strategy: organisation + title + name (北京协和医院人工智能技术负责人李亚光, 院长胡章学,
 * 副主任 周恭伟). The title right before a name is the strongest sign of a person; the phrase
 * back to the clause start gives title and organisation.
 */
import { nameAt } from './names';
import { orgAndTitle, phraseBefore, roleEndingAt } from './context';
import type { Mention, TextView } from './types';

/**
 * Title chains (四川大学华西医院副院长、信息中心主任晏子谦): when the phrase follows a 、 and the
 * item before it is a title with no name of its own, that item's organisation is the person's.
 */
function chainOrganisation(view: TextView, phraseStart: number, floor: number): string {
  const s = view.shadow;
  if (s[phraseStart - 1] !== '、') return '';
  const end = phraseStart - 1;
  if (!roleEndingAt(s, end) || nameAt(s, end)) return '';
  const prev = phraseBefore(s, end, floor);
  return orgAndTitle(view.text.slice(prev.start, end), s.slice(prev.start, end)).organization;
}

export function titledNames(view: TextView): Mention[] {
  const { shadow: s, text } = view;
  const out: Mention[] = [];
  for (const line of view.lines) {
    let floor = line.start;
    for (let i = line.start; i < line.end; i++) {
      const role = roleEndingAt(s, i);
      if (!role) continue;
      const c = nameAt(s, i, true);
      if (!c || c.end > line.end) continue;
      const phrase = phraseBefore(s, role.end, floor);
      const found = orgAndTitle(text.slice(phrase.start, phrase.end), s.slice(phrase.start, phrase.end));
      const { title } = found;
      const organization = found.organization || chainOrganisation(view, phrase.start, floor);
      out.push({ start: c.start, end: c.end, evidence: 'title', title, organization, phraseStart: phrase.start });
      i = c.end - 1;
      floor = c.end;
    }
  }
  return out;
}
