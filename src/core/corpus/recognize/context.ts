/**
 * What surrounds a name: whether it opens a clause, the organisation + title phrase before it,
 * and the words between a subject and its verb (在致辞中, 也, 进一步).
 */
import { ADVERBS_AFTER_NAME, AFTER_NAME_VERB_LIST, AUDIENCE_WORDS, CLAUSE_LEADS, ALIAS_MARKS, EVENT_VERB_LIST, FIELD_TITLES, NOT_ORGANIZATIONS_BEFORE_TITLE, WORDS_FROM_A_TITLES_END, WORDS_FROM_AN_ORG_ENDING, statementVerbAt, longestFirst, LIST_JOINERS, FILLER_ADVERBS, FILLER_SEQUENCE_WORDS, FILLER_TALK_NOUNS, TITLE_QUALIFIER_WORDS, DELIVERY_VERB_LIST, PLACE_SUFFIXES, MANNER_SOURCE, SPEAKING_PLACES, SPEECH_VERB_LIST, STATEMENT_VERB_LIST, DAY_OF_MONTH_SOURCE, DAY_WORDS, DEPARTMENT_ENDINGS, HONORIFIC_LIST, DEPARTMENT_WORDS, INSTITUTION_ENDINGS, ORG_SUFFIXES, ROLE_WORD_LIST, TITLE_PREFIXES, TITLES_AFTER_NAME, postQualifierBefore, someWordEndingAt, titleAt, wordEndingAt, wordStartingAt } from '../../lang/zh';
import { LEFT_BOUNDARY_WORDS } from '../../lang/zh/grammar';
import type { TextView } from './types';

const PHRASE_BREAK = /[，,。；;：:、！？!?\s（(）)“”「」『』《》【】[\]|/｜／①-⑳]/;

/** Whether position i opens a clause (line start, punctuation, or right after a lead word). */
export function clauseStartAt(s: string, i: number, lineStart: number): boolean {
  if (i <= lineStart) return true;
  if (PHRASE_BREAK.test(s[i - 1])) return true;
  return someWordEndingAt(CLAUSE_LEADS, s, i, (w) => i - w.length <= lineStart || PHRASE_BREAK.test(s[i - w.length - 1]) || w.length >= 2);
}

/** A space, an ideographic space or a no-break space (as a code unit: asked at every position of a text). */
function isSpaceUnit(u: number): boolean {
  return u === 0x20 || u === 0x3000 || u === 0xa0;
}

/** The role word (with its prefixes) that ends exactly at s[end), allowing up to two spaces before `end`. */
export function roleEndingAt(s: string, end: number): { start: number; end: number } | undefined {
  let e = end;
  while (e > 0 && end - e < 2 && isSpaceUnit(s.charCodeAt(e - 1))) e--;
  const role = wordEndingAt(ROLE_WORD_LIST, s, e);
  if (!role) return undefined;
  let start = e - role.length;
  for (let more = true; more;) {
    more = false;
    const p = wordEndingAt(TITLE_PREFIXES, s, start);
    if (p) { start -= p.length; more = true; }
  }
  return { start, end: e };
}

/** The role word ending at s[end), or before a bracket that qualifies the post (总行政经理（资讯科技）|潘某). */
export function qualifiedRoleEndingAt(s: string, end: number): { start: number; end: number } | undefined {
  const direct = roleEndingAt(s, end);
  if (direct) return direct;
  const open = postQualifierBefore(s, end);
  const role = open !== undefined && wordEndingAt(ROLE_WORD_LIST, s, open) ? roleEndingAt(s, open) : undefined;
  return role && role.end === open ? role : undefined;
}

