/**
 * Strategy: coordination. A name joined by 、/和/及/以及/与 to a person already found is a
 * person too (李明、王芳和张伟等专家), when it fills its list item on its own.
 */
import { ROLE_WORD_LIST } from '../../lang/zh';
import { nameAt, nameEndingAt } from './names';
import type { Mention, TextView } from './types';

const JOINERS = ['以及', '、', '和', '及', '与', '，'];
const ITEM_END = /^(?:[、，,。；;：:\s）)]|和|及|以及|与|等|$)/;

function nextItem(view: TextView, m: Mention): Mention | undefined {
  const s = view.shadow;
  const j = JOINERS.find((w) => s.startsWith(w, m.end));
  if (!j || (j === '，' && m.evidence !== 'list' && m.evidence !== 'byline')) return undefined;
  const c = nameAt(s, m.end + j.length);
  if (!c || !ITEM_END.test(s.slice(c.end, c.end + 2))) return undefined;
  return { start: c.start, end: c.end, evidence: 'list', ...(m.role === 'reporter' ? { role: 'reporter' as const } : {}) };
}

function previousItem(view: TextView, m: Mention): Mention | undefined {
  const s = view.shadow;
  const j = ['、', '和', '及', '与'].find((w) => s.endsWith(w, m.start));
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

const LIST_LEAD = /(?:包括|有|为|是|：|:)$/;
/** The last characters of LIST_LEAD's words: a position after any other cannot follow a lead (tested before the expression). */
const LIST_LEAD_LAST = new Set([...'括有为是：:']);
const LIST_ANCHOR = /(?:嘉宾|专家|领导|代表|学者|委员|成员|讲者|评委)/;

/**
 * Strategy: a bare 、-list of at least three names after a lead (副会长包括A、B、C; 嘉宾有A、B和C): the
 * clause before the list names a title or a group of people, so every item is a person.
 */
export function bareLists(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      if (i === line.start || !LIST_LEAD_LAST.has(s[i - 1]) || !LIST_LEAD.test(s.slice(Math.max(line.start, i - 2), i))) continue;
      const items = listFrom(s, i, line.end);
      if (items.length < 3) continue;
      const clause = s.slice(Math.max(line.start, i - 20), i);
      const anchored = /[，,。；]/.test(clause) ? clause.slice(clause.search(/[^，,。；]*$/)) : clause;
      if (!ROLE_WORD_LIST.some((r) => anchored.includes(r)) && !LIST_ANCHOR.test(anchored)) continue;
      out.push(...items);
      i = items[items.length - 1].end - 1;
    }
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
