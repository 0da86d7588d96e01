/**
 * Markdown transcripts (format 2):
 *
 *   ---
 *   title: 2018中国医疗云技术领袖峰会
 *   date: 2018-05-12
 *   venue: 上海齐鲁万怡大酒店
 *   organisers: [中国数字医疗网, 中关村互联网产业联盟专委会]
 *   language: zh
 *   ---
 *   ## 主持人：刘喻｜信息中心副主任，无锡市人民医院
 *   A paragraph about or by the section's speaker.
 *   > Direct speech of the section's speaker.
 *   ## 圆桌｜医院上云的路径
 *   **高志宏**：words of one panelist.
 *
 * Headings are `## 姓名｜职务，机构` (ASCII | and , work too); a 主持人 marker
 * makes the host, a 圆桌 heading opens the panel. A sentence never crosses a
 * line break, so every passage and quote slices back exactly from its Location.
 * Errors (a heading without a name, broken front matter) mean no corpus; the
 * problems carry line numbers.
 */
import { HOST_WORDS, PANEL_HEADING_NAMES } from '../lang/zh';
import { HEADING_ROLE_LABELS, headingLabelRole } from '../lang/zh/entities';
import { readReport } from './recognize';
import { attributeQuotes, knownStatements, proseSpeakers } from './recognize/known';
import type { EventInfo, Passage, Problem, Quote, Role, Section, Speaker } from '../model';
import { findQuotes } from './transcript/attribution';
import { parseFrontMatter } from './transcript/frontMatter';
import { giveTitle, looksLikeName, makeSpeaker, topicsOf } from './transcript/people';
import { addressedTitles } from './recognize/address';
import { lineStarts, lines, locate, sentences, trimSpan } from './transcript/spans';
import { inPassage } from './location';
import type { ParseOutcome, TranscriptOptions } from './transcript/types';

/** What a `##` heading says. */
export interface Heading {
  /** A speaker's section, the panel, or (decided by the parser) a headed part with no speaker. */
  kind: 'speaker' | 'panel' | 'part';
  name: string;
  title: string;
  organization: string;
  role: Role;
  /** For a panel: names listed in the heading (圆桌｜甲、乙、丙). */
  panelists: string[];
  /** For a panel: its subject when the heading gives one instead of names. */
  subject?: string;
}

const HOST = new RegExp(HOST_WORDS.join('|'));
const LABELS = HEADING_ROLE_LABELS.map(([w]) => w).join('|');
/** A role label and its colon opening a heading (主讲嘉宾：王某｜…). */
const LABEL_PREFIX = new RegExp(`^(${LABELS})\\s*[:：]\\s*`, 'u');
/** A role label in brackets after the name (刘喻（主持人）｜…). */
const LABEL_PAREN = new RegExp(`[（(]\\s*(${LABELS})\\s*[）)]`, 'u');
const PANEL_LABELS = HEADING_ROLE_LABELS.filter(([, r]) => r === 'panelist').map(([w]) => w);
/** What opens a panel heading: a panel's name, or a panel label and its colon (参与嘉宾：李源、张天). */
const PANEL_OPENING = new RegExp(`^(?:(?:${PANEL_LABELS.join('|')})\\s*[:：]|${PANEL_HEADING_NAMES.join('|')})\\s*[｜|:：]?\\s*`, 'u');