/** The phrase (original script) without the alias brackets its shadow holds (the two have the same length). */
function withoutAliases(phrase: string, shadow: string): string {
  let out = '';
  let from = 0;
  for (const m of shadow.matchAll(ALIAS_BRACKETS)) {
    out += phrase.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return out + phrase.slice(from);
}

/** The bracketed short name a report gives an organisation (…局（医管局）, …委员会（以下简称“卫健委”）). */
const ALIAS_BRACKET = new RegExp(`[（(](?:${ALIAS_MARKS.join('|')})?[“"「]?[\\p{Script=Han}A-Za-z]{2,8}[”"」]?[）)]`, 'u');
const ALIAS_BRACKETS = new RegExp(ALIAS_BRACKET.source, 'gu');

/** Where the alias bracket that closes right before s[at] opens, when one does and an organisation's ending stands right before it (not a date: 今日（三月十二日）). */
function aliasBracketBefore(s: string, at: number): number | undefined {
  if (s[at - 1] !== '）' && s[at - 1] !== ')') return undefined;
  for (let o = at - 2; o >= Math.max(1, at - 20); o--) {
    if (s[o] !== '（' && s[o] !== '(') continue;
    const m = ALIAS_BRACKET.exec(s.slice(o, at));
    return m && m[0].length === at - o && wordEndingAt(ORG_SUFFIXES, s, o) ? o : undefined;
  }
  return undefined;
}

/** The organisation + title phrase that ends at s[end): back to the clause start or a lead word. */
export function phraseBefore(s: string, end: number, lineStart: number, max = 40): { start: number; end: number } {
  let b = end;
  while (b > lineStart && end - b < max) {
    if (!PHRASE_BREAK.test(s[b - 1])) { b--; continue; }
    // 医院管理局（医管局）主席: the organisation's short name in brackets does not end the phrase
    const open = aliasBracketBefore(s, b);
    if (open === undefined || open <= lineStart) break;
    b = open;
  }
  const inner = s.slice(b, end);
  // 由…主持, 并由…宣布: the phrase starts after 由; 和/与/及 at its start join it to a list.
  const by = inner.lastIndexOf('由');
  if (by >= 0 && inner.length - by > 3) return { start: b + by + 1, end };
  // 在 opening a clause is a preposition (在规划处处长车某主持的讨论中), not the organisation's (but 在线, 在职, 在任)
  const joiner = /^(?:以及|和|与|及|并|同(?!时)|暨|在(?![线职任编]))/.exec(inner)?.[0].length ?? 0; // (同时 is a lead, not 同)
  // (并邀集…: a lead after the joiner still starts the phrase)
  return leadCut(s, b + joiner, end);
}

/** The item before a post phrase in a chain of posts (…医院副院长、|信息中心主任), from `floor` on: a post ending in a role word right before the 、; undefined when there is none. */
export function chainItemBefore(s: string, phraseStart: number, floor: number): { start: number; end: number } | undefined {
  const end = phraseStart - 1;
  if (phraseStart <= floor || s[end] !== '、' || !roleEndingAt(s, end)) return undefined;
  return { start: phraseBefore(s, end, floor).start, end };
}

/** The organisation and title of the post phrase at [start, end) of a text (orgAndTitle, as the text writes them). */
export function postIn(view: TextView, at: { start: number; end: number }): { organization: string; title: string } {
  return orgAndTitle(view.text.slice(at.start, at.end), view.shadow.slice(at.start, at.end));
}

/** The previous member of a list, closed by its honorific or a title used as one, and the joiner after it: …徐斌先生和|媛福达集团执行总裁王戈钧, …陈某医生及|医管局行政总裁高某. */
const MEMBER_BEFORE = new RegExp(`(?:${[...HONORIFIC_LIST, ...TITLES_AFTER_NAME].join('|')})(?:${LIST_JOINERS.join('|')})`, 'gu');

function leadCut(s: string, b: number, end: number): { start: number; end: number } {
  const inner = s.slice(b, end);
  let cut = 0;
  for (const w of CLAUSE_LEADS) {
    if (w.length < 2) continue;
    const at = inner.lastIndexOf(w);
    if (at >= 0 && at + w.length > cut && at + w.length < inner.length) cut = at + w.length;
  }
  for (const m of inner.matchAll(MEMBER_BEFORE)) {
    const after = m.index + m[0].length;
    if (after > cut && after < inner.length) cut = after;
  }
  // 第六次采访两会的|香港大公报记者: a modifier closed by 的 describes the person; the post starts after it.
  // (台州医院的|院长: an organisation before 的 and a bare post after it is the post's own: kept, orgAndTitle splits it)
  const modifier = inner.lastIndexOf('的');
  if (modifier >= 0 && modifier + 1 > cut && modifier + 2 < inner.length) {
    const org = organisationOfPost(inner);
    cut = org ? Math.max(cut, org.start) : modifier + 1;
  }
  if (cut === 0 && /^[由据请和及与]/.test(inner) && inner.length > 3) cut = 1;
  // 听取了|信息中心主任X: an aspect particle ends the verb before the phrase; no organisation starts with it.
  if (/^[了着过的]/.test(inner.slice(cut))) cut++;
  return { start: b + cut, end };
}

/**
 * The organisation a 的 joins to a post of its own in a post phrase (台州医院的院长, 协和医院的
 * 信息中心主任, 负责该项目的|台大医院的资讯室主任): the words from the 的 before (or the start) up
 * to it end as an organisation does, the words after it are a post without an organisation or
 * with a department of one; undefined when there is none (采访两会的|香港大公报记者: the words
 * before 的 describe the person, the post has its own organisation).
 */
function organisationOfPost(shadow: string): { start: number; end: number } | undefined {
  const at = shadow.lastIndexOf('的');
  if (at < 2 || !wordEndingAt(ORG_SUFFIXES, shadow, at)) return undefined;
  const start = shadow.lastIndexOf('的', at - 1) + 1;
  const before = shadow.slice(start, at);
  if (before.length < 2 || wordEndingAt(ORG_SUFFIXES, before, before.length) === before) return undefined;
  for (let n = 2; n <= before.length; n++) if (NOT_ORGANIZATIONS_BEFORE_TITLE.has(before.slice(0, n))) return undefined;
  const after = shadow.slice(at + 1);
  if (!roleEndingAt(after, after.length)) return undefined;
  const own = orgAndTitle(after, after).organization;
  return own === '' || isDepartmentName(own) ? { start, end: at } : undefined;
}

/** Whether an organisation as a post phrase names it is a department of one (药学部, 信息中心), Simplified. */
export function isDepartmentName(org: string): boolean {
  return DEPARTMENT_ENDINGS.has(org[org.length - 1]) || DEPARTMENT_WORDS.includes(org);
}

/** Words that qualify a title from the front when no organisation is named: 新任会长, 第十七届会长, 永远名誉会长. */
const TITLE_QUALIFIERS = new RegExp(`(?:第[一二三四五六七八九十百零\\d]+届|${TITLE_QUALIFIER_WORDS.join('|')})*$`);

/** Index after the last organisation ending in `shadow` that leaves a title ending in a role word; 0 when none. */
function orgCut(shadow: string): number {
  const role = roleEndingAt(shadow, shadow.length);
  if (!role) return shadow.length;
  let cut = 0;
  for (let i = 0; i < role.start; i++) {
    const inner = titleAt(shadow, i);
    const suffix = wordStartingAt(ORG_SUFFIXES, shadow, i);
    if (inner && i + inner.length < role.start && (!suffix || suffix.length < inner.length)) { i += inner.length - 1; continue; }
    if (!suffix || (suffix.length === 1 && wordStartingAt(WORDS_FROM_AN_ORG_ENDING, shadow, i))) continue;
    const end = i + suffix.length;
    // (an organisation has two characters at least: 台 of 台新创投 ends none)
    if (end <= role.start && end >= 2) cut = end;
    i = end - 1;
  }
  return cut;
}

/**
 * Where a department word (信息科, 医务处, 信息中心 …) that the title belongs to starts, when it ends
 * right at the role word or shares its first character (信息科 + 科主任): 信息科主任 is one title.
 */
function departmentStart(shadow: string, roleStart: number): number | undefined {
  for (const end of [roleStart, roleStart + 1]) {
    const d = wordEndingAt(DEPARTMENT_WORDS, shadow, end);
    if (d && end - d.length >= 0) return end - d.length;
  }
  return undefined;
}

/** The longest department name before its ending (神经内科, 教务办公室: up to four characters). */
const DEPARTMENT_NAME_MAX = 4;

/**
 * Where a department the title belongs to starts (心内科副主任, 影像科主任, 教务办公室主任): a
 * department ending (部, 处, 科, 室) right before the role word, or opening it (科主任, 室主任),
 * after up to DEPARTMENT_NAME_MAX Han characters; undefined when there is none.
 */
function departmentBefore(shadow: string, roleStart: number): number | undefined {
  const ending = roleStart > 0 && DEPARTMENT_ENDINGS.has(shadow[roleStart - 1]) ? roleStart - 1 : DEPARTMENT_ENDINGS.has(shadow[roleStart]) ? roleStart : -1;
  let start = ending;
  while (start > 0 && ending - start < DEPARTMENT_NAME_MAX && /[\u3400-\u9fff]/.test(shadow[start - 1])) start--;
  return ending >= 0 && start < ending ? start : undefined;
}

/**
 * An organisation that ends in a department of an institution (四川大学华西医院 | 公共事业发展部)
 * ends at the institution: the department belongs to the title, as the listed ones do. So does
 * a short department (2–4 characters and a one-character ending) of any organisation
 * (卫健委 | 宣传处, 卫生局 | 医政处).
 */
function institutionEnd(shadow: string, cut: number): number {
  if (!DEPARTMENT_ENDINGS.has(shadow[cut - 1])) return cut;
  // (not one that is an organisation in its own right: 省政府 | 新闻办公室 stays whole)
  const short = wordEndingAt(ORG_SUFFIXES, shadow, cut)?.length === 1;
  for (let len = 2; len <= 8 && cut - 1 - len >= 2; len++) {
    const at = cut - 1 - len; // the department is shadow[at, cut)
    if (INSTITUTION_ENDINGS.some((w) => shadow.startsWith(w, at - w.length))) return at;
    if (len <= DEPARTMENT_NAME_MAX && short && organisationEndsAt(shadow, at)) return at;
  }
  return cut;
}

/** Whether an organisation of two characters or more ends at shadow[at) (卫健委, 委员会, 卫生局). */
function organisationEndsAt(shadow: string, at: number): boolean {
  const suffix = wordEndingAt(ORG_SUFFIXES, shadow, at);
  return suffix !== undefined && at >= 2 && !(suffix.length === 1 && wordStartingAt(WORDS_FROM_AN_ORG_ENDING, shadow, at - 1));
}

/**
 * Where the organisation before a listed department ends: right at it (医院 | 信息中心), or up to
 * DEPARTMENT_NAME_MAX characters before it, which then name the department (卫健委 | 规划信息处,
 * listed 信息处). With no organisation ending there the department word ends the organisation's
 * own name (金坛市卫生信息中心 | 主任): undefined.
 */
function departmentReach(shadow: string, deptStart: number): number | undefined {
  if (deptStart < 2 || organisationEndsAt(shadow, deptStart)) return deptStart;
  for (let at = deptStart - 1; at >= deptStart - DEPARTMENT_NAME_MAX && at >= 2; at--) {
    if (!/[\u3400-\u9fff]/u.test(shadow[at])) return deptStart;
    if (organisationEndsAt(shadow, at)) return at;
  }
  return undefined;
}

/**
 * The head of a place's government after the place (清河县县长, 河北省副省长, 南岭市市长): the place is
 * the organisation the title belongs to.
 */
function localHeadAt(shadow: string, role: { start: number; end: number }): boolean {
  const place = shadow[role.start - 1];
  return role.start >= 2 && PLACE_SUFFIXES.has(place) && shadow.endsWith(`${place}长`, role.end);
}

/**
 * Whether the words before a title, with no organisation ending, are an organisation's name as
 * companies write theirs (云途医疗首席医疗官, 安澜数据首席架构师): a short run of Han or Latin
 * letters with no title, verb or grammar word in it, not opening with a word that only qualifies
 * a title (本报记者, 全国政协委员, 知名…专家, 研发总监: NOT_ORGANIZATIONS_BEFORE_TITLE), and before a
 * post rather than a field's title (医疗信息化专家: FIELD_TITLES).
 */
function unmarkedOrganisation(words: string, title: string): boolean {
  if (!/^[\p{Script=Han}A-Za-z0-9]{2,10}$/u.test(words) || /[级届任兼的]$/.test(words) || FIELD_TITLES.some((t) => title.endsWith(t))) return false;
  for (let n = 2; n <= words.length; n++) if (NOT_ORGANIZATIONS_BEFORE_TITLE.has(words.slice(0, n))) return false;
  for (let i = 0; i < words.length; i++) {
    if (titleAt(words, i) || statementVerbAt(words, i) || wordStartingAt(AFTER_NAME_VERB_LIST, words, i) || wordStartingAt(EVENT_VERB_LIST, words, i)) return false;
    if (LEFT_BOUNDARY_CHARS.has(words[i])) return false;
  }
  return true;
}

/** Grammar characters no organisation's name holds (在, 与, 的, 对 …: the one-character words that stand before one). */
const LEFT_BOUNDARY_CHARS: ReadonlySet<string> = new Set(LEFT_BOUNDARY_WORDS.filter((w) => w.length === 1));

/** Splits an organisation + title phrase (original script) into its parts, departments kept with the title. */
export function orgAndTitle(phrase: string, shadow: string): { organization: string; title: string } {
  // the organisation's bracketed short name is no part of its name or of the title
  if (ALIAS_BRACKET.test(shadow)) return orgAndTitle(withoutAliases(phrase, shadow), shadow.replace(ALIAS_BRACKETS, ''));
  const of = organisationOfPost(shadow);
  if (of) {
    // (a department after 的 stays in the title, as after an organisation named without 的)
    const own = orgAndTitle(phrase.slice(of.end + 1), shadow.slice(of.end + 1));
    return { organization: phrase.slice(of.start, of.end), title: own.organization + own.title };
  }
  let cut = orgCut(shadow);
  if (cut === 0) {
    // No organisation: the title is the role word with its prefixes and qualifiers (新任, 第十七届, 名誉 …), nothing before it.
    const role = roleEndingAt(shadow, shadow.length);
    const q = role ? TITLE_QUALIFIERS.exec(shadow.slice(0, role.start)) : null;
    if (role && localHeadAt(shadow, role)) return { organization: phrase.slice(0, role.start), title: phrase.slice(role.start) };
    const start = role ? departmentStart(shadow, role.start) ?? departmentBefore(shadow, role.start) ?? role.start - (q?.[0].length ?? 0) : 0;
    const named = start > 0 && unmarkedOrganisation(shadow.slice(0, start), shadow.slice(start));
    return { organization: named ? phrase.slice(0, start) : '', title: phrase.slice(start) };
  }
  const dept = DEPARTMENT_WORDS.find((d) => shadow.slice(0, cut).endsWith(d) && cut >= d.length);
  if (dept) cut = departmentReach(shadow, cut - dept.length) ?? cut;
  else cut = institutionEnd(shadow, cut);
  return { organization: phrase.slice(0, cut), title: phrase.slice(cut) };
}

/** A verb of speech or of a talk, as a lookahead: 对…/向…/代表… before the verb run up to it (院长对医院发展作出重要指示). */
const VERB_AHEAD = [...new Set([...STATEMENT_VERB_LIST, ...SPEECH_VERB_LIST, ...DELIVERY_VERB_LIST])].sort((a, b) => b.length - a.length).join('|');

/** The audience spoken to, with its preposition: 与与会代表, 为大家, 给在场的同学们. */
const AUDIENCE_SOURCE = `(?:与|和|同|跟|为|给)(?:在场的|现场的|全体)?(?:${longestFirst(AUDIENCE_WORDS).join('|')})们?`;

/** Filler between a subject and its verb: 在致辞中, 在会上, 二十四日, 也, 还, 并, 亦, 进一步, 随后, 先是, 激动地, 笑着 … */
export const SUBJECT_FILLER = new RegExp(`^(?:[（(][A-Za-z][A-Za-z .'-]*[）)]|[^，。；：“”\\n]{0,6}?(?:${FILLER_TALK_NOUNS.join('|')})(?:时|中)?|[在于][^，。；：“”\\n]{0,14}?[中上时里后]|[在于](?:${SPEAKING_PLACES.join('|')})|${DAY_WORDS.join('|')}|${DAY_OF_MONTH_SOURCE}|${FILLER_ADVERBS.join('|')}|${[...ADVERBS_AFTER_NAME].join('|')}|${MANNER_SOURCE}|${FILLER_SEQUENCE_WORDS.join('|')}|${AUDIENCE_SOURCE}|代表[^，。；\\n]{1,16}?(?=${VERB_AHEAD})|对[^，。；\\n]{1,12}?(?=${VERB_AHEAD})|向[^，。；\\n]{1,12}?(?=${VERB_AHEAD})|代表[^，。；\\n]{1,16}?|对[^，。；\\n]{1,12}?|向[^，。；\\n]{1,12}?|)+`);

/** A department's ending right before a name and its title (急诊科孙某副主任). */
const DEPARTMENT_BEFORE_NAME: ReadonlySet<string> = new Set(['科']);

/** What continues a role word into an organisation's name: 委员|会, 理事|会, 董事|会. */
const ORG_CONTINUES = /[会]/;

/** The organisation that ends right before a name (教育部叶丙成…), from its clause start; undefined when none. */
export function organisationBefore(view: TextView, at: number, lineStart: number): { start: number; end: number } | undefined {
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
