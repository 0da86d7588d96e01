/**
 * Transcript text → Corpus. Works from the text's own conventions (see structure.ts and
 * captions.ts): the intro's list of guests gives the people, photo captions give each part's
 * subject, speech verbs give the quotes. Curated data (speakers.json, topics.json, event.json)
 * only enriches what the text yields: titles in English, aliases, pinyin, roles.
 */
import type { Corpus, EventInfo, Passage, Quote, Role, Section, Speaker, Topic } from '../model';
import { knownStatements } from './recognize/known';
import { readReport, type ReadReport } from './recognize';
import { readCaption, type Caption } from './captions';
import { defaultTopics } from './defaultTopics';
import { extractEvent } from './event';
import { LineIndex, paragraphSpans, trimSpan, type Span } from './location';
import { PersonIndex } from './people';
import { findPersonList, splitEntry } from './personList';
import { namePinyin } from './pinyin';
import { QuoteFinder, type FoundQuote } from './quotes';
import type { CuratedData } from './schema';
import { splitSentences } from './sentences';
import { assignSubjects, type ParagraphInfo } from './structure';
import { endingRole, splitOrgTitle, titleAliases } from './titles';
import { tagTopics } from './topics';

export interface ParseOptions {
  /** Corpus id, e.g. "bundled:summit-2017". */
  id: string;
  /** File name shown to users and in citations. */
  file: string;
  curated?: CuratedData;
}

interface Draft {
  name: string;
  introOrgTitle?: string;
  captionOrgTitle?: string;
  host: boolean;
}

