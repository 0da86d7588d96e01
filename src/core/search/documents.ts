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

/** A document's stored fields but its display text, as one short JSON array (a segment's `meta` table). */
export function encodeMeta(d: IndexDoc): string {
  const at = d.location ? [d.location.line, d.location.column, d.location.offset, d.location.length] : null;
  return JSON.stringify(d.passage === undefined ? [d.kind, d.who, at, d.topics] : [d.kind, d.who, at, d.topics, d.passage]);
}

function decodeLocation(at: unknown): Location | null {
  if (!Array.isArray(at)) return null;
  const [line, column, offset, length] = at as number[];
  return { line, column, offset, length };
}

/** What a segment gives of its documents by number: ids and stored fields, each decoded when first asked for. */
export interface DocumentTables {
  readonly docCount: number;
  entry(table: 'ids' | 'meta' | 'display', d: number): string;
  /** Document `d`'s merge slot (see `mergeSlots`), stored apart from the entries. */
  mergeSlot(d: number): number;
  /** Who document `d` is by or about, stored apart from the entries. */
  who(d: number): string | null;
}

/**
 * Each document's merge slot, -1 for a speaker (never merged): the passage a hit stands for,
 * as a number — a quote's or statement's passage, so a quote and the sentence holding it are
 * one hit; a passage itself. Two documents share a slot exactly when they stand for the same
 * passage id; slots are numbered by first use, below the number of documents.
 */
export function mergeSlots(docs: ReadonlyArray<Pick<IndexDoc, 'id' | 'kind' | 'passage'>>): Int32Array {
  const slotOf = new Map<string, number>();
  const out = new Int32Array(docs.length).fill(-1);
  docs.forEach((d, i) => {
    if (d.kind === 'speaker') return;
    const key = (d.kind === 'quote' || d.kind === 'statement') && d.passage !== undefined ? d.passage : d.id;
    let slot = slotOf.get(key);
    if (slot === undefined) slotOf.set(key, (slot = slotOf.size));
    out[i] = slot;
  });
  return out;
}

/**
 * What a hit shows of one document, read from the segment when first asked for: who it is by
 * from the segment's speaker table (ranking reads only that for the head of a list), the
 * short fields from its entry, the display text (the longest part) on its own.
 */
class StoredDoc implements StoredFields {
  private meta?: [HitKind, string | null, unknown, string[], string?];
  private text?: string;
  private place?: Location | null;

  constructor(private readonly tables: DocumentTables, private readonly d: number) {}

  private fields(): [HitKind, string | null, unknown, string[], string?] {
    this.meta ??= JSON.parse(this.tables.entry('meta', this.d)) as [HitKind, string | null, unknown, string[], string?];
    return this.meta;
  }

  get kind(): HitKind { return this.fields()[0]; }
  get who(): string | null { return this.tables.who(this.d); }
  get location(): Location | null {
    if (this.place === undefined) this.place = decodeLocation(this.fields()[2]);
    return this.place;
  }
  get topics(): string[] { return this.fields()[3]; }
  get passage(): string | undefined { return this.fields()[4]; }

  get display(): string {
    this.text ??= this.tables.entry('display', this.d);
    return this.text;
  }
}

/**
 * The documents of a corpus by number, in `buildDocuments`' order (passages, quotes,
 * statements, speakers), read from its segment when first asked for: a search needs
 * neither the corpus's texts nor its parsed passages.
 */
export class SegmentDocs {
  private readonly stored: Array<StoredFields | undefined>;
  private readonly idCache: Array<string | undefined>;
  readonly count: number;

  constructor(private readonly tables: DocumentTables) {
    this.count = tables.docCount;
    this.stored = new Array(this.count);
    this.idCache = new Array(this.count);
  }

  /** Document `d`'s local id (read alone, not with the whole table; kept). */
  id(d: number): string {
    let id = this.idCache[d];
    if (id === undefined) this.idCache[d] = id = this.tables.entry('ids', d);
    return id;
  }

  /** The passage a hit on document `d` stands for, as a number (see `mergeSlots`); -1 for a speaker. */
  mergeSlot(d: number): number {
    return this.tables.mergeSlot(d);
  }

  /** What a hit shows of document `d` (the fields of STORED, as `buildDocuments` sets them). */
  storedAt(d: number): StoredFields {
    let s = this.stored[d];
    if (!s) this.stored[d] = s = new StoredDoc(this.tables, d);
    return s;
  }
}
