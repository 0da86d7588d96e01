/**
 * Strategy: organisation + title + name (北京协和医院人工智能技术负责人李亚光, 院长胡章学,
 * 副主任 周恭伟). The title right before a name is the strongest sign of a person; the phrase
 * back to the clause start gives title and organisation.
 */
import { nameAt, occurrences } from './names';
import { DEPARTMENT_ENDINGS, DEPARTMENT_WORDS, FUNCTION_WORD_SURNAMES, GROUP_TITLE_LEADS, formerMarkOf, simplifiedShadow, wordEndingAt } from '../../lang/zh';
import { HOST_POSTS } from '../../lang/zh/entities';
import { chainItemBefore, phraseBefore, postIn, qualifiedRoleEndingAt } from './context';
import type { Mention, TextView } from './types';

interface Post { organization: string; title: string }
interface Span { start: number; end: number }

/**
 * The person's post from the phrase before their name, read along a title chain:
 * - a post without an organisation takes the item before's (四川大学华西医院副院长、信息中心主任晏子谦);
 * - a former post (原…局长, or one whose organisation a former item gives) yields to the nearest
 *   item before it that is present and names an organisation (医学会会长、原卫生局党委书记、副局长陈某);
 * - a former post and no present one: the mark goes with the title (原局长), not the organisation;
 * - the event's host label is the part played, not a post: the item before gives the post
 *   (人大常委会副秘书长、新闻发布会主持人李某 is a 副秘书长; hosting is the role, roles.ts).
 */
function personPost(view: TextView, phrase: Span, floor: number): Post {
  const s = view.shadow;
  let post = postIn(view, phrase);
  let former = formerMarkOf(s.slice(phrase.start, phrase.end)) !== '';
  let item = chainItemBefore(s, phrase.start, floor);
  if (item && HOST_POSTS.some((w) => post.title.endsWith(w))) {
    const earlier = postIn(view, item);
    if (earlier.organization) return earlier;
  }
  if (!post.organization && item) {
    post = { ...post, organization: postIn(view, item).organization };
    former ||= formerMarkOf(s.slice(item.start, item.end)) !== '';
  }
  for (let hops = 0; former && item && hops < 4; hops++) {
    const earlier = postIn(view, item);
    if (earlier.organization && !formerMarkOf(s.slice(item.start, item.end))) return earlier;
    item = chainItemBefore(s, item.start, floor);
  }
  const mark = formerMarkOf(post.organization);
  return mark ? { organization: post.organization.slice(mark.length), title: mark + post.title } : post;
}

/**
 * A function word read as a surname after a title (企业CIO和行业专家们: 和 joins; 由市级专家来读:
 * 来 is the verb's): a name that starts with one counts only where the text writes it again.
 */
function functionWordAsSurname(s: string, c: Span): boolean {
  return FUNCTION_WORD_SURNAMES.has(s[c.start]) && occurrences(s, s.slice(c.start, c.end)) < 2;
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
  const org = simplifiedShadow(post.organization);
  const department = DEPARTMENT_ENDINGS.has(org[org.length - 1]) || DEPARTMENT_WORDS.includes(org);
  return department ? { organization: prev.organization, title: post.organization + post.title } : post;
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
      if (!c || c.end > line.end || functionWordAsSurname(s, c)) continue;
      const phrase = phraseBefore(s, role.end, floor);
      const post = listPost(s, out, phrase.start, personPost(view, phrase, floor));
      out.push({ start: c.start, end: c.end, evidence: 'title', ...post, phraseStart: phrase.start });
      i = c.end - 1;
      floor = c.end;
    }
  }
  return out;
}
