/**
 * Answers about the event and its people that the record states in one known place, not in a
 * sentence that shares the question's words: the event's date (the opening's date, or the
 * parsed event date), its venue (a header's 地点：… line), its organisers (由X主办、Y承办), and a
 * named person's title. Each reads the Simplified shadow of the text and answers as the text
 * writes it; each may also decline, when the thing asked for is not where the record would
 * state it.
 */
import type { Corpus, Speaker } from '../model';
import { inPassage } from '../corpus/location';
import type { QuestionAnalysis } from './question';
import type { Evidence } from './types';
import { foldedText, unitsOf } from './retrieve';
import { type PersonForm, findPeople } from './people';
import { mentionsIn } from './mentions';
import { describedAs, postOf } from './extract/person';
import { fold, lineColumn, shadowOf } from './text';
import { VENUE_LABELS } from '../lang/zh/entities';
import { JOINT_ROLE_PREFIXES, ORGANISER_ROLES } from '../lang/zh/answers';
import {
  EVENT_QUESTION_NOUNS, EVENT_QUESTION_VERBS, NAME_CUES, ORGANISER_QUESTION_ROLES, ORGANISER_QUESTION_SUFFIXES, TITLE_QUESTION_FRAME,
  TITLE_QUESTION_WORDS_WIDE,
} from '../lang/zh/questions';

/** What a record strategy concludes: an answer with its evidence, or a reasoned null. */
export type Verdict = { answer: string; score: number; evidence: Evidence } | { answer: null };

/** Words a question about the event itself uses (会议是什么时候召开的). */
const EVENT_NOUN = new RegExp(EVENT_QUESTION_NOUNS.join('|'), 'u');
const EVENT_VERB = new RegExp(EVENT_QUESTION_VERBS.join('|'), 'u');

