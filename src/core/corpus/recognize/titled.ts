/**
 * Strategy: organisation + title + name (北京协和医院人工智能技术负责人李亚光, 院长胡章学,
 * 副主任 周恭伟). The title right before a name is the strongest sign of a person; the phrase
 * back to the clause start gives title and organisation.
 */
import { nameAt } from './names';
import { orgAndTitle, phraseBefore, roleEndingAt } from './context';
import type { Mention, TextView } from './types';

export function titledNames(view: TextView): Mention[] {
  const { shadow: s, text } = view;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      const role = roleEndingAt(s, i);
      if (!role) continue;
      const c = nameAt(s, i);
      if (!c || c.end > line.end) continue;
      const phrase = phraseBefore(s, role.end, line.start);
      const { organization, title } = orgAndTitle(text.slice(phrase.start, phrase.end), s.slice(phrase.start, phrase.end));
      out.push({ start: c.start, end: c.end, evidence: 'title', title, organization, phraseStart: phrase.start });
      i = c.end - 1;
    }
  }
  return out;
}
