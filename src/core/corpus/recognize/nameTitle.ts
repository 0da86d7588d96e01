/**
 * Strategy: name + title (胡章学院长表示, 李明教授) or + honorific (孟群同志). A name that opens a
 * clause, or follows an organisation (信息部甘霖主任, 教育部叶丙成政务次长), and is followed right
 * away by a title is a person; the title (with prefixes) and the organisation are as written.
 */
import { HONORIFIC_LIST, statementVerbAt, titleAt, wordStartingAt } from '../../lang/zh';
import { clauseStartAt, organisationBefore, phraseBefore } from './context';
import { nameAt, type NameCandidate } from './names';
import { verbAfter } from './verbal';
import type { Mention, TextView } from './types';

/**
 * A full name after 的 (来自某大学的赵某某教授, 我院的钱某某主任): a modifier closed by 的 stands
 * before a person as before a noun. Only three characters and a strong surname, since a
 * two-character word after 的 reads as a name too often (的王牌教授, 的万名医生).
 */
function modifiedName(s: string, i: number, c: NameCandidate): boolean {
  return s[i - 1] === '的' && !c.weak && c.end - c.start === 3;
}

/** A name joined to what is before it by 和/与/及 (…的批示和李某主任的讲话), or the agent after 由 (由钱某副院长主持): with a strong surname. */
function joinedName(s: string, i: number, c: NameCandidate): boolean {
  return /[和与及由]/.test(s[i - 1] ?? '') && !c.weak;
}

/** The organisation a 的 modifier names before a full name (来自北京某大学的赵某某教授: the university). */
function ofOrganisation(view: TextView, i: number, c: NameCandidate, lineStart: number): { start: number; end: number } | undefined {
  return modifiedName(view.shadow, i, c) ? organisationBefore(view, i - 1, lineStart) : undefined;
}

/**
 * The words before a name + title that speaks (台湾微软卞某某总经理表示, 华为王某总裁指出): a
 * company's short name has no organisation ending, but a title and a speech verb after the
 * name vouch for it; the words back to the clause start are the organisation.
 */
function speakingAfterTitle(view: TextView, i: number, titleEnd: number, line: { start: number; end: number }): { start: number; end: number } | undefined {
  const v = verbAfter(view.shadow, titleEnd);
  if (!v || v.start >= line.end || !statementVerbAt(view.shadow, v.start)) return undefined;
  const phrase = phraseBefore(view.shadow, i, line.start);
  return i - phrase.start >= 2 ? phrase : undefined;
}

function mentionAt(view: TextView, i: number, line: { start: number; end: number }): Mention | undefined {
  const { shadow: s, text } = view;
  // Every test is pure: the cheapest (a name starts here) first.
  const c = nameAt(s, i);
  if (!c || c.weak || c.end > line.end) return undefined;
  // Only a title or an honorific after the name makes a mention: asked before the organisation is looked for.
  const title = titleAt(s, c.end);
  if (!title && wordStartingAt(HONORIFIC_LIST, s, c.end) === undefined) return undefined;
  const opens = clauseStartAt(s, i, line.start);
  let org = opens ? undefined : organisationBefore(view, i, line.start) ?? ofOrganisation(view, i, c, line.start);
  if (!org && !opens && !modifiedName(s, i, c) && !joinedName(s, i, c)) {
    org = title ? speakingAfterTitle(view, i, c.end + title.length, line) : undefined;
    if (!org) return undefined;
  }
  const organization = org ? text.slice(org.start, org.end) : '';
  if (title) return { start: c.start, end: c.end, evidence: 'name-title', title: text.slice(c.end, c.end + title.length), organization };
  return { start: c.start, end: c.end, evidence: 'name-title', title: '', organization };
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