const DATE_RE = /(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/u;
/** A month and day without the year (10月21日): the event's date when the opening states it with the event. */
const MONTH_DAY_RE = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/u;
/** How many sentences of the opening may state the event's date (page debris and a title line come first). */
const OPENING = 8;

/** Evidence for a span [start, end) of a corpus text: the passage that holds it. */
export function evidenceAt(corpus: Corpus, start: number, end: number): Evidence {
  const unit = unitsOf(corpus).find((u) => u.passage.location.offset <= start && start < u.passage.location.offset + u.passage.text.length);
  const { line, column } = lineColumn(corpus.text, start);
  const base = unit?.passage.location.offset ?? start;
  const text = unit?.passage.text ?? corpus.text.slice(start, end);
  return {
    text,
    speaker: unit?.passage.speaker ?? null,
    location: unit?.passage.location ?? { line, column, offset: start, length: end - start },
    highlights: [[start - base, end - base]],
    corpus: corpus.id,
    event: corpus.event?.name ?? '',
    file: corpus.file,
  };
}

/** Does the question ask (when, where) about the event itself, with no other subject than the event? */
function asksAboutEvent(analysis: QuestionAnalysis, type: QuestionAnalysis['type']): boolean {
  if (analysis.type !== type) return false;
  const hard = analysis.words.filter((w) => !w.soft && !EVENT_NOUN.test(w.text) && !EVENT_VERB.test(w.text));
  return hard.length === 0 && (EVENT_NOUN.test(analysis.text) || EVENT_VERB.test(analysis.text));
}

/** Does the question ask when the event itself took place (no other subject than the event)? */
export function asksEventDate(analysis: QuestionAnalysis): boolean {
  return asksAboutEvent(analysis, 'when');
}

/** The event's date: the first full date of the opening (its first three sentences), else the parsed date. */
export function eventDate(analysis: QuestionAnalysis, corpora: Corpus[]): Verdict | null {
  if (!asksEventDate(analysis)) return null;
  for (const c of corpora) {
    const opening = unitsOf(c).slice(0, OPENING);
    // the sentence that states the event (召开, 举行…) with a date; else the first full date
    const withEvent = opening.find((u) => EVENT_VERB.test(u.shadow) && (DATE_RE.test(u.shadow) || MONTH_DAY_RE.test(u.shadow)));
    for (const u of withEvent ? [withEvent] : opening) {
      const m = DATE_RE.exec(u.shadow) ?? (u === withEvent ? MONTH_DAY_RE.exec(u.shadow) : null);
      if (!m) continue;
      const start = u.passage.location.offset + m.index;
      return { answer: c.text.slice(start, start + m[0].length), score: 1, evidence: evidenceAt(c, start, start + m[0].length) };
    }
    const d = c.event?.date;
    if (d && /^\d{4}-\d{2}-\d{2}$/u.test(d)) {
      const [y, mo, da] = d.split('-').map(Number);
      const written = `${y}年${mo}月${da}日`;
      const at = foldedText(c).indexOf(written);
      if (at >= 0) return { answer: c.text.slice(at, at + written.length), score: 0.95, evidence: evidenceAt(c, at, at + written.length) };
    }
  }
  return null;
}

/** Does the question ask where the event itself took place (no other subject than the event)? */
export function asksEventVenue(analysis: QuestionAnalysis): boolean {
  return asksAboutEvent(analysis, 'where');
}

/** A header's venue line: a label (its characters may be spaced out), a colon, the venue. */
const VENUE_LINE = new RegExp(`^[\\s*]*(?:${VENUE_LABELS.map((l) => [...l].join('[ \\t\u3000]*')).join('|')})[ \\t\u3000]*[：:][ \\t\u3000]*([^\\s，。；].{1,59}?)[\\s。；]*$`, 'u');

/** The event's venue as a programme or transcript header labels it (地点：…), in the opening. */
export function eventVenue(analysis: QuestionAnalysis, corpora: Corpus[]): Verdict | null {
  if (!asksEventVenue(analysis)) return null;
  for (const c of corpora) {
    for (const u of unitsOf(c).slice(0, OPENING)) {
      const m = VENUE_LINE.exec(u.shadow);
      if (!m) continue;
      const start = u.passage.location.offset + m.index + m[0].indexOf(m[1]);
      return { answer: c.text.slice(start, start + m[1].length), score: 1, evidence: evidenceAt(c, start, start + m[1].length) };
    }
  }
  return recordedVenue(corpora);
}

/**
 * The venue the record's own fields give (a transcript's front matter: venue: …), where its text
 * writes it outside the prose: a venue a parser read from a sentence (长沙 of 在长沙华天大酒店召开)
 * is left to the sentence, which says more.
 */
function recordedVenue(corpora: Corpus[]): Verdict | null {
  for (const c of corpora) {
    const venue = c.event?.venue ?? '';
    for (let at = venue ? c.text.indexOf(venue) : -1; at >= 0; at = c.text.indexOf(venue, at + 1)) {
      if (!inPassage(c.passages, at)) return { answer: venue, score: 1, evidence: evidenceAt(c, at, at + venue.length) };
    }
  }
  return null;
}

const ROLE_RE = new RegExp(`(${ORGANISER_ROLES.join('|')})`, 'u');
const NAME_CUE = new RegExp(NAME_CUES.join('|'), 'u');
const ASKED_ROLE = new RegExp(`(${ORGANISER_QUESTION_ROLES.join('|')})(?:${ORGANISER_QUESTION_SUFFIXES.join('|')})?`, 'u');
const JOINT_END = new RegExp(`(?:${[...JOINT_ROLE_PREFIXES, '等'].join('|')})$`, 'u');
const JOINT_START = new RegExp(`^(?:${JOINT_ROLE_PREFIXES.join('|')})`, 'u');

/** The organiser role a question asks about (主办 for 由谁主办 / 主办方是谁 / 主办单位), or null. */
export function askedOrganiserRole(analysis: QuestionAnalysis): string | null {
  if (!NAME_CUE.test(analysis.cue?.word ?? '')) return null;
  const m = ASKED_ROLE.exec(analysis.text);
  if (!m) return null;
  if (m[1] === '举办' && !/由谁|谁举办|哪[个家]?(?:单位|机构)举办|举办方|举办单位/u.test(analysis.text)) return null;
  return m[1] === '举办' ? '主办' : m[1];
}

/** 由A主办、B承办: each organisation with its role, in the shadow of one sentence. */
export function organisersIn(shadow: string): Array<{ start: number; end: number; role: string }> {
  const out: Array<{ start: number; end: number; role: string }> = [];
  for (let at = shadow.indexOf('由'); at >= 0; at = shadow.indexOf('由', at + 1)) {
    let s = at + 1;
    for (let guard = 0; guard < 6; guard++) {
      const rest = shadow.slice(s, s + 80);
      const r = ROLE_RE.exec(rest);
      if (!r || /[。；;！？]/u.test(rest.slice(0, r.index))) break;
      const name = rest.slice(0, r.index).replace(JOINT_END, '');
      if (name.length < 2 || /[，,]/u.test(name)) break;
      // several organisers of one role: A、B主办
      let from = s;
      for (const part of name.split(/、|和|与|及/u)) {
        if (part.length >= 2) out.push({ start: from, end: from + part.length, role: r[1].replace(JOINT_START, '') });
        from += part.length + 1;
      }
      s += r.index + r[0].length;
      const sep = /^[、，,]|^和|^及/u.exec(shadow.slice(s));
      if (!sep) break;
      s += sep[0].length;
    }
  }
  return out;
}

/** 由X主办 questions: the organisations the text names in that role (all of them, in order). */
export function organisers(analysis: QuestionAnalysis, corpora: Corpus[]): Verdict | null {
  const role = askedOrganiserRole(analysis);
  if (!role) return null;
  for (const c of corpora) {
    for (const u of unitsOf(c)) {
      const found = organisersIn(u.shadow).filter((o) => o.role === role || (role === '主办' && o.role === '举办'));
      if (!found.length) continue;
      const base = u.passage.location.offset;
      const names = found.map((o) => c.text.slice(base + o.start, base + o.end));
      const ev = evidenceAt(c, base + found[0].start, base + found[found.length - 1].end);
      ev.highlights = found.map((o) => [o.start, o.end]);
      return { answer: names.join('、'), score: 1, evidence: ev };
    }
    const listed = role === '主办' ? c.event?.organizers ?? [] : [];
    const at = listed.length ? foldedText(c).indexOf(fold(listed[0])) : -1;
    if (at >= 0) return { answer: listed.join('、'), score: 0.9, evidence: evidenceAt(c, at, at + listed[0].length) };
  }
  return null;
}

const ASKS_TITLE = new RegExp(TITLE_QUESTION_WORDS_WIDE.join('|'), 'u');
const TITLE_FRAME = new RegExp(TITLE_QUESTION_FRAME.join('|'), 'u');

/** The organisation and title phrase written before a person's name, in one corpus. */
function describedIn(c: Corpus, sp: Speaker): { start: number; end: number } | null {
  const shadow = shadowOf(c.text);
  const name = shadowOf(sp.name);
  for (const m of mentionsIn(shadow)) if (m.name === name && m.described) return { start: m.described[0], end: m.described[1] };
  return null;
}

/**
 * The record's title of a person on a line that names them, when no prose writes it before the
 * name: a transcript's speaker heading (## 姓名｜职务，机构) or a programme row (姓名 职务) gives
 * title and organisation as fields of the line. The span from the name to the title's end.
 */
function titleLine(c: Corpus, sp: Speaker): { start: number; end: number } | null {
  const title = shadowOf(sp.title || '');
  if (!title) return null;
  const text = foldedText(c);
  const name = fold(sp.name);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const t = text.indexOf(title, at + name.length);
    if (t >= 0 && t + title.length <= lineEnd) return { start: at, end: t + title.length };
  }
  return null;
}

