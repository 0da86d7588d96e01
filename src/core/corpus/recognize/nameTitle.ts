/**
 * Strategy: name + title (胡章学院长表示, 李明教授) or + honorific (孟群同志). A name that opens a
 * clause, or follows an organisation (信息部甘霖主任, 教育部叶丙成政务次长), and is followed right
 * away by a title is a person; the title (with prefixes) and the organisation are as written.
 */
import { EVENT_VERB_LIST, HONORIFIC_LIST, ORG_SUFFIXES, ROLE_WORD_LIST, WORDS_FROM_A_TITLES_END, titleAt, wordEndingAt, wordStartingAt } from '../../lang/zh';
import { clauseStartAt, phraseBefore } from './context';
import { nameAt, type NameCandidate } from './names';
import type { Mention, TextView } from './types';

/** A department's ending right before a name and its title (急诊科孙某副主任). */
const DEPARTMENT_BEFORE_NAME: ReadonlySet<string> = new Set(['科']);

/** What continues a role word into an organisation's name: 委员|会, 理事|会, 董事|会. */
const ORG_CONTINUES = /[会]/;

/** The organisation that ends right before a name (教育部叶丙成…), from its clause start; undefined when none. */
function organisationBefore(view: TextView, at: number, lineStart: number): { start: number; end: number } | undefined {
  const s = view.shadow;
  // (a clinical department too: 急诊科孙某副主任, 肝胆外科冯某主任)
  if (!wordEndingAt(ORG_SUFFIXES, s, at) && !DEPARTMENT_BEFORE_NAME.has(s[at - 1])) return undefined;
  const phrase = phraseBefore(s, at, lineStart);
  let start = Math.max(phrase.start, at - 24);
  // Never back across a title, an event verb or a grammar word: 理事长|龙华科大, 欢迎|教育部, 主办的|明新科大,
  // 传达了|国务院; but a role word that an organisation ending continues is the organisation's (…委员会医政局),
  // as is one whose 长 starts a place or a word of the name (上海市长宁区, 卫生福利部长期照顾司).
  for (let k = at - 2; k > start; k--) {
    const role = wordEndingAt(ROLE_WORD_LIST, s, k) && !ORG_CONTINUES.test(s[k]) && !wordStartingAt(WORDS_FROM_A_TITLES_END, s, k - 1);
    if (role || wordEndingAt(EVENT_VERB_LIST, s, k) || /[的在由和与及了]/.test(s[k - 1])) { start = k; break; }
  }
  return at - start >= 2 ? { start, end: at } : undefined;
}

/**
 * A full name after 的 (来自某大学的赵某某教授, 我院的钱某某主任): a modifier closed by 的 stands
 * before a person as before a noun. Only three characters and a strong surname, since a
 * two-character word after 的 reads as a name too often (的王牌教授, 的万名医生).
 */
function modifiedName(s: string, i: number, c: NameCandidate): boolean {
  return s[i - 1] === '的' && !c.weak && c.end - c.start === 3;
}

/** A name joined to what is before it by 和/与/及 (…的批示和李某主任的讲话): with a strong surname. */
function joinedName(s: string, i: number, c: NameCandidate): boolean {
  return /[和与及]/.test(s[i - 1] ?? '') && !c.weak;
}

/** The organisation a 的 modifier names before a full name (来自北京某大学的赵某某教授: the university). */
function ofOrganisation(view: TextView, i: number, c: NameCandidate, lineStart: number): { start: number; end: number } | undefined {
  return modifiedName(view.shadow, i, c) ? organisationBefore(view, i - 1, lineStart) : undefined;
}

function mentionAt(view: TextView, i: number, line: { start: number; end: number }): Mention | undefined {
  const { shadow: s, text } = view;
  // Every test is pure: the cheapest (a name starts here) first.
  const c = nameAt(s, i);
  if (!c || c.weak || c.end > line.end) return undefined;
  const opens = clauseStartAt(s, i, line.start);
  const org = opens ? undefined : organisationBefore(view, i, line.start) ?? ofOrganisation(view, i, c, line.start);
  if (!org && !opens && !modifiedName(s, i, c) && !joinedName(s, i, c)) return undefined;
  const title = titleAt(s, c.end);
  const organization = org ? text.slice(org.start, org.end) : '';
  if (title) return { start: c.start, end: c.end, evidence: 'name-title', title: text.slice(c.end, c.end + title.length), organization };
  if (wordStartingAt(HONORIFIC_LIST, s, c.end) !== undefined) return { start: c.start, end: c.end, evidence: 'name-title', title: '', organization };
  return undefined;
}

export function namesBeforeTitles(view: TextView): Mention[] {
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      const m = mentionAt(view, i, line);
      if (!m) continue;
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
