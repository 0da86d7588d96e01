/**
 * What every citation style needs to know about its target, gathered once: the words, the
 * person, the event, and whether the text is Chinese (which decides the punctuation).
 */
import type { Corpus, EventInfo, Speaker } from '../model';
import type { CiteTarget } from './types';

export interface CiteSource {
  kind: 'quote' | 'passage' | 'speaker';
  /** Local id (q3, p12) or the speaker's name for a speaker target. */
  localId: string;
  /** The words cited; empty for a speaker target. */
  text: string;
  /** The person, enriched from the corpus when known. */
  speaker: Speaker | null;
  /** The speaker's name even when the corpus has no record of them. */
  speakerName: string | null;
  event: EventInfo;
  file: string;
  /** 1-based line of the cited words, when they have a location. */
  line: number | null;
  /** True when the event is Chinese (full-width punctuation). */
  cjk: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isSpeaker(target: CiteTarget): target is Speaker {
  return 'role' in target && 'name' in target && !('location' in target);
}

export function toSource(target: CiteTarget, corpus: Corpus): CiteSource {
  const event = corpus.event;
  const language = event.language?.toLowerCase();
  const cjk = language ? /^(zh|ja)/.test(language) : CJK.test(event.name);
  if (isSpeaker(target)) {
    const known = corpus.speakers.find((s) => s.name === target.name) ?? target;
    return { kind: 'speaker', localId: target.name, text: '', speaker: known, speakerName: known.name, event, file: corpus.file, line: null, cjk };
  }
  const speakerName = target.speaker;
  const speaker = speakerName ? corpus.speakers.find((s) => s.name === speakerName) ?? null : null;
  const kind = 'verb' in target ? 'quote' : 'passage';
  return { kind, localId: target.id, text: target.text, speaker, speakerName, event, file: corpus.file, line: target.location.line, cjk };
}

/** The list separator of the source's language. */
export function comma(src: CiteSource): string {
  return src.cjk ? '，' : ', ';
}

/**
 * The attribution parts in order: speaker, title, organisation, event, date (empty ones left out).
 */
export function attributionParts(src: CiteSource): string[] {
  const parts: string[] = [];
  if (src.speakerName) parts.push(src.speakerName);
  if (src.speaker?.title) parts.push(src.speaker.title);
  if (src.speaker?.organization) parts.push(src.speaker.organization);
  if (src.event.name) parts.push(src.event.name);
  if (src.event.date) parts.push(src.event.date);
  return parts;
}

export function attribution(src: CiteSource): string {
  return attributionParts(src).join(comma(src));
}

/** Year, month and day of the event date (ISO, possibly only a year or a year and month). */
export function dateParts(date: string): number[] {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(date.trim());
  if (!m) return [];
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

/** A stable ASCII citation key, e.g. xiehua2017q3 or summit2017p12. */
export function citationKey(src: CiteSource): string {
  const year = dateParts(src.event.date)[0] ?? '';
  const who = (src.speaker?.pinyin ?? '').toLowerCase().replace(/[^a-z0-9]/g, '') || 'summit';
  const local = src.kind === 'speaker' ? '' : src.localId.replace(/[^A-Za-z0-9]/g, '');
  return `${who}${year}${local}`;
}

/** Who is responsible for the cited document: the speaker, else the publisher, else the organisers. */
export function responsible(src: CiteSource): string {
  return src.speakerName ?? src.event.publisher ?? src.event.organizers[0] ?? src.event.name;
}