/** Parses the text after `## `; returns a message instead when the heading has no name. */
export function parseHeading(raw: string): Heading | { error: string } {
  let h = raw.replace(/\s+#+\s*$/, '').trim();
  const panel = PANEL_OPENING.exec(h);
  if (panel) {
    const rest = h.slice(panel[0].length);
    const names = rest.split(/[、，,]\s*/).map((s) => s.trim()).filter((s) => s !== '');
    const allNames = names.length > 0 && names.every((n) => looksLikeName(n) || /^[A-Za-z][A-Za-z .-]{1,30}$/.test(n));
    return { kind: 'panel', name: '', title: '', organization: '', role: 'panelist', panelists: allNames ? names : [], subject: allNames ? undefined : rest || undefined };
  }
  let role: Role = 'speaker';
  // 主持人：刘喻｜…, 主讲嘉宾：王某｜…, 刘喻（主持人）｜…, 刘喻｜主持人｜…
  const prefix = LABEL_PREFIX.exec(h);
  if (prefix) { role = headingLabelRole(prefix[1]) ?? 'speaker'; h = h.slice(prefix[0].length); }
  const paren = LABEL_PAREN.exec(h);
  if (paren) { role = headingLabelRole(paren[1]) ?? 'speaker'; h = h.replace(paren[0], ''); }
  const fields = h.split(/\s*[｜|]\s*/);
  const kept: string[] = [];
  for (const f of fields) {
    if (HOST.test(f) && f.replace(HOST, '').trim() === '') { role = 'host'; continue; }
    kept.push(f.trim());
  }
  const name = kept[0] ?? '';
  if (name === '' || /^[，,、。；;：:]/.test(name)) return { error: 'this speaker heading has no name: write it as "## 姓名｜职务，机构"' };
  if (name.length > 30) return { error: `this heading's name "${name.slice(0, 30)}…" is too long to be a name: write "## 姓名｜职务，机构"` };
  const rest = kept.slice(1).join('，');
  const comma = rest.search(/[，,]/);
  const title = comma < 0 ? rest : rest.slice(0, comma).trim();
  const organization = comma < 0 ? '' : rest.slice(comma + 1).replace(/^[，,\s]+/, '').trim();
  return { kind: 'speaker', name, title, organization, role, panelists: [] };
}

/** `**姓名**：` or `姓名：` at the start of a panel line. */
const PANEL_PREFIX = /^\s*(?:\*\*([^*]{1,20})\*\*|([\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z .-]{1,30}))\s*[:：]\s*/;

export function parseMarkdown(text: string, opts: TranscriptOptions): ParseOutcome {
  const { file } = opts;
  const topics = opts.curated?.topics ?? [];
  const ls = lines(text);
  const starts = lineStarts(text);
  const fm = parseFrontMatter(text, ls, file);
  const problems: Problem[] = [...fm.problems];

  const speakers: Speaker[] = [];
  const sections: Section[] = [];
  const passages: Passage[] = [];
  const quotes: Quote[] = [];
  const byName = new Map<string, Speaker>();
  const addSpeaker = (name: string, title: string, org: string, role: Role): Speaker => {
    const have = byName.get(name);
    if (have) {
      if (!have.title && title) have.title = title;
      if (!have.organization && org) have.organization = org;
      if (role === 'host') have.role = 'host';
      return have;
    }
    const s = makeSpeaker(name, title, org, role, opts.curated);
    speakers.push(s);
    byName.set(name, s);
    return s;
  };
  const resolve = (phrase: string): string | undefined => {
    for (const s of speakers) {
      if (phrase.endsWith(s.name)) return s.name;
      if (s.aliases.some((a) => phrase.endsWith(a))) return s.name;
    }
    return undefined;
  };

  // First pass: headings (so that quotes may name people introduced later).
  let h1: string | undefined;
  const headings = new Map<number, Heading>();
  for (let i = fm.bodyLine; i < ls.length; i++) {
    const raw = text.slice(ls[i].start, ls[i].end);
    const m = /^##(?!#)\s*(.*)$/.exec(raw);
    if (m) {
      const h = parseHeading(m[1]);
      if ('error' in h) { problems.push({ severity: 'error', file, line: ls[i].line, message: h.error }); continue; }
      if (h.kind === 'speaker' && h.role !== 'host' && !/[｜|]/.test(m[1]) && !looksLikeName(h.name) && !/^[A-Za-z][A-Za-z .'-]{1,40}$/.test(h.name)) {
        // "## 开幕致辞": a part of the event, not a person.
        headings.set(i, { ...h, kind: 'part' });
        problems.push({ severity: 'info', file, line: ls[i].line, message: `"${h.name}" is read as a part of the event without a speaker (a speaker heading is "## 姓名｜职务，机构")` });
        continue;
      }
      headings.set(i, h);
      if (h.kind === 'speaker') addSpeaker(h.name, h.title, h.organization, h.role);
      else for (const p of h.panelists) addSpeaker(p, '', '', 'panelist');
    } else if (h1 === undefined && /^#(?!#)\s*\S/.test(raw)) {
      h1 = raw.replace(/^#\s*/, '').trim();
    }
  }

  // Second pass: sections, passages and quotes.
  let section: Section | undefined;
  let subject: string | null = null;
  let lastSpeaker: string | null = null;
  const openSection = (kind: Section['kind'], who: string | null, at: number) => {
    closeSection(at);
    section = { index: sections.length, kind, subject: who, location: locate(starts, ls[at].start, 0) };
    sections.push(section);
    subject = who;
    lastSpeaker = who;
  };
  const closeSection = (at: number) => {
    if (!section) return;
    // Ends at the last non-blank line before `at`.
    let j = at - 1;
    while (j > 0 && text.slice(ls[j].start, ls[j].end).trim() === '') j--;
    const end = Math.max(ls[Math.max(j, 0)].end, section.location.offset);
    section.location = locate(starts, section.location.offset, end - section.location.offset);
  };

  for (let i = fm.bodyLine; i < ls.length; i++) {
    const { start, end } = ls[i];
    const raw = text.slice(start, end);
    if (raw.trim() === '') continue;
    const h = headings.get(i);
    if (h) { openSection(h.kind === 'part' ? 'intro' : h.kind, h.kind === 'speaker' ? h.name : null, i); continue; }
    if (/^##(?!#)/.test(raw)) { section = undefined; subject = null; continue; } // a broken heading: already reported
    if (/^#/.test(raw) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue; // title, sub-headings, rules
    if (!section) openSection('intro', null, i);

    let s = start;
    const quoted = /^\s*>\s?/.exec(raw);
    if (quoted) s += quoted[0].length;
    const list = /^\s*(?:[-*+]|\d+[.、])\s+/.exec(text.slice(s, end));
    if (list) s += list[0].length;
    let speaker = subject as string | null;
    if (section!.kind === 'panel' || !subject) {
      const p = PANEL_PREFIX.exec(text.slice(s, end));
      const name = p ? (p[1] ?? p[2]).trim() : undefined;
      if (p && name && (byName.has(name) || looksLikeName(name) || p[1])) {
        addSpeaker(name, '', '', section!.kind === 'panel' ? 'panelist' : 'speaker');
        speaker = name;
        s += p[0].length;
      }
    }
    const [cs, ce] = trimSpan(text, s, end);
    if (cs >= ce) continue;
    if (speaker) lastSpeaker = speaker;

    const first = passages.length;
    for (const [a, b] of sentences(text, cs, ce)) {
      const t = text.slice(a, b);
      passages.push({ id: `p${passages.length + 1}`, text: t, speaker, section: section!.index, location: locate(starts, a, b - a), topics: topicsOf(t, topics) });
    }
    const passageAt = (offset: number) => {
      for (let k = passages.length - 1; k >= first; k--) if (passages[k].location.offset <= offset) return passages[k].id;
      return passages[first]?.id ?? '';
    };
    if (quoted) {
      // The whole block-quote line is direct speech (without surrounding quotation marks).
      let [qs, qe] = [cs, ce];
      if (/^[“「"]/.test(text[qs]) && /[”」"]$/.test(text[qe - 1])) { qs++; qe--; }
      if (qe > qs) {
        const t = text.slice(qs, qe);
        quotes.push({ id: `q${quotes.length + 1}`, text: t, speaker, verb: '', location: locate(starts, qs, qe - qs), passage: passageAt(qs), topics: topicsOf(t, topics) });
      }
      continue;
    }
    for (const f of findQuotes(text, cs, ce, resolve)) {
      let who: string | null = speaker;
      if (f.who?.name) {
        who = f.who.name;
        if (!byName.has(who)) addSpeaker(who, f.who.title, f.who.organization, 'speaker');
      } else if (f.who?.pronoun) who = lastSpeaker as string | null;
      const t = text.slice(f.start, f.end);
      quotes.push({ id: `q${quotes.length + 1}`, text: t, speaker: who, verb: f.verb, location: locate(starts, f.start, f.end - f.start), passage: passageAt(f.start), topics: topicsOf(t, topics) });
    }
  }
  closeSection(ls.length);

  const fmEvent = fm.event;
  const base = file.replace(/^.*[\\/]/, '').replace(/(\.summit)?\.(md|markdown|txt)$/i, '');
  if (!fmEvent.name && !h1) problems.push({ severity: 'warning', file, line: 1, message: `no title in the front matter; the event is called "${base}"` });
  const event: EventInfo = {
    name: fmEvent.name || h1 || base,
    date: fmEvent.date ?? '',
    venue: fmEvent.venue ?? '',
    organizers: fmEvent.organizers ?? [],
    language: fmEvent.language ?? 'zh',
  };
  for (const k of ['nameEn', 'city', 'publisher'] as const) if (fmEvent[k]) event[k] = fmEvent[k];

  if (passages.length === 0) problems.push({ severity: 'error', file, line: Math.min(ls.length, fm.bodyLine + 1), message: 'the transcript has no text after its front matter' });
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const read = readReport(text);
  proseSpeakers(read, new Set(speakers.map((s) => s.name)), (offset) => inPassage(passages, offset), addSpeaker);
  for (const [name, title] of addressedTitles(read.view.shadow, speakers)) giveTitle(byName.get(name), title);
  const names = new Set(speakers.map((s) => s.name));
  attributeQuotes(text, quotes, read, names);
  const statements = knownStatements(text, read, names, passages, (o, l) => locate(starts, o, l), topics);
  const byId = new Map(passages.map((p) => [p.id, p]));
  for (const st of statements) {
    const p = byId.get(st.passage);
    if (p && p.speaker === null) p.speaker = st.speaker;
  }
  return { corpus: { id: opts.id, file, text, event, speakers, sections, passages, quotes, statements, topics }, problems };
}

