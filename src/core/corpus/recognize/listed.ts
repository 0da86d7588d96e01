/**
 * Strategy: coordination. A name joined by 、/和/及/以及/与 to a person already found is a
 * person too (李明、王芳和张伟等专家), when it fills its list item on its own.
 */
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