export function parseReport(text: string, options: ParseOptions): Corpus {
  const curated = options.curated ?? {};
  const topics: Topic[] = curated.topics ?? defaultTopics();
  const lines = new LineIndex(text);
  const paraSpans = paragraphSpans(text);
  const curatedNames = (curated.speakers ?? []).map((s) => s.name);

  // People: the intro's list of guests, with names cut where the captions (or curated data) say.
  const introEntries = paraSpans.length > 1 ? findPersonList(text, paraSpans[0]) : [];
  const entryTexts = introEntries.map((e) => e.text);
  const captions: (Caption | undefined)[] = paraSpans.map((p, i) => (i === 0 ? undefined : readCaption(text, p, curatedNames, entryTexts)));
  const drafts = new Map<string, Draft>();
  const draft = (name: string) => {
    let d = drafts.get(name);
    if (!d) drafts.set(name, (d = { name, host: false }));
    return d;
  };
  const known = new Set<string>([...captions.flatMap((c) => (c ? [c.name] : [])), ...curatedNames]);
  for (const e of introEntries) {
    const { orgTitle, name } = splitEntry(e.text, known);
    draft(name).introOrgTitle = orgTitle;
    known.add(name);
  }
  for (const c of captions) {
    if (!c) continue;
    const d = draft(c.name);
    d.captionOrgTitle = c.orgTitle;
    d.host ||= c.host;
  }
  // People lined up later (the panel) who were not in the intro.
  const bodies: Span[] = paraSpans.map((p, i) => trimSpan(text, { start: captions[i]?.span.end ?? p.start, end: p.end }));
  const lists = bodies.map((b, i) => (i === 0 ? introEntries : findPersonList(text, b)));
  lists.forEach((list, i) => {
    if (i === 0) return;
    for (const e of list) {
      const { orgTitle, name } = splitEntry(e.text, known);
      if (!drafts.has(name)) draft(name).introOrgTitle = orgTitle;
      known.add(name);
    }
  });
  // Curated people the parse missed are added only when the text does name them.
  for (const s of curated.speakers ?? []) if (text.includes(s.name)) draft(s.name);

  const curatedBy = new Map((curated.speakers ?? []).map((s) => [s.name, s]));
  const orgTitles = new Map<string, { title: string; organization: string }>();
  for (const d of drafts.values()) {
    const c = curatedBy.get(d.name);
    if (c) { orgTitles.set(d.name, { title: c.title, organization: c.organization }); continue; }
    const candidates = [d.captionOrgTitle, d.introOrgTitle].filter((s): s is string => !!s);
    const best = candidates.find((s) => endingRole(s)) ?? candidates.sort((a, b) => b.length - a.length)[0] ?? '';
    orgTitles.set(d.name, splitOrgTitle(best, text));
  }
  const allAliases = new Map<string, string[]>();
  for (const d of drafts.values()) {
    const generated = titleAliases(d.name, orgTitles.get(d.name)!.title);
    allAliases.set(d.name, [...new Set([...(curatedBy.get(d.name)?.aliases ?? []), ...generated])]);
  }
  const people = new PersonIndex([...drafts.keys()].map((name) => ({ name, aliases: allAliases.get(name)! })));

  // Paragraph bodies → sentences; then subjects; then quotes with the subjects as context.
  const paras: ParagraphInfo[] = paraSpans.map((span, i) => ({
    span,
    sentences: splitSentences(text, bodies[i]),
    captionName: captions[i]?.name,
    listed: lists[i].map((e) => splitEntry(e.text, known).name).filter((n) => drafts.has(n)),
  }));
  const finder = new QuoteFinder(people);
  const hosts = new Set([...drafts.values()].filter((d) => d.host || curatedBy.get(d.name)?.role === 'host').map((d) => d.name));
  // First pass without subjects, to let uncaptioned paragraphs take their most-quoted person.
  const rough = paras.map((p) => p.sentences.flatMap((s) => finder.inSentence(text, s, null).map((q) => q.speaker)));
  const slots = assignSubjects(text, paras, people, (i) => rough[i], hosts);

  const found: { q: FoundQuote; slot: number }[] = [];
  let recent: string[] = [];
  slots.forEach((slot, k) => {
    if (k === 0 || slots[k - 1].paragraph !== slot.paragraph) recent = [];
    for (const q of finder.inSentence(text, slot.span, slot.subject, recent)) found.push({ q, slot: k });
    for (const r of people.refs(text, slot.span.start, slot.span.end, slot.subject, recent)) if (r.name) recent.push(r.name);
  });

  // Sections: runs of sentences with the same kind and subject.
  const sections: Section[] = [];
  const sectionOf: number[] = [];
  slots.forEach((slot, k) => {
    const last = sections[sections.length - 1];
    const prev = slots[k - 1];
    if (last && prev && prev.kind === slot.kind && prev.subject === slot.subject) {
      const end = slot.span.end;
      last.location = lines.locate(last.location.offset, end - last.location.offset);
    } else {
      sections.push({ index: sections.length, kind: slot.kind, subject: slot.subject, location: lines.locate(slot.span.start, slot.span.end - slot.span.start) });
    }
    sectionOf.push(sections.length - 1);
  });

  const firstSpeakerAt = new Map<number, string>();
  for (const f of found) if (f.q.speaker && !firstSpeakerAt.has(f.slot)) firstSpeakerAt.set(f.slot, f.q.speaker);
  const passages: Passage[] = slots.map((slot, k) => {
    const words = text.slice(slot.span.start, slot.span.end);
    let speaker: string | null = firstSpeakerAt.get(k) ?? null;
    if (!speaker) {
      if (slot.kind === 'speaker') speaker = slot.subject;
      else {
        const named = people.fullNames(text, slot.span.start, slot.span.end);
        speaker = named.length === 1 ? named[0] : null;
      }
    }
    return {
      id: `p${k + 1}`, text: words, speaker, section: sectionOf[k],
      location: lines.locate(slot.span.start, words.length), topics: tagTopics(words, topics),
    };
  });

  const quotes: Quote[] = found.map(({ q, slot }, i) => {
    const words = text.slice(q.span.start, q.span.end);
    const own = tagTopics(words, topics);
    return {
      id: `q${i + 1}`, text: words, speaker: q.speaker, verb: q.verb,
      location: lines.locate(q.span.start, words.length), passage: passages[slot].id,
      topics: own.length ? own : passages[slot].topics,
    };
  });

  // Roles: host by caption (or curation); speaker when a part is about them or they are quoted;
  // panelist when they only sit on the panel.
  const subjects = new Set(sections.map((s) => s.subject).filter(Boolean));
  const quoted = new Set(quotes.map((q) => q.speaker).filter(Boolean));
  const panelParagraphs = new Set(slots.filter((s) => s.kind === 'panel').map((s) => s.paragraph));
  const panel = new Set(paras.filter((_, i) => panelParagraphs.has(i)).flatMap((p) => p.listed));
  const speakers: Speaker[] = [...drafts.values()].map((d) => {
    const c = curatedBy.get(d.name);
    let role: Role = 'speaker';
    if (c) role = c.role;
    else if (d.host) role = 'host';
    else if (!subjects.has(d.name) && !quoted.has(d.name) && panel.has(d.name)) role = 'panelist';
    const uniqueGenerated = titleAliases(d.name, orgTitles.get(d.name)!.title)
      .filter((a) => [...allAliases.entries()].every(([n, list]) => n === d.name || !list.includes(a)));
    return {
      name: d.name,
      ...orgTitles.get(d.name)!,
      role,
      aliases: c ? [...c.aliases] : uniqueGenerated,
      pinyin: c?.pinyin ?? namePinyin(d.name),
      ...(c?.en ? { en: { ...c.en } } : {}),
    };
  });

  const read = readReport(text);
  speakers.push(...otherPeople(read, speakers));
  const statements = knownStatements(text, read, new Set(speakers.map((s) => s.name)), passages, (o, l) => lines.locate(o, l), topics);
  return { id: options.id, file: options.file, text, event: eventInfo(text, paraSpans, options.file, curated.event), speakers, sections, passages, quotes, statements, topics };
}

/** People the general recogniser finds that the captions and the guest list did not (a mentioned official, a reporter). */
function otherPeople(read: ReadReport, speakers: Speaker[]): Speaker[] {
  const have = new Set(speakers.map((s) => s.name));
  return read.people.filter((p) => !have.has(p.name)).map((p) => ({
    name: p.name, title: p.title, organization: p.organization, role: p.finalRole, aliases: titleAliases(p.name, p.title), pinyin: namePinyin(p.name),
  }));
}

function eventInfo(text: string, paras: Span[], file: string, curated?: EventInfo): EventInfo {
  const head = paras.length ? text.slice(paras[0].start, paras[Math.min(1, paras.length - 1)].end) : '';
  const found = extractEvent(head);
  const base: EventInfo = {
    name: found.name ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    date: found.date ?? '',
    venue: found.venue ?? '',
    organizers: found.organizers ?? [],
    ...(found.city ? { city: found.city } : {}),
  };
  return curated ? { ...base, ...curated, organizers: curated.organizers.length ? [...curated.organizers] : base.organizers } : base;
}
