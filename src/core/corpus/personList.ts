/**
 * Lists of people written as "organisation+title+name" joined by 、 — the intro's list of
 * invited speakers and the panel's line-up.
 */
import type { Span } from './location';
import { GUEST_LIST_LEADS, LIST_TAIL_WORDS } from '../lang/zh';
import { lastRoleEnd } from './titles';

/** One entry of a 、-list: the raw "organisation+title+name" words and where they are. */
export interface ListEntry {
  text: string;
  start: number;
  end: number;
}

/** Where the last entry stops: 等, "四位…", 以及, 共同, … */
/** (A count of people starts with no tail word's first character but 一, and 一起/一同 are no count: the order of the two is free.) */
const TAIL = new RegExp(`(${LIST_TAIL_WORDS.join('|')}|[一二三四五六七八九十两\\d]+位)`);
const CLAUSE_BREAK = /[，,。；;！？!?：:\r\n]/;

/**
 * The longest 、-separated list of people inside text[span]. Returns [] when the span holds no
 * list of at least two entries.
 */
export function findPersonList(text: string, span: Span): ListEntry[] {
  const body = text.slice(span.start, span.end);
  let best: ListEntry[] = [];
  // Clauses: split on clause punctuation, outside quotation marks.
  let clauseStart = 0;
  let depth = 0;
  const clauses: [number, number][] = [];
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '“' || ch === '「') depth++;
    else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    if (i === body.length || (depth === 0 && CLAUSE_BREAK.test(ch))) {
      clauses.push([clauseStart, i]);
      clauseStart = i + 1;
    }
  }
  for (const [cs, ce] of clauses) {
    const clause = body.slice(cs, ce);
    if (!clause.includes('、')) continue;
    const parts = clause.split('、');
    const entries: ListEntry[] = [];
    let at = cs;
    parts.forEach((part, k) => {
      let s = 0;
      let e = part.length;
      if (k === 0) {
        let lead = -1;
        for (const w of GUEST_LIST_LEADS) {
          const i = part.lastIndexOf(w);
          if (i >= 0 && i + w.length > lead) lead = i + w.length;
        }
        if (lead > 0 && part.length - lead >= 2) s = lead;
      }
      if (k === parts.length - 1) {
        // The earliest tail word after the first two characters ends the entry.
        const m = TAIL.exec(part.slice(s + 2));
        if (m) e = s + 2 + m.index;
      }
      const piece = part.slice(s, e);
      const raw = piece.trim();
      const lead = piece.length - piece.trimStart().length;
      if (raw) entries.push({ text: raw, start: span.start + at + s + lead, end: 0 });
      at += part.length + 1;
    });
    for (const en of entries) en.end = en.start + en.text.length;
    // Every entry must end like a name; most must carry a title (…主任高志宏) to be people at all.
    const shaped = entries.filter((en) => en.text.length >= 4 && en.text.length <= 60 && /[\u3400-\u9fff]{2,4}$/.test(en.text));
    const titled = entries.filter((en) => {
      const end = lastRoleEnd(en.text);
      return end > 0 && /^[\u3400-\u9fff·]{2,4}$/.test(en.text.slice(end));
    });
    if (shaped.length === entries.length && entries.length >= 2 && titled.length * 2 > entries.length && entries.length > best.length) best = entries;
  }
  return best;
}

/**
 * Splits a list entry into organisation+title and name, given the names known so far
 * (from captions or curated data). Unknown names: what follows the last role word
 * (…副主任高志宏 → 高志宏), else the last three characters.
 */
export function splitEntry(entry: string, knownNames: Iterable<string>): { orgTitle: string; name: string } {
  let best = '';
  for (const n of knownNames) if (entry.endsWith(n) && n.length > best.length && n.length < entry.length) best = n;
  if (best) return { orgTitle: entry.slice(0, entry.length - best.length), name: best };
  const roleEnd = lastRoleEnd(entry);
  const rest = roleEnd >= 0 ? entry.slice(roleEnd) : '';
  if (roleEnd > 0 && /^[\u3400-\u9fff·]{2,4}$/.test(rest)) return { orgTitle: entry.slice(0, roleEnd), name: rest };
  const cut = Math.max(0, entry.length - 3);
  return { orgTitle: entry.slice(0, cut), name: entry.slice(cut) };
}
