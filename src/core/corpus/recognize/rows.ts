/**
 * Strategy: a programme row that gives the name first and the post after it, as press
 * conference transcripts list their guests (嘉宾：韩立峰 东川市人民政府市长, or a row of
 * its own under the label: 邓雅琴 临江区卫生健康局局长、临江区人民政府副区长). The line is
 * an optional label and colon, a name, white space, and a post that ends the line with a role
 * word; of several posts (joined by 、), the chain is read as before a name (posts.ts): the last
 * gives the title unless it is a rank, and the organisation of the one before stands in when the
 * last names none. A two-character name may be padded (许  伟). Pages
 * that set each part in a block of its own put the name alone on the line under the post.
 */
import { HAN, nameAt, nameEndingAt } from './names';
import { surnameLengthAt } from '../../lang/zh';
import { phraseBefore, roleEndingAt } from './context';
import { personPost } from './posts';
import type { Mention, TextView } from './types';

/** A label before the row's colon (嘉宾, 主持人, 嘉  宾): a few characters, no punctuation. */
const LABEL = /^[ \t\u3000]*[^\s，。；：:、]{1,4}(?:[ \t\u3000]+[^\s，。；：:、]{1,3})?[ \t\u3000]*[：:]/u;
/** What a post holds: no sentence punctuation (、 joins several posts). */
const POST_BREAK = /[，。！？；：:,.!?;“”「」（）()]/;
const SPACE = /[ \t\u3000\u00a0]/;
/** The longest post a row gives after the name. */
const POST_MAX = 40;

export function programmeRows(view: TextView): Mention[] {
  const out: Mention[] = [];
  let prev: { start: number; end: number } | undefined;
  for (const line of view.lines) {
    if (view.shadow.slice(line.start, line.end).trim() === '') continue;
    const m = rowAt(view, line) ?? stackedAt(view, line, prev);
    if (m) out.push(m);
    prev = line;
  }
  return out;
}

/**
 * A two-character name padded to the width of three (许  伟) as programme rows line names up:
 * a one-character surname, spaces, one Han character, then the white space before the post.
 */
function paddedName(s: string, at: number, end: number): { start: number; end: number; weak: boolean } | undefined {
  if (surnameLengthAt(s, at) !== 1) return undefined;
  let g = at + 1;
  while (g < end && g - at <= 3 && SPACE.test(s[g])) g++;
  if (g === at + 1 || g - at > 3 || !HAN.test(s[g] ?? '') || !SPACE.test(s[g + 1] ?? '')) return undefined;
  return { start: at, end: g + 1, weak: false };
}


/** A name alone on its line under a line that is only a post (国家卫生健康委新闻发言人 / 米某), as pages that set each part in a block of its own write a programme. */
function stackedAt(view: TextView, line: { start: number; end: number }, prev: { start: number; end: number } | undefined): Mention | undefined {
  if (!prev) return undefined;
  const s = view.shadow;
  const [at, end] = withoutSpaces(s, line.start, line.end);
  const c = nameAt(s, at, true);
  if (!c || c.end !== end) return undefined;
  return postMention(view, c, ...withoutSpaces(s, prev.start, prev.end));
}

/** [from, to) without the white space at either end. */
function withoutSpaces(s: string, from: number, to: number): [number, number] {
  while (from < to && SPACE.test(s[from])) from++;
  while (to > from && SPACE.test(s[to - 1])) to--;
  return [from, to];
}

/** The person a name gives with the post in s[from, end): undefined unless that is a post (no sentence punctuation, a role word at its end). */
function postMention(view: TextView, c: { start: number; end: number }, from: number, end: number): Mention | undefined {
  const s = view.shadow;
  if (end - from < 2 || end - from > POST_MAX || POST_BREAK.test(s.slice(from, end)) || !roleEndingAt(s, end)) return undefined;
  const { title, organization } = personPost(view, phraseBefore(s, end, from), from);
  return { start: c.start, end: c.end, evidence: 'title', title, organization };
}

function rowAt(view: TextView, line: { start: number; end: number }): Mention | undefined {
  const s = view.shadow;
  let at = line.start + (LABEL.exec(s.slice(line.start, Math.min(line.end, line.start + 16)))?.[0].length ?? 0);
  while (at < line.end && SPACE.test(s[at])) at++;
  const c = nameAt(s, at, true) ?? paddedName(s, at, line.end);
  if (!c || c.end >= line.end || !SPACE.test(s[c.end])) return undefined;
  return postMention(view, c, ...withoutSpaces(s, c.end, line.end));
}

/** Brackets that enclose a post after a name. */
const OPEN_BRACKET = /[（(]/g;
const CLOSE_OF: Record<string, string> = { '（': '）', '(': ')' };

/**
 * Strategy: a name with its post in brackets after it, as minutes, programmes and lists of
 * guests give it (主持人：韩立峰（院长）; 出席：邵启明（东川市卫生局局长）、许文静（护理部主任））.
 * The bracket must hold a post only: no sentence punctuation, a role word at its end.
 */
export function namesBeforeBracketedPosts(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  let li = 0;
  for (const open of s.matchAll(OPEN_BRACKET)) {
    const i = open.index;
    while (li < view.lines.length && view.lines[li].end <= i) li++;
    const line = view.lines[li];
    if (!line || i < line.start + 2) continue;
    const close = s.indexOf(CLOSE_OF[s[i]], i + 1);
    if (close < 0 || close > line.end || close - i > POST_MAX) continue;
    const c = nameEndingAt(s, i, line.start);
    const m = c && postMention(view, c, ...withoutSpaces(s, i + 1, close));
    if (m) out.push(m);
  }
  return out;
}
