/**
 * Strategy: coordination. A name joined by 、/和/及/以及/与 to a person already found is a
 * person too (李明、王芳和张伟等专家), when it fills its list item on its own.
 */
import { AFTER_NAME_VERB_LIST, LIST_GROUP_NOUNS, LIST_JOINER_CHARS, LIST_JOINERS, ROLE_WORD_LIST } from '../../lang/zh';
import { clauseStartAt, roleEndingAt } from './context';
import { nameAt, nameEndingAt } from './names';
import type { Mention, TextView } from './types';

const JOINERS = [...LIST_JOINERS, '，'];
/**
 * What may follow a list item: punctuation, a joiner, 等, the line's end; for the last item also
 * an aside in brackets or what follows a name in a clause (…、余某（从左至右）在…; …、张某出席).
 */
const ITEM_END = new RegExp(`^(?:[、，,。；;：:\\s）)（(]|和|及|以及|与|等|在|${AFTER_NAME_VERB_LIST.join('|')}|$)`, 'u');

function nextItem(view: TextView, m: Mention): Mention | undefined {
  const s = view.shadow;
  const j = JOINERS.find((w) => s.startsWith(w, m.end));
  if (!j || (j === '，' && m.evidence !== 'list' && m.evidence !== 'byline')) return undefined;
  const c = nameAt(s, m.end + j.length);
  if (!c || !ITEM_END.test(s.slice(c.end, c.end + 2))) return undefined;
  return { start: c.start, end: c.end, evidence: 'list', ...sharedPost(m, j), ...(m.role === 'reporter' ? { role: 'reporter' as const } : {}) };
}

/**
 * The post a list's names share when one title stands before the first (副院长张某、李某, 歷屆院長A、B、C):
 * the item before's, passed on along 、 (a name with a post of its own has a title before it and
 * is found by the title strategy, whose mention wins).
 */
function sharedPost(m: Mention, joiner: string): Pick<Mention, 'title' | 'organization'> {
  if (joiner !== '、' || !m.title || (m.evidence !== 'title' && m.evidence !== 'list')) return {};
  return { title: m.title, ...(m.organization ? { organization: m.organization } : {}) };
}

