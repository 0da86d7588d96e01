/**
 * What the index holds: one document per passage (sentence), per quote and per
 * speaker, with the fields searched and the fields stored for display.
 */
import type { Corpus, Location } from '../../../../src/core/model';
import type { HitKind } from '../../../../src/core/search/types';

/** Indexed fields, in the order MiniSearch sees them. */
export const FIELDS = ['text', 'quote', 'speaker', 'name', 'aliases', 'pinyin', 'title', 'organization'] as const;
export type Field = (typeof FIELDS)[number];

/** Relative weight of a match in each field: a quote's text and a speaker's name above plain passage text. */
export const FIELD_BOOSTS: Record<Field, number> = {
  text: 1,
  quote: 1.6,
  speaker: 0.35,
  name: 3,
  aliases: 2,
  pinyin: 2,
  title: 0.8,
  organization: 0.8,
};

/** Stored with every document and returned with each match, enough to display a hit. */
export const STORED = ['kind', 'display', 'who', 'location', 'topics', 'passage'] as const;

/** What a search returns of a document without reading the corpus again. */
export type StoredFields = Pick<IndexDoc, (typeof STORED)[number]>;

export interface IndexDoc {
  /** Local id: p…, q… or speaker:NAME. */
  id: string;
  kind: HitKind;
  /** Stored: the text shown for the hit. */
  display: string;
  /** Stored: the person who said it or whom it is about. */
  who: string | null;
  location: Location | null;
  topics: string[];
  /** For quotes: the id of the passage containing the quote's start. */
  passage?: string;
  text?: string;
  quote?: string;
  speaker?: string;
  name?: string;
  aliases?: string;
  pinyin?: string;
  title?: string;
  organization?: string;
}

/** The text shown for a speaker hit: "name title organisation". */
export function speakerLine(s: { name: string; title: string; organization: string }): string {
  return [s.name, s.title, s.organization].filter((x) => x && x.trim() !== '').join(' ');
}

/** Builds the documents of one corpus. */
export function buildDocuments(corpus: Corpus): IndexDoc[] {
  const docs: IndexDoc[] = [];
  for (const p of corpus.passages) {
    docs.push({
      id: p.id, kind: 'passage', display: p.text, who: p.speaker, location: p.location, topics: p.topics,
      text: p.text, speaker: p.speaker ?? undefined,
    });
  }
  for (const q of corpus.quotes) {
    docs.push({
      id: q.id, kind: 'quote', display: q.text, who: q.speaker, location: q.location, topics: q.topics,
      passage: q.passage, quote: q.text, speaker: q.speaker ?? undefined,
    });
  }
  for (const s of corpus.speakers) {
    const compact = s.pinyin ? s.pinyin.replace(/\s+/g, '') : '';
    docs.push({
      id: `speaker:${s.name}`, kind: 'speaker', display: speakerLine(s), who: s.name, location: null, topics: [],
      name: s.name, aliases: s.aliases.join(' '), pinyin: [s.pinyin, compact, s.en?.name].filter(Boolean).join(' '),
      title: [s.title, s.en?.title].filter(Boolean).join(' '),
      organization: [s.organization, s.en?.organization].filter(Boolean).join(' '),
    });
  }
  return docs;
}
