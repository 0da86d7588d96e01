/**
 * The post a person holds, read from the phrase before their name (or after it, in a programme
 * row) along a chain of posts joined by 、.
 */
import { PROFESSIONAL_RANKS, formerMarkOf, simplifiedShadow } from '../../lang/zh';
import { HOST_POSTS } from '../../lang/zh/entities';
import { chainItemBefore, postIn } from './context';
import type { TextView } from './types';

export interface Post { organization: string; title: string }
interface Span { start: number; end: number }

/**
 * The person's post from the phrase before their name, read along a title chain:
 * - a post without an organisation takes the item before's (四川大学华西医院副院长、信息中心主任晏子谦);
 * - a former post (原…局长, or one whose organisation a former item gives) yields to the nearest
 *   item before it that is present and names an organisation (医学会会长、原卫生局党委书记、副局长陈某);
 * - a former post and no present one: the mark goes with the title (原局长), not the organisation;
 * - the event's host label is the part played, not a post: the item before gives the post
 *   (人大常委会副秘书长、新闻发布会主持人李某 is a 副秘书长; hosting is the role, roles.ts);
 * - a bare rank after a post is held with it, the post is the person's (研究所所长、教授某: 所长;
 *   副院长、主任医师、博士生导师某: 副院长); a rank at an organisation of its own is a second
 *   affiliation and stays the title (学会理事长、某大学教授某: 教授).
 */
export function personPost(view: TextView, phrase: Span, floor: number): Post {
  const s = view.shadow;
  let post = postIn(view, phrase);
  let former = formerMarkOf(s.slice(phrase.start, phrase.end)) !== '';
  let item = chainItemBefore(s, phrase.start, floor);
  if (item && HOST_POSTS.some((w) => post.title.endsWith(w))) {
    const earlier = postIn(view, item);
    if (earlier.organization) return earlier;
  }
  const held = item && !post.organization && heldRank(post.title) ? postBeforeRanks(view, item, floor) : undefined;
  if (held) return held;
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


/** A professional rank alone (教授, 主任医师, 博士生导师), which a chain lists after the post. */
function heldRank(title: string): boolean {
  return PROFESSIONAL_RANKS.has(simplifiedShadow(title));
}

/** The nearest item before a run of ranks that is a post (所长|、教授、博导): its organisation and title, or undefined. */
function postBeforeRanks(view: TextView, item: Span, floor: number): Post | undefined {
  for (let at: Span | undefined = item, hops = 0; at && hops < 4; at = chainItemBefore(view.shadow, at.start, floor), hops++) {
    const earlier = postIn(view, at);
    if (!heldRank(earlier.title)) return earlier.title ? earlier : undefined;
  }
  return undefined;
}
