/**
 * Plain-text transcripts (format 3): prose with no structure. The whole text
 * is one section; people are found where the text attributes a “…” quotation
 * to them (孙杨表示：“…”, “…”，谢桦指出). A short first line is taken as the
 * event's title; a date (2017年4月22日), venue (在…召开) and organisers
 * (由…主办) are read from the opening when the text states them.
 */
import type { Corpus, EventInfo, Passage, Problem, Quote, Speaker, Statement } from '../model';
import { readReport } from './recognize';
import { isoDate } from './transcript/frontMatter';
import { giveTitle, makeSpeaker, topicsOf } from './transcript/people';
import { addressedTitles } from './recognize/address';
import { LINE_BREAK } from '../text/lines';
import { CEREMONY_ADVERBS, PROSE_EVENT_NAME_ENDINGS, PROSE_ORGANISER_ROLES, PROSE_ORGANISING_VERBS, VENUE_VERBS } from '../lang/zh';
import { lineStarts, locate } from './transcript/spans';
import { passageIndexAt } from './location';
import type { ParseOutcome, TranscriptOptions } from './transcript/types';

/** 在…召开, 在厦门隆重召开, 在广州盛大启幕: the venue before an event verb and the adverb that may dress it. */
const VENUE_IN_PROSE = new RegExp(`在([^，。、“”\\s]{2,30}?)(?:${CEREMONY_ADVERBS.join('|')})?(?:${VENUE_VERBS.join('|')})`, 'u');

const QUOTED_NAME = new RegExp(`“([^”]{4,40}(?:${PROSE_EVENT_NAME_ENDINGS.join('|')}))”`);
const ORGANISED_BY = new RegExp(`由([^。]{2,80}?)(?:共同)?(?:${PROSE_ORGANISING_VERBS.join('|')})`);
const ORGANISER_ROLE = new RegExp(`^(${PROSE_ORGANISER_ROLES.join('|')})`);

/** What the opening of a report says about its event. */
export function eventFromProse(text: string, fallbackName: string): EventInfo {
  const head = text.slice(0, 1500);
  const firstLine = text.split(LINE_BREAK, 1)[0].trim();
  const titled = firstLine.length > 0 && firstLine.length <= 60 && !/[。！？，]$/.test(firstLine) && !/[，。]/.test(firstLine);
  const quotedName = QUOTED_NAME.exec(head);
  const date = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(head);
  const venue = VENUE_IN_PROSE.exec(head);
  const org = ORGANISED_BY.exec(head);
  const organizers = org
    ? org[1].split(/[、，,]|以及|和/).map((s) => s.replace(ORGANISER_ROLE, '').trim()).filter((s) => s.length >= 2)
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
  const read = readReport(text);
  const nameOf = new Map(read.people.map((p) => [p.key, p.name]));
  const passages: Passage[] = read.sentences.map((s, k) => {
    const t = text.slice(s.start, s.end);
    return { id: `p${k + 1}`, text: t, speaker: s.speaker ? nameOf.get(s.speaker) ?? null : null, section: 0, location: locate(starts, s.start, s.end - s.start), topics: topicsOf(t, topics) };
  });
  if (passages.length === 0) {
    problems.push({ severity: 'error', file, line: 1, message: 'the transcript has no text' });
    return { problems };
  }
  // The last passage starting at or before `offset` (passages are in text order): a binary search.
  const passageAt = (offset: number) => passages[Math.max(0, passageIndexAt(passages, offset))].id;
  const quotes: Quote[] = [];
  const statements: Statement[] = [];
  for (const x of read.speech) {
    const t = text.slice(x.start, x.end);
    const base = { text: t, speaker: x.speaker ? nameOf.get(x.speaker) ?? null : null, verb: x.verb, location: locate(starts, x.start, x.end - x.start), passage: passageAt(x.start), topics: topicsOf(t, topics) };
    if (x.kind === 'quote') quotes.push({ id: `q${quotes.length + 1}`, ...base });
    else statements.push({ id: `s${statements.length + 1}`, ...base });
  }
  const speakers: Speaker[] = read.people.map((p) => makeSpeaker(p.name, p.title, p.organization, p.finalRole, opts.curated));
  for (const [who, title] of addressedTitles(read.view.shadow, speakers)) giveTitle(speakers.find((s) => s.name === who), title);
  if (speakers.length === 0) {
    problems.push({ severity: 'info', file, line: 1, message: 'no people found (a name with a title, or a speech verb such as 表示/指出); passages are searchable without speakers' });
  }
  const name = file.replace(/^.*[\\/]/, '').replace(/(\.summit)?\.(md|markdown|txt)$/i, '');
  const corpus: Corpus = {
    id: opts.id, file, text, event: eventFromProse(text, name), speakers,
    sections: [{ index: 0, kind: 'intro', subject: null, location: locate(starts, 0, text.length) }],
    passages, quotes, statements, topics,
  };
  return { corpus, problems };
}
