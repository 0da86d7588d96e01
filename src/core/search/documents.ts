/**
 * What the index holds: one document per passage (sentence), per quote, per statement
 * (reported speech without quotation marks) and per speaker, with the fields searched and
 * the fields stored for display. A statement is indexed like a quote (the same field, so it
 * ranks like one).
 */
import type { Corpus, Location } from '../model';
import type { HitKind } from './types';

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
  /** For quotes and statements: the id of the passage containing its start. */
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
  for (const st of corpus.statements ?? []) {
    docs.push({
      id: st.id, kind: 'statement', display: st.text, who: st.speaker, location: st.location, topics: st.topics,
      passage: st.passage, quote: st.text, speaker: st.speaker ?? undefined,
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

/**
 * The documents of a corpus by number, in `buildDocuments`' order (passages, quotes,
 * statements, speakers), read from the corpus itself when first asked for: a segment needs
 * no copy of the texts and fields the corpus already holds.
 */
export class CorpusDocs {
  private readonly stored: Array<StoredFields | undefined>;
  private idList?: string[];
  private idIndex?: Map<string, number>;
  readonly count: number;

  constructor(private readonly corpus: Corpus) {
    this.count = corpus.passages.length + corpus.quotes.length + (corpus.statements ?? []).length + corpus.speakers.length;
    this.stored = new Array(this.count);
  }

  /** Every document's local id, in document order. */
  ids(): string[] {
    if (!this.idList) {
      const c = this.corpus;
      this.idList = [...c.passages.map((p) => p.id), ...c.quotes.map((q) => q.id), ...(c.statements ?? []).map((s) => s.id), ...c.speakers.map((s) => `speaker:${s.name}`)];
    }
    return this.idList;
  }

  id(d: number): string {
    return this.ids()[d];
  }

  /** The number of a local id, or -1. */
  indexOf(id: string): number {
    if (!this.idIndex) this.idIndex = new Map(this.ids().map((x, i) => [x, i]));
    return this.idIndex.get(id) ?? -1;
  }

  /** What a hit shows of document `d` (the fields of STORED, as `buildDocuments` sets them). */
  storedAt(d: number): StoredFields {
    let s = this.stored[d];
    if (!s) this.stored[d] = s = storedOf(this.corpus, d);
    return s;
  }
}

function storedOf(c: Corpus, d: number): StoredFields {
  const statements = c.statements ?? [];
  if (d < c.passages.length) {
    const p = c.passages[d];
    return { kind: 'passage', display: p.text, who: p.speaker, location: p.location, topics: p.topics };
  }
  d -= c.passages.length;
  if (d < c.quotes.length) {
    const q = c.quotes[d];
    return { kind: 'quote', display: q.text, who: q.speaker, location: q.location, topics: q.topics, passage: q.passage };
  }
  d -= c.quotes.length;
  if (d < statements.length) {
    const st = statements[d];
    return { kind: 'statement', display: st.text, who: st.speaker, location: st.location, topics: st.topics, passage: st.passage };
  }
  const sp = c.speakers[d - statements.length];
  return { kind: 'speaker', display: speakerLine(sp), who: sp.name, location: null, topics: [] };
}