function previousItem(view: TextView, m: Mention): Mention | undefined {
  const s = view.shadow;
  const j = LIST_JOINER_CHARS.find((w) => s.endsWith(w, m.start));
  if (!j) return undefined;
  const end = m.start - j.length;
  const c = nameEndingAt(s, end, Math.max(0, end - 4));
  if (!c || !/[、，,：:\s（(]|^$/.test(s[c.start - 1] ?? '')) return undefined;
  return { start: c.start, end: c.end, evidence: 'list' };
}

/** Names coordinated with the found mentions, repeated until no new one appears. */
export function coordinatedNames(view: TextView, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Set(found.map((m) => m.start));
  let frontier = found.filter((m) => m.evidence !== 'byline');
  while (frontier.length) {
    const next: Mention[] = [];
    for (const m of frontier) {
      for (const n of [nextItem(view, m), previousItem(view, m)]) {
        if (!n || taken.has(n.start)) continue;
        taken.add(n.start);
        next.push(n);
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

/**
 * Whether a mention fills a list item on its own: a clause start, a joiner, a title or a list's
 * lead (包括, 有, 为, ：) before it; punctuation, a joiner, 等 or the line's end after it.
 */
export function fillsItem(view: TextView, m: Mention): boolean {
  const s = view.shadow;
  const before = m.start === 0 || /[、和及与]/.test(s[m.start - 1]) || LIST_LEAD_LAST.has(s[m.start - 1]) || clauseStartAt(s, m.start, 0) || roleEndingAt(s, m.start) !== undefined;
  return before && ITEM_END.test(s.slice(m.end, m.end + 2));
}

/** The words a bare list follows (副会长包括, 嘉宾有, 成员为, 讲者是, 嘉宾：). */
const LIST_LEADS = /包括|[有为是：:]/g;
/** Their last characters, which may stand before a list's first item. */
const LIST_LEAD_LAST = new Set([...'括有为是：:']);
const LIST_ANCHOR = new RegExp(`(?:${LIST_GROUP_NOUNS.join('|')})`);

/**
 * Strategy: a bare 、-list of at least three names after a lead (副会长包括A、B、C; 嘉宾有A、B和C): the
 * clause before the list names a title or a group of people, so every item is a person.
 */
export function bareLists(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  let li = 0;
  let after = 0;
  for (const lead of s.matchAll(LIST_LEADS)) {
    const i = lead.index + lead[0].length;
    while (li < view.lines.length && view.lines[li].end <= lead.index) li++;
    const line = view.lines[li];
    if (!line || lead.index < line.start || i >= line.end || i < after) continue;
    const items = listFrom(s, i, line.end);
    if (items.length < 3) continue;
    const clause = s.slice(Math.max(line.start, i - 20), i);
    const anchored = /[，,。；]/.test(clause) ? clause.slice(clause.search(/[^，,。；]*$/)) : clause;
    if (!ROLE_WORD_LIST.some((r) => anchored.includes(r)) && !LIST_ANCHOR.test(anchored)) continue;
    out.push(...items);
    after = items[items.length - 1].end;
  }
  return out;
}

function listFrom(s: string, from: number, to: number): Mention[] {
  const items: Mention[] = [];
  let i = from;
  while (i < to) {
    const c = nameAt(s, i);
    if (!c || !ITEM_END.test(s.slice(c.end, c.end + 2))) break;
    items.push({ start: c.start, end: c.end, evidence: 'list' });
    const j = JOINERS.find((w) => w !== '，' && s.startsWith(w, c.end));
    if (!j) break;
    i = c.end + j.length;
  }
  return items;
}

/** A count of people after 等 (等10余位, 等150余名, 等数位). */
const PEOPLE_COUNT = /(?:[\d一二三四五六七八九十百千]+余?|[几数多])[位名]/;
/** How far after 等 the group word may stand (等150余名全国各级医院院长). */
const GROUP_REACH = 16;

/** Whether the words after a list's 等 name a group of people: a title, a group word or a count of people, before the clause ends. */
function groupAfter(s: string, at: number): boolean {
  const rest = s.slice(at, at + GROUP_REACH);
  const group = rest.slice(0, rest.search(/[，,。；;：:、！？!?]|$/));
  return LIST_ANCHOR.test(group) || PEOPLE_COUNT.test(group) || ROLE_WORD_LIST.some((r) => group.includes(r));
}

/** The names of a list that ends at s[end), read backwards; none unless every item is a name and the first opens its clause or follows a title. */
function itemsBefore(s: string, end: number, lineStart: number): Mention[] {
  const items: Mention[] = [];
  for (let e = end; items.length < 40;) {
    const c = nameEndingAt(s, e, lineStart);
    if (!c) return [];
    items.unshift({ start: c.start, end: c.end, evidence: 'list' });
    const j = LIST_JOINERS.find((w) => s.endsWith(w, c.start));
    if (!j) return clauseStartAt(s, c.start, lineStart) || roleEndingAt(s, c.start) ? items : [];
    e = c.start - j.length;
  }
  return [];
}

/**
 * Strategy: a 、-list of two or more names closed by 等 and a group of people (周文海、韩立峰等院领导;
 * A、B、C等10余位管理者): what follows 等 says the items are people.
 */
export function listsBeforeGroups(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = s.indexOf('等', line.start); i >= 0 && i < line.end; i = s.indexOf('等', i + 1)) {
      if (!groupAfter(s, i + 1)) continue;
      const items = itemsBefore(s, i, line.start);
      if (items.length >= 2) out.push(...items);
    }
  }
  return out;
}
