/**
 * Plain-text transcripts (format 3): prose with no structure. The whole text
 * is one section; people are found where the text attributes a “…” quotation
 * to them (孙杨表示：“…”, “…”，谢桦指出). A short first line is taken as the
 * event's title; a date (2017年4月22日), venue (在…召开) and organisers
 * (由…主办) are read from the opening when the text states them.
 */
import type { Corpus, EventInfo, Passage, Problem, Quote, Speaker } from '../model';
import { findQuotes } from './transcript/attribution';
import { isoDate } from './transcript/frontMatter';
import { makeSpeaker, topicsOf } from './transcript/people';
import { LINE_BREAK } from '../text/lines';
import { lineStarts, lines, locate, sentences } from './transcript/spans';
import type { ParseOutcome, TranscriptOptions } from './transcript/types';

/** What the opening of a report says about its event. */
export function eventFromProse(text: string, fallbackName: string): EventInfo {
  const head = text.slice(0, 1500);
  const firstLine = text.split(LINE_BREAK, 1)[0].trim();
  const titled = firstLine.length > 0 && firstLine.length <= 60 && !/[。！？，]$/.test(firstLine) && !/[，。]/.test(firstLine);
  const quotedName = /“([^”]{4,40}(?:峰会|大会|会议|论坛|研讨会|年会))”/.exec(head);
  const date = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(head);
  const venue = /在([^，。、“”\s]{2,30}?)(?:召开|举行|举办|隆重开幕|开幕)/.exec(head);
  const org = /由([^。]{2,80}?)(?:共同)?(?:主办|举办|发起)/.exec(head);
  const organizers = org
    ? org[1].split(/[、，,]|以及|和/).map((s) => s.replace(/^(联合主办方|主办方|主办单位|联合主办|指导单位|协办单位)/, '').trim()).filter((s) => s.length >= 2)
    : [];
  return {
    name: titled ? firstLine : quotedName ? quotedName[1] : fallbackName,
    date: date ? isoDate(`${date[1]}-${date[2]}-${date[3]}`) ?? '' : '',
    venue: venue ? venue[1] : '',
    organizers,
    language: 'zh',
  };
}

export function parsePlain(text: string, opts: TranscriptOptions): ParseOutcome {
  const { file } = opts;
  const topics = opts.curated?.topics ?? [];
  const problems: Problem[] = [];
  const starts = lineStarts(text);
  const speakers: Speaker[] = [];
  const byName = new Map<string, Speaker>();
  // Curated people are recognised by name and short form, but only listed once they speak.
  const resolve = (phrase: string): string | undefined => {
    for (const s of [...speakers, ...(opts.curated?.speakers ?? [])]) {
      if (phrase.endsWith(s.name)) return s.name;
      if ((s.aliases ?? []).some((a) => phrase.endsWith(a))) return s.name;
    }
    return undefined;
  };
  const addSpeaker = (name: string, title: string, org: string) => {
    const have = byName.get(name);
    if (have) {
      if (!have.title && title) have.title = title;
      if (!have.organization && org) have.organization = org;
      return;
    }
    const s = makeSpeaker(name, title, org, 'speaker', opts.curated);
    speakers.push(s);
    byName.set(name, s);
  };

  const passages: Passage[] = [];
  const quotes: Quote[] = [];
  let last: string | null = null;
  for (const ln of lines(text)) {
    if (ln.end <= ln.start) continue;
    const first = passages.length;
    for (const [a, b] of sentences(text, ln.start, ln.end)) {
      const t = text.slice(a, b);
      passages.push({ id: `p${passages.length + 1}`, text: t, speaker: null, section: 0, location: locate(starts, a, b - a), topics: topicsOf(t, topics) });
    }
    for (const f of findQuotes(text, ln.start, ln.end, resolve)) {
      let who: string | null = null;
      if (f.who?.name) {
        who = f.who.name;
        addSpeaker(who, f.who.title, f.who.organization);
      } else if (f.who?.pronoun) who = last;
      if (who) last = who;
      let pid = passages[first]?.id ?? '';
      for (let k = passages.length - 1; k >= first; k--) {
        if (passages[k].location.offset <= f.start) { pid = passages[k].id; break; }
      }
      const passage = passages.find((p) => p.id === pid);
      if (passage && who && passage.speaker === null) passage.speaker = who;
      const t = text.slice(f.start, f.end);
      quotes.push({ id: `q${quotes.length + 1}`, text: t, speaker: who, verb: f.verb, location: locate(starts, f.start, f.end - f.start), passage: pid, topics: topicsOf(t, topics) });
    }
  }
  if (passages.length === 0) {
    problems.push({ severity: 'error', file, line: 1, message: 'the transcript has no text' });
    return { problems };
  }
  if (speakers.length === 0) {
    problems.push({ severity: 'info', file, line: 1, message: 'no speaker attributions (…说道/表示/指出：“…”) found; passages are searchable without speakers' });
  }
  const base = file.replace(/^.*[\\/]/, '').replace(/(\.summit)?\.(md|markdown|txt)$/i, '');
  const event = eventFromProse(text, base);
  const end = text.length;
  const corpus: Corpus = {
    id: opts.id,
    file,
    text,
    event,
    speakers,
    sections: [{ index: 0, kind: 'intro', subject: null, location: locate(starts, 0, end) }],
    passages,
    quotes,
    statements: [],
    topics,
  };
  return { corpus, problems };
}
