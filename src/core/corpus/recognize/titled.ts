/**
 * Strategy: organisation + title + name (北京协和医院人工智能技术负责人李亚光, 院长胡章学,
 * 副主任 周恭伟). The title right before a name is the strongest sign of a person; the phrase
 * back to the clause start gives title and organisation.
 */
import { nameAt, occurrences } from './names';
import { COUNTED_PEOPLE_BEFORE, FUNCTION_WORD_SURNAMES, GROUP_TITLE_LEADS, simplifiedShadow, wordEndingAt } from '../../lang/zh';
import { isDepartmentName, phraseBefore, qualifiedRoleEndingAt } from './context';
import { personPost, type Post } from './posts';
import type { Mention, TextView } from './types';

interface Span { start: number; end: number }

/**
 * A function word read as a surname after a title (企业CIO和行业专家们: 和 joins; 由市级专家来读:
 * 来 is the verb's): a name that starts with one counts only where the text writes it again.
 */
function functionWordAsSurname(s: string, c: Span): boolean {
  return FUNCTION_WORD_SURNAMES.has(s[c.start]) && occurrences(s, s.slice(c.start, c.end)) < 2;
}

/** A name-like word after a counted title (两名工程师常驻合作…) that lists nobody: no list goes on after it and the text does not repeat it. */
function countedTitleGoesOn(s: string, roleStart: number, c: Span): boolean {
  if (!COUNTED_PEOPLE_BEFORE.test(s.slice(Math.max(0, roleStart - 6), roleStart))) return false;
  return !/^[、和及与]/u.test(s.slice(c.end, c.end + 1)) && occurrences(s, s.slice(c.start, c.end)) < 2;
}

/**
 * A delegation's list names the organisation once (云阳市第三人民医院副院长欧阳某、院长助理谭某,
 * …、药学部主任助理柯某): a post without an organisation, or with only a department of one, right
 * after the previous member and its 、, is a post of that member's organisation.
 */
function listPost(s: string, found: Mention[], phraseStart: number, post: Post): Post {
  const prev = found[found.length - 1];
  if (!prev?.organization || prev.end !== phraseStart - 1 || s[prev.end] !== '、') return post;
  if (!post.organization) return { organization: prev.organization, title: post.title };
  return isDepartmentName(simplifiedShadow(post.organization)) ? { organization: prev.organization, title: post.organization + post.title } : post;
}

export function titledNames(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  for (const line of view.lines) {
    let floor = line.start;
    for (let i = line.start; i < line.end; i++) {
      const role = qualifiedRoleEndingAt(s, i);
      if (!role || wordEndingAt(GROUP_TITLE_LEADS, s, role.start)) continue;
      const c = nameAt(s, i, true);
      if (!c || c.end > line.end || functionWordAsSurname(s, c) || countedTitleGoesOn(s, role.start, c)) continue;
      const phrase = phraseBefore(s, role.end, floor);
      const post = listPost(s, out, phrase.start, personPost(view, phrase, floor));
      out.push({ start: c.start, end: c.end, evidence: 'title', ...post, phraseStart: phrase.start });
      i = c.end - 1;
      floor = c.end;
    }
  }
  return out;
}
