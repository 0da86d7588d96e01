/**
 * Strategy: a speech published on its own. Official speeches are set as a header, then the body:
 *
 *   在2026年全省卫生健康工作会议上的讲话        the title: 在…上的 (or 时的) and a speech noun
 *   省卫生健康委员会主任  郑某某                  the byline: post and name, or the name alone
 *   （2026年3月5日）                             the date in brackets (optional)
 *   同志们：                                     the salutation, ending with a colon
 *
 * The byline may stand above the title or below the date, and the date may close the title's
 * line or the byline's. Everything after the salutation is the byline's speaker's (turns.ts).
 * The byline names its speaker: the name is a person even when no title stands beside it.
 */
import { BRACKETED_DATE_SOURCE, SALUTATION_ADDRESSEES, SALUTATION_LEADS, SPEECH_TITLE_NOUNS, SPEECH_TITLE_PLACES } from '../../lang/zh';
import { roleEndingAt } from './context';
import { nameAt, nameEndingAt } from './names';
import type { Mention, TextView } from './types';
import { trimSpan, type Span } from '../location';

type Line = Span;

/** A header found: the salutation line that ends it (an index of the lines given) and the speaker's name. */
export interface SpeechHeader {
  head: number;
  name: Span;
}

const byLength = (a: string, b: string) => b.length - a.length;
/** 在…上的讲话, maybe after a dash (——在…上的讲话, a subtitle) or the speaker (郑某某在…, 郑某某：在…). */
const TITLE = new RegExp(`^(?:——|—|--)?(.{0,20}?)[：:]?在[^。！？；，]{2,60}?(?:${SPEECH_TITLE_PLACES.join('|')})的(?:${[...SPEECH_TITLE_NOUNS].sort(byLength).join('|')})`);
const DATE_AT_END = new RegExp(`${BRACKETED_DATE_SOURCE}$`);
const DATE_ALONE = new RegExp(`^${BRACKETED_DATE_SOURCE}$`);
const DATE_AT_START = new RegExp(`^${BRACKETED_DATE_SOURCE}`);
/** Sentence punctuation: a line that has it is no byline. */
const SENTENCE = /[，,。！？!?；;“”「」"：:]/;
/** The longest byline (a post of several parts and a name). */
const BYLINE_MAX = 40;
/** The most lines between the title and the salutation (byline, date, a second salutation line). */
const HEADER_MAX = 4;

/** s[a, b) without a bracketed date at its end: where it ends then. */
function withoutDate(s: string, a: number, b: number): number {
  const m = DATE_AT_END.exec(s.slice(a, b));
  let e = m ? b - m[0].length : b;
  while (e > a && /\s/.test(s[e - 1])) e--;
  return e;
}

/** A byline in s[a, b): the name that ends it, after nothing or a post ending in a role word (…委员会主任  郑某某). */
function bylineIn(s: string, a: number, b: number): Span | undefined {
  const e = withoutDate(s, a, b);
  if (e <= a || e - a > BYLINE_MAX || SENTENCE.test(s.slice(a, e))) return undefined;
  const name = nameEndingAt(s, e, a);
  if (!name || name.weak) return undefined;
  if (name.start === a || roleEndingAt(s, name.start)) return { start: name.start, end: name.end };
  return undefined;
}

/** A salutation line: parts that each address the audience (各位代表、同志们：), ending with a colon (the last) or a comma. */
function salutation(s: string, l: Line): 'last' | 'more' | undefined {
  const text = s.slice(l.start, l.end);
  const close = text[text.length - 1];
  if (text.length > BYLINE_MAX || !/[：:，,]/.test(close ?? '')) return undefined;
  const parts = text.slice(0, -1).split(/[、，,\s]+/).filter((p) => p !== '');
  const addresses = (p: string) => SALUTATION_ADDRESSEES.includes(p) || SALUTATION_LEADS.some((w) => p.startsWith(w) && p.length > w.length);
  if (parts.length === 0 || !parts.every(addresses)) return undefined;
  return close === '：' || close === ':' ? 'last' : 'more';
}

/** What may close a title in brackets, besides a date: （摘要）, （节选）. */
const TITLE_NOTE = /^[（(][^（()）]{1,8}[）)]$/;

/** The title at line l, and the byline it holds (郑某某在…上的讲话, …的讲话（date）郑某某), if any. */
function speechTitle(s: string, l: Line): { byline?: Span } | undefined {
  const m = TITLE.exec(s.slice(l.start, l.end));
  if (!m) return undefined;
  const rest = trimSpan(s, { start: l.start + m[0].length, end: l.end });
  // …的讲话（2011年11月3日 根据录音整理）郑某某: the date, then the byline
  const dated = DATE_AT_START.exec(s.slice(rest.start, rest.end));
  if (dated && rest.start + dated[0].length < rest.end) rest.start = trimSpan(s, { start: rest.start + dated[0].length, end: rest.end }).start;
  const note = s.slice(rest.start, rest.end);
  if (rest.end > rest.start && !DATE_ALONE.test(note) && !TITLE_NOTE.test(note)) {
    const after = bylineIn(s, rest.start, rest.end);
    return after ? { byline: after } : undefined;
  }
  const lead = m[1].trim();
  const before = lead === '' ? undefined : nameAt(s, l.start + m[0].indexOf(lead));
  return before && !before.weak && before.end - before.start === lead.length ? { byline: { start: before.start, end: before.end } } : {};
}

/** Every header of a speech published on its own in the lines (blank lines are skipped). */
export function speechHeaders(s: string, all: Line[]): SpeechHeader[] {
  const lines = all.map((l) => trimSpan(s, l));
  const filled = lines.map((l, i) => i).filter((i) => lines[i].end > lines[i].start);
  const out: SpeechHeader[] = [];
  filled.forEach((i, k) => {
    const title = speechTitle(s, lines[i]);
    if (!title) return;
    const names = [title.byline, k > 0 ? nameAlone(s, lines[filled[k - 1]]) : undefined];
    for (let j = k + 1; j < filled.length && j <= k + HEADER_MAX; j++) {
      const l = lines[filled[j]];
      const sal = salutation(s, l);
      if (sal === 'more') continue;
      if (sal === 'last') {
        const found = names.filter((n): n is Span => n !== undefined);
        if (new Set(found.map((n) => s.slice(n.start, n.end))).size === 1) out.push({ head: filled[j], name: found[0] });
        return;
      }
      if (DATE_ALONE.test(s.slice(l.start, l.end))) continue;
      const byline = bylineIn(s, l.start, l.end);
      if (!byline) return;
      names.push(byline);
    }
  });
  return out;
}

/** A line above the title that is only a name (郑某某 / 在…上的讲话): a post there would be another layout's. */
function nameAlone(s: string, l: Line): Span | undefined {
  const byline = bylineIn(s, l.start, l.end);
  return byline && byline.start === l.start ? byline : undefined;
}

/** The names the bylines of speeches published on its own give (the speaker, whether a title stands by or not). */
export function speechBylineNames(view: TextView): Mention[] {
  return speechHeaders(view.shadow, view.lines).map((h) => ({ start: h.name.start, end: h.name.end, evidence: 'byline' }));
}