/**
 * Where a corpus writes the person's post as the record has it (ending in their title, with the
 * organisation when written beside it): the post and the clause it stands in, at the first
 * mention that has it (before the name, in a chain of posts, in brackets or a row after it).
 */
function writtenPost(c: Corpus, sp: Speaker): { post: [number, number]; clause: [number, number] } | null {
  if (!sp.title) return null;
  const text = foldedText(c);
  const name = fold(sp.name);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const m = { start: at, end: at + name.length };
    const post = postOf(text, m, sp);
    if (!post || !text.slice(post[0], post[1]).endsWith(fold(sp.title))) continue;
    // the clause the post holds: from the person's organisation when a chain writes it before the post (…医院副院长、信息中心主任某)
    const chain = describedAs(text, m, true);
    const org = sp.organization ? text.lastIndexOf(fold(sp.organization), post[0]) : -1;
    const from = chain && org >= chain[0] ? Math.min(org, post[0]) : post[0];
    return { post, clause: [from, Math.max(post[1], from)] };
  }
  return null;
}

/**
 * 刘芳担任什么职务: the title written before the person's name. An organisation the question
 * adds (胡建平担任湖南省人民医院的什么职务) must be the one written with the person, else null.
 */
export function personTitle(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[]): Verdict | null {
  if (!ASKS_TITLE.test(analysis.text)) return null;
  const named = [...new Set(findPeople(fold(analysis.text), forms).filter((m) => m.full).map((m) => m.speaker))];
  if (named.length !== 1) return null;
  const sp = named[0];
  const rest = fold(analysis.text).replace(fold(sp.name), ' ');
  const asked = analysis.words.map((w) => fold(w.text)).filter((w) => w.length >= 2 && rest.includes(w) && !ASKS_TITLE.test(w) && !TITLE_FRAME.test(w));
  for (const c of corpora) {
    const written = writtenPost(c, sp);
    if (written) {
      if (asked.some((w) => !foldedText(c).slice(written.clause[0], written.clause[1]).includes(w))) return { answer: null };
      const [s, e] = [written.post[1] - sp.title.length, written.post[1]];
      return { answer: c.text.slice(s, e), score: 1, evidence: evidenceAt(c, s, e) };
    }
    const d = describedIn(c, sp) ?? titleLine(c, sp);
    if (!d) continue;
    const phrase = foldedText(c).slice(d.start, d.end);
    // every content word the question adds must be in the phrase the text writes
    if (asked.some((w) => !phrase.includes(w))) return { answer: null };
    const title = shadowOf(sp.title || '');
    const at = title ? phrase.lastIndexOf(title) : -1;
    const [s, e] = at >= 0 ? [d.start + at, d.start + at + title.length] : [d.start, d.end];
    return { answer: c.text.slice(s, e), score: 1, evidence: evidenceAt(c, s, e) };
  }
  return asked.length ? { answer: null } : null;
}
