/**
 * The compact index of one transcript (a "segment"): a sorted term dictionary, postings per
 * term and field (document deltas and term frequencies as varints), per-document field
 * lengths (documents are numbered in `buildDocuments`' order; what a hit shows is read from
 * the corpus, see CorpusDocs), plus what the engine
 * would otherwise recompute on every start (the substring scanner's texts and the corpus's
 * long words). Built in memory as the same bytes that are saved, so a fresh segment and a
 * loaded one behave identically.
 *
 * Opening reads, from a SegmentSource (memory, or a cache file read on demand:
 * segmentSource.ts), only the header and the dictionary and offsets, and makes typed-array
 * views over them: no other byte is read, and no term, posting list or document decoded,
 * until a query touches it. The statistics are kept
 * exactly as MiniSearch 7 keeps them (field length = distinct terms of the field, its
 * running average over document positions), so scores equal the previous engine's.
 *
 * Layout: "SSG1", u32 header length, header JSON {key, docCount, termCount, avg, sections,
 * blocks}, then the sections (4-byte aligned). `blocks` holds a checksum (bytes.ts) of every
 * 4 KB of the body: opening reads and verifies the blocks of the dictionary and offsets, and
 * every other block is read and verified when a query first needs it (again each time it is
 * read from a file: the file may have changed in place). A damaged block, or one the source
 * cannot give (a file truncated while open), throws DamagedSegmentError, which the engine
 * answers by rebuilding the segment, so opening costs what a query touches.
 */
import { ByteReader, ByteWriter, checksum, fromUtf8, utf8 } from './bytes';
import { FIELDS, mergeSlots, type IndexDoc } from './documents';
import { SHARED_BLOCKS, type Blocks } from './blockCache';
import { MemorySource, SourceReadError, type SegmentSource } from './segmentSource';
import { SubstringIndex, buildSubstringIndex, type PagedBytes } from './substringIndex';
import { compact } from './substring';
import { normalizeText } from '../text/normalize';
import { sortedByCodeUnits } from '../text/codeUnitSort';
import { TermTable, wordHash } from './termTable';

const MAGIC = [0x53, 0x53, 0x47, 0x31]; // "SSG1"
const NF = FIELDS.length;
/** String tables (see `stringTable`): every document's id, stored fields, display text and scanner text. */
const TABLES = ['ids', 'meta', 'display', 'texts'] as const;
type TableName = (typeof TABLES)[number];
/** What opening reads (the dictionary and the offsets) first, then what queries read as they need it. */
const SECTIONS = ['terms', 'termOffsets', 'postOffsets', 'fieldLengths', 'mergeSlots', 'whoNames', 'whoSlots', ...TABLES.map((t) => `${t}Offsets` as const),
  'postings', 'wordOffsets', 'wordsData', 'substrings', ...TABLES.map((t) => `${t}Data` as const)] as const;
type SectionName = (typeof SECTIONS)[number];

interface Header {
  key: string;
  docCount: number;
  termCount: number;
  avg: number[];
  sections: Record<SectionName, [number, number]>;
  /** Bytes per field length (1, 2 or 4: the fewest that hold the longest). */
  fieldLengthBytes: number;
  /** The checksum of each BLOCK bytes of the body (the last block may be shorter). */
  blocks: number[];
}

/** Dictionary look-ups by binary search before the segment builds its hash table (termTable.ts). */
const TABLE_AFTER_FINDS = 64;

/** Bytes per checksummed block: a query verifies only the blocks it reads. */
export const BLOCK = 4096;
/** Bytes read first when opening: the header is usually shorter (one read), else it is read again at its length. */
const HEADER_GUESS = 4096;
/** Sections every query reads (the dictionary and the offsets): verified when the segment is opened. */
/**
 * What opening reads: the dictionary, which every query's look-ups search. The per-document
 * numbers (field lengths, merge slots, speakers) and string-table offsets are read whole the
 * first time a query needs them, and a term's posting offsets by the block they lie in: a
 * query that finds nothing in a transcript reads its dictionary only (about half of what
 * opening read when they were eager too).
 */
const EAGER: ReadonlySet<string> = new Set(['terms', 'termOffsets']);

/** A segment's bytes failed their checksum when a query read them: the segment must be rebuilt, its answer not trusted. */
export class DamagedSegmentError extends Error {
  constructor(readonly segment: Segment, detail: string) {
    super(`the cached index is damaged (${detail})`);
    this.name = 'DamagedSegmentError';
  }
}

/** What a segment carries besides the index proper. */
export interface SegmentExtras {
  /** The substring scanner's text of each document, in document order. */
  texts: string[];
  /** Each document's stored fields but its display text, as `encodeMeta` writes them. */
  meta: string[];
  /** The transcript's words with Han, for near-miss correction (stored once each, in code-unit order, so that one can be looked up without reading the others). */
  words: string[];
  /** `derivedText` as the builder has it (a memo of its normalisation); default: computed here. */
  derived?: (display: string) => string;
  /** The block checksum as the runtime computes it (Node: zlib.crc32, the same values); default: `checksum`. */
  checksum?: (bytes: Uint8Array) => number;
}

interface Postings { docs: number[]; tfs: number[] }

/** Term → field → postings, and field lengths, as MiniSearch's `add` computes them. */
function invert(docs: IndexDoc[], tokenize: (text: string) => string[]) {
  const terms = new Map<string, Array<Postings | undefined>>();
  const fieldLengths = new Uint32Array(docs.length * NF);
  const avg = new Array<number>(NF).fill(0);
  docs.forEach((doc, d) => {
    for (let f = 0; f < NF; f++) {
      const value = doc[FIELDS[f]];
      if (value == null) continue;
      // The field's length is its number of distinct tokens (as a Set of them counts): a term's
      // first occurrence in this field of this document is the one that opens its posting.
      let unique = 0;
      let empty = 0;
      for (const term of tokenize(String(value))) {
        if (!term) { empty = 1; continue; }
        let byField = terms.get(term);
        if (!byField) terms.set(term, (byField = new Array<Postings | undefined>(NF)));
        const p = (byField[f] ??= { docs: [], tfs: [] });
        const last = p.docs.length - 1;
        if (last >= 0 && p.docs[last] === d) p.tfs[last]++;
        else { p.docs.push(d); p.tfs.push(1); unique++; }
      }
      unique += empty;
      fieldLengths[d * NF + f] = unique;
      avg[f] = (avg[f] * d + unique) / (d + 1);
    }
  });
  return { terms, fieldLengths, avg };
}

/** Builds a segment's bytes. `tokenize` must be the engine's index tokenizer (indexTerms). */
export function buildSegment(docs: IndexDoc[], tokenize: (text: string) => string[], key: string, extras: SegmentExtras): Uint8Array {
  const { terms, fieldLengths, avg } = invert(docs, tokenize);
  const sorted = sortedByCodeUnits(terms.keys());
  const termBytes = new ByteWriter();
  const postings = new ByteWriter();
  const termOffsets = new Uint32Array(sorted.length + 1);
  const postOffsets = new Uint32Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) {
    termOffsets[i] = termBytes.length;
    postOffsets[i] = postings.length;
    termBytes.utf8(sorted[i]);
    writePostings(postings, terms.get(sorted[i])!);
  }
  termOffsets[sorted.length] = termBytes.length;
  postOffsets[sorted.length] = postings.length;
  const parts = {
    terms: termBytes.result(), termOffsets: asBytes(termOffsets), postOffsets: asBytes(postOffsets), postings: postings.result(),
    fieldLengths: narrowest(fieldLengths), mergeSlots: narrowest(Uint32Array.from(mergeSlots(docs), (slot) => slot + 1)), ...whoTable(docs), ...wordTable(extras.words), substrings: buildSubstringIndex(extras.texts),
  } as Record<SectionName, Uint8Array>;
  const tables: Record<TableName, string[]> = { ids: docs.map((d) => d.id), meta: extras.meta, display: docs.map((d) => d.display), texts: extras.texts.map((t, d) => storedText(t, docs[d].display, extras.derived ?? derivedText)) };
  for (const t of TABLES) {
    if (tables[t].length !== docs.length) throw new Error(`one ${t} entry per document is needed`);
    const { data, offsets } = stringTable(tables[t]);
    parts[`${t}Data`] = data;
    parts[`${t}Offsets`] = asBytes(offsets);
  }
  return assemble({ key, docCount: docs.length, termCount: sorted.length, avg, fieldLengthBytes: parts.fieldLengths.length / Math.max(1, fieldLengths.length) || 1 }, parts, extras.checksum ?? checksum);
}

/** One term's postings: how many fields, then per field its number, document count and (gap, term frequency) pairs. */
function writePostings(out: ByteWriter, byField: Array<Postings | undefined>): void {
  let fields = 0;
  for (let f = 0; f < NF; f++) if (byField[f] !== undefined) fields++;
  out.byte(fields);
  for (let f = 0; f < NF; f++) {
    const p = byField[f];
    if (p === undefined) continue;
    out.byte(f);
    out.varint(p.docs.length);
    let prev = 0;
    for (let k = 0; k < p.docs.length; k++) {
      out.varint(p.docs[k] - prev);
      out.varint(p.tfs[k]);
      prev = p.docs[k];
    }
  }
}

/**
 * Who each document is by or about, without its stored fields: the distinct names (a JSON
 * array) and, per document, its name's position plus one (0: nobody). Ranking spreads the
 * head of a hit list over speakers by reading only this.
 */
function whoTable(docs: IndexDoc[]): { whoNames: Uint8Array; whoSlots: Uint8Array } {
  const names: string[] = [];
  const at = new Map<string, number>();
  const slots = new Uint32Array(docs.length);
  docs.forEach((d, i) => {
    if (d.who === null || d.who === undefined) return;
    let k = at.get(d.who);
    if (k === undefined) { at.set(d.who, (k = names.length)); names.push(d.who); }
    slots[i] = k + 1;
  });
  return { whoNames: utf8(JSON.stringify(names)), whoSlots: narrowest(slots) };
}

/**
 * The words, each once, sorted by code units (as `<` compares them): one UTF-8 run with a
 * line break after each word (so the whole list decodes and splits at once) and the byte
 * offset where each starts (one more: the end), for `hasWord`'s binary search.
 */
function wordTable(words: readonly string[]): { wordsData: Uint8Array; wordOffsets: Uint8Array } {
  const sorted = sortedByCodeUnits(new Set(words));
  if (sorted.some((w) => w.includes('\n'))) throw new Error('a word holds a line break');
  const { data, offsets } = stringTable(sorted.map((w) => `${w}\n`));
  return { wordsData: data, wordOffsets: asBytes(offsets) };
}

/** The first of `count` strings in ascending order (`at(i)`, as `<` compares them) not below `key`: `count` when none is. */
function lowerBound(count: number, at: (i: number) => string, key: string): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The field lengths in the fewest bytes each that hold the longest (a sentence has far fewer than 256 distinct terms). */
function narrowest(lengths: Uint32Array): Uint8Array {
  const max = lengths.reduce((m, v) => Math.max(m, v), 0);
  if (max < 0x100) return Uint8Array.from(lengths);
  if (max < 0x10000) { const a = Uint16Array.from(lengths); return new Uint8Array(a.buffer); }
  return asBytes(lengths);
}

/**
 * A scanner text as the segment keeps it: nothing when it is what `derivedText` makes of the
 * display text (every passage, quote and statement of a corpus the scanner normalises), else
 * the text after a marker character.
 */
function storedText(text: string, display: string, derived: (display: string) => string): string {
  return text === derived(display) ? '' : `${TEXT_MARK}${text}`;
}

/** A document's scanner text when the segment keeps none of its own: its display text normalised, without spaces (substring.ts's scannerText). */
function derivedText(display: string): string {
  return compact(normalizeText(display));
}

const TEXT_MARK = '\u0001';

/** Strings as one UTF-8 run and the byte offset where each starts (one more: the end). */
function stringTable(strings: readonly string[]): { data: Uint8Array; offsets: Uint32Array } {
  const data = new ByteWriter();
  const offsets = new Uint32Array(strings.length + 1);
  strings.forEach((str, i) => { offsets[i] = data.length; data.utf8(str); });
  offsets[strings.length] = data.length;
  return { data: data.result(), offsets };
}

function asBytes(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function assemble(head: Omit<Header, 'sections' | 'blocks' | 'fieldLengthBytes'> & { fieldLengthBytes: number }, parts: Record<SectionName, Uint8Array>, sum: (bytes: Uint8Array) => number): Uint8Array {
  const body = new ByteWriter();
  const sections = {} as Record<SectionName, [number, number]>;
  for (const name of SECTIONS) {
    body.align(4);
    sections[name] = [body.length, parts[name].length];
    body.bytes(parts[name]);
  }
  const bodyBytes = body.result();
  // Section offsets are relative to the body, which starts 4-byte aligned after the header.
  const blocks: number[] = [];
  for (let at = 0; at < bodyBytes.length; at += BLOCK) blocks.push(sum(bodyBytes.subarray(at, at + BLOCK)));
  const text = JSON.stringify({ ...head, sections, blocks });
  const headerBytes = utf8(text + ' '.repeat((4 - ((8 + utf8(text).length) % 4)) % 4));
  const out = new Uint8Array(8 + headerBytes.length + bodyBytes.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  out.set(bodyBytes, 8 + headerBytes.length);
  return out;
}

/** One field's postings of one term. */
export interface FieldPostings { field: number; docs: Uint32Array; tfs: Uint32Array }

export class Segment {
  readonly docCount: number;
  readonly termCount: number;
  readonly avg: readonly number[];
  /** Where the bytes are read from; body offsets below are relative to `bodyStart`. */
  private readonly source: SegmentSource;
  /** Whether the source's bytes cannot change under us (memory): a block verified once stays verified. */
  private readonly stable: boolean;
  private readonly bodyStart: number;
  private readonly bodyLength: number;
  private readonly blocks: number[];
  private readonly sections: Record<SectionName, [number, number]>;
  /** Which blocks were verified (1) or found damaged (2). */
  private readonly verified: Uint8Array;
  /** The body's first blocks, up to the end of the last EAGER section: read and verified at open. */
  private readonly head: Uint8Array;
  /** Blocks read from an unstable source (a file), each verified when read; SHARED_BLOCKS bounds them across segments. */
  private readonly blockCache: Blocks = new Map();
  private readonly termsBytes: Uint8Array;
  private readonly termOffsets: Uint32Array;
  private readonly fieldLengthBytes: number;
  /** Read on first use (see EAGER). */
  private fieldLengthsView?: Uint8Array | Uint16Array | Uint32Array;
  private slotsView?: Uint8Array | Uint16Array | Uint32Array;
  private whoRead?: { names: string[]; slots: Uint8Array | Uint16Array | Uint32Array };
  private readonly tableOffsets: Partial<Record<TableName, Uint32Array>> = {};
  private postOffsetsPaged?: PagedBytes;
  private substringIndex?: SubstringIndex;
  /** Terms decoded so far (a binary search decodes the same few dozen again and again). */
  private readonly termCache: Array<string | undefined> = [];
  private readonly textCache = new Map<number, string>();
  private readonly postingCache = new Map<number, FieldPostings[]>();
  private allTermsCache?: string[];
  private termTable?: TermTable;
  private finds = 0;

  private constructor(source: SegmentSource, header: Header, bodyStart: number) {
    this.source = source;
    this.stable = source instanceof MemorySource;
    this.docCount = header.docCount;
    this.termCount = header.termCount;
    this.avg = header.avg;
    this.bodyStart = bodyStart;
    this.bodyLength = source.size - bodyStart;
    this.blocks = header.blocks;
    this.sections = header.sections;
    if (!Array.isArray(this.blocks) || this.blocks.length !== Math.ceil(this.bodyLength / BLOCK)) throw new Error('the block checksums do not cover the body');
    this.verified = new Uint8Array(this.blocks.length);
    let eagerEnd = 0;
    for (const name of SECTIONS) {
      const [at, len] = header.sections[name] ?? [];
      if (!(at >= 0 && len >= 0 && at + len <= this.bodyLength)) throw new Error(`section ${name} lies outside the segment`);
      if (EAGER.has(name)) eagerEnd = Math.max(eagerEnd, at + len);
    }
    this.head = this.fetch(0, Math.ceil(eagerEnd / BLOCK));
    const part = (name: SectionName) => this.head.subarray(this.sections[name][0], this.sections[name][0] + this.sections[name][1]);
    this.termsBytes = part('terms');
    this.termOffsets = u32(part('termOffsets'));
    this.fieldLengthBytes = header.fieldLengthBytes;
    // The lazy sections' sizes are checked now, from the header alone; their contents when read.
    const size = (name: SectionName) => this.sections[name][1];
    const perDocument = (name: SectionName) => this.docCount === 0 ? size(name) === 0 || size(name) <= 4 : size(name) % this.docCount === 0 && [1, 2, 4].includes(size(name) / this.docCount);
    if (this.termOffsets.length !== this.termCount + 1 || size('postOffsets') !== 4 * (this.termCount + 1)
      || size('fieldLengths') !== this.docCount * NF * this.fieldLengthBytes || !perDocument('mergeSlots')
      || !perDocument('whoSlots') || this.avg.length !== NF || TABLES.some((t) => size(`${t}Offsets`) !== 4 * (this.docCount + 1))) {
      throw new Error('inconsistent section sizes');
    }
  }

  /** A whole section, verified (read once by the lazy views that keep what they decode). */
  private whole(name: SectionName): Uint8Array {
    return this.range(name, 0, this.sections[name][1]);
  }

  /** One number per document, as wide as `narrowest` made it. */
  private perDocument(name: SectionName): Uint8Array | Uint16Array | Uint32Array {
    const bytes = this.whole(name);
    return lengthsView(bytes, this.docCount === 0 ? 1 : bytes.length / this.docCount);
  }

  private get fieldLengths(): Uint8Array | Uint16Array | Uint32Array {
    return (this.fieldLengthsView ??= lengthsView(this.whole('fieldLengths'), this.fieldLengthBytes));
  }

  private get slots(): Uint8Array | Uint16Array | Uint32Array {
    return (this.slotsView ??= this.perDocument('mergeSlots'));
  }

  /** The speaker table (see `whoTable`), checked when first read. */
  private whoTable(): { names: string[]; slots: Uint8Array | Uint16Array | Uint32Array } {
    if (this.whoRead) return this.whoRead;
    let names: unknown;
    try {
      names = JSON.parse(fromUtf8(this.whole('whoNames')));
    } catch {
      names = undefined;
    }
    const slots = this.perDocument('whoSlots');
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string') || slots.some((k) => k > names.length)) {
      throw new DamagedSegmentError(this, 'the speaker table is damaged');
    }
    return (this.whoRead = { names: names as string[], slots });
  }

  /** A string table's offsets, checked against its data when first read. */
  private offsetsOf(table: TableName): Uint32Array {
    let offsets = this.tableOffsets[table];
    if (!offsets) {
      offsets = u32(this.whole(`${table}Offsets`));
      if (offsets[this.docCount] !== this.sections[`${table}Data`][1]) throw new DamagedSegmentError(this, `inconsistent ${table} table`);
      this.tableOffsets[table] = offsets;
    }
    return offsets;
  }

  /**
   * Opens a segment's bytes (in memory, or a source such as a cache file read on demand), or
   * says why they cannot be trusted for `key` (never throws). Reads the header and the
   * dictionary only.
   */
  static open(bytes: Uint8Array | SegmentSource, key: string): Segment | string {
    const source = bytes instanceof Uint8Array ? new MemorySource(bytes) : bytes;
    try {
      if (source.size < 8) return 'the cached file is not a Summit search segment';
      const start = source.read(0, Math.min(source.size, HEADER_GUESS));
      if (MAGIC.some((b, i) => start[i] !== b)) return 'the cached file is not a Summit search segment';
      const headerLength = new DataView(start.buffer, start.byteOffset, start.byteLength).getUint32(4, true);
      if (8 + headerLength > source.size) return 'the cached segment is truncated';
      const headerBytes = 8 + headerLength <= start.length ? start.subarray(8, 8 + headerLength) : source.read(8, headerLength);
      const header = JSON.parse(fromUtf8(headerBytes)) as Header;
      if (!header || typeof header !== 'object') return 'the cached segment header is damaged';
      if (header.key !== key) return keyChange(String(header.key), key);
      return new Segment(source, header, 8 + headerLength);
    } catch (err) {
      if (err instanceof DamagedSegmentError) return err.message;
      if (err instanceof SourceReadError) return `the cached segment could not be read (${err.message})`;
      return `the cached segment is damaged (${err instanceof Error ? err.message : String(err)})`;
    }
  }

  /** The segment's bytes, whole (read from the source if they are not in memory). */
  allBytes(): Uint8Array {
    if (this.source instanceof MemorySource) return this.source.bytes;
    try {
      return this.source.read(0, this.source.size);
    } catch (err) {
      throw this.unreadable(err);
    }
  }

  /** Lets go of the source (a cache file's descriptor); a later read rebuilds the segment (DamagedSegmentError). */
  close(): void {
    SHARED_BLOCKS.release(this.blockCache);
    this.source.close?.();
  }

  /**
   * Blocks [first, end) of the body, read from the source in one go, each verified (on a
   * stable source, once). Throws DamagedSegmentError when one does not match its checksum
   * or the source cannot give them.
   */
  private fetch(first: number, end: number): Uint8Array {
    const from = first * BLOCK;
    const to = Math.min(this.bodyLength, end * BLOCK);
    if (to <= from) return new Uint8Array(0);
    let bytes: Uint8Array;
    try {
      bytes = this.source.read(this.bodyStart + from, to - from);
    } catch (err) {
      throw this.unreadable(err);
    }
    const sum = this.source.checksum ?? checksum;
    for (let b = first; b < end; b++) {
      if (this.stable && this.verified[b] === 1) continue;
      if (this.verified[b] !== 2 && sum(bytes.subarray((b - first) * BLOCK, (b - first + 1) * BLOCK)) === this.blocks[b]) { this.verified[b] = 1; continue; }
      this.verified[b] = 2;
      throw new DamagedSegmentError(this, `checksum mismatch in block ${b}`);
    }
    return bytes;
  }

  private unreadable(err: unknown): DamagedSegmentError | unknown {
    return err instanceof SourceReadError ? new DamagedSegmentError(this, `the cached file could not be read: ${err.message}`) : err;
  }

  /** Block b of the body, verified, kept in SHARED_BLOCKS while the budget allows (blockCache.ts). */
  private block(b: number): Uint8Array {
    let bytes = this.blockCache.get(b);
    if (!bytes) SHARED_BLOCKS.add(this.blockCache, b, (bytes = this.fetch(b, b + 1)));
    return bytes;
  }

  /** Bytes [from, to) of a section, verified; reads only the blocks they lie in. */
  private range(name: SectionName, from: number, to: number): Uint8Array {
    const start = this.sections[name][0] + from;
    const end = this.sections[name][0] + to;
    if (end <= start) return new Uint8Array(0);
    if (end <= this.head.length) return this.head.subarray(start, end);
    const first = Math.floor(start / BLOCK);
    const last = Math.floor((end - 1) / BLOCK);
    if (this.stable) return this.fetch(first, last + 1).subarray(start - first * BLOCK, end - first * BLOCK);
    if (first === last) return this.block(first).subarray(start - first * BLOCK, end - first * BLOCK);
    // Spanning blocks (a long posting list, the substring index): read together, the caller keeps what it decodes.
    return this.fetch(first, last + 1).subarray(start - first * BLOCK, end - first * BLOCK);
  }

  term(i: number): string {
    const known = this.termCache[i];
    if (known !== undefined) return known;
    return (this.termCache[i] = this.decodeTerm(i));
  }

  private decodeTerm(i: number): string {
    return fromUtf8(this.termsBytes.subarray(this.termOffsets[i], this.termOffsets[i + 1]));
  }

  /** Index of `term` in the dictionary, or -1. */
  find(term: string): number {
    // A binary search for the first few look-ups (a one-query command makes a handful per
    // segment), then a hash table over the dictionary (a long-running process makes thousands).
    if (!this.termTable && this.finds++ < TABLE_AFTER_FINDS) {
      const i = this.lowerBound(term);
      return i < this.termCount && this.term(i) === term ? i : -1;
    }
    this.termTable ??= new TermTable(this.termsBytes, this.termOffsets, this.termCount);
    return this.termTable.find(wordHash(term), (i) => this.term(i) === term);
  }

  /** Dictionary indexes of the terms that start with `prefix` (in dictionary order). */
  withPrefix(prefix: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.termCount && this.term(i).startsWith(prefix); i++) out.push(i);
    return out;
  }

  /** Every term (decoded once, for fuzzy matching). */
  allTerms(): string[] {
    if (!this.allTermsCache) {
      const all = new Array<string>(this.termCount);
      for (let i = 0; i < this.termCount; i++) all[i] = this.term(i);
      this.allTermsCache = all;
    }
    return this.allTermsCache;
  }

  private lowerBound(term: string): number {
    return lowerBound(this.termCount, (i) => this.term(i), term);
  }

  /** The postings of dictionary entry `i`, per field in field order. */
  postings(i: number): FieldPostings[] {
    let cached = this.postingCache.get(i);
    if (cached) return cached;
    const offsets = (this.postOffsetsPaged ??= this.paged('postOffsets'));
    const r = new ByteReader(this.range('postings', offsets.u32(4 * i), offsets.u32(4 * i + 4)), 0);
    cached = [];
    for (let n = r.byte(); n > 0; n--) {
      const field = r.byte();
      const count = r.varint();
      const docs = new Uint32Array(count);
      const tfs = new Uint32Array(count);
      let d = 0;
      for (let k = 0; k < count; k++) { d += r.varint(); docs[k] = d; tfs[k] = r.varint(); }
      cached.push({ field, docs, tfs });
    }
    this.postingCache.set(i, cached);
    return cached;
  }

  /** Who document `d` is by or about (see `whoTable`), read without its stored fields. */
  who(d: number): string | null {
    const who = this.whoTable();
    const k = who.slots[d];
    return k === 0 ? null : who.names[k - 1];
  }

  /** Document `d`'s merge slot (see `mergeSlots` in documents.ts; stored plus one), -1 for none. */
  mergeSlot(d: number): number {
    return this.slots[d] - 1;
  }

  fieldLength(doc: number, field: number): number {
    return this.fieldLengths[doc * NF + field];
  }

  /**
   * The index of the documents' scanner texts for exact-substring look-ups: in memory, viewed
   * as a whole (verified when first used); from a file, read by the blocks each look-up
   * touches (a few words of its keys, two offsets, a posting list).
   */
  substrings(): SubstringIndex {
    if (!this.substringIndex) {
      const length = this.sections.substrings[1];
      const bytes = this.stable ? this.range('substrings', 0, length) : this.paged('substrings');
      this.substringIndex = new SubstringIndex(bytes, this.docCount, (d) => this.text(d), { verify: false });
    }
    return this.substringIndex;
  }

  /** A section read on demand, by verified blocks. */
  private paged(name: SectionName): PagedBytes {
    const [at, length] = this.sections[name];
    return {
      length,
      u32: (offset: number) => {
        if (offset < 0 || offset + 4 > length) throw new DamagedSegmentError(this, `a word outside ${name}`);
        const abs = at + offset; // 4-aligned, so it never spans two blocks
        const inHead = abs + 4 <= this.head.length;
        const bytes = inHead ? this.head : this.block(Math.floor(abs / BLOCK));
        const o = inHead ? abs : abs % BLOCK;
        return (bytes[o] | (bytes[o + 1] << 8) | (bytes[o + 2] << 16) | (bytes[o + 3] << 24)) >>> 0;
      },
      range: (from: number, to: number) => this.range(name, from, to),
    };
  }

  /** Document `d`'s scanner text, decoded once. */
  text(d: number): string {
    let t = this.textCache.get(d);
    if (t === undefined) this.textCache.set(d, (t = this.entry('texts', d)));
    return t;
  }

  /** Document `d`'s entry of a string table: its local id, encoded stored fields, display text or scanner text. */
  entry(table: TableName, d: number): string {
    const offsets = this.offsetsOf(table);
    const stored = fromUtf8(this.range(`${table}Data`, offsets[d], offsets[d + 1]));
    if (table !== 'texts') return stored;
    return stored === '' ? derivedText(this.entry('display', d)) : stored.slice(TEXT_MARK.length);
  }

  /** The transcript's words (see SegmentExtras.words), in code-unit order. */
  words(): string[] {
    if (this.wordCount === 0) return [];
    const words = fromUtf8(this.range('wordsData', 0, this.sections.wordsData[1])).split('\n');
    words.pop(); // after the last line break
    return words;
  }

  /** Whether `word` is one of the transcript's words: a binary search that reads a few blocks, not the word list. */
  hasWord(word: string): boolean {
    const offsets = this.paged('wordOffsets');
    const at = (i: number) => fromUtf8(this.range('wordsData', offsets.u32(4 * i), offsets.u32(4 * i + 4) - 1));
    const i = lowerBound(this.wordCount, at, word);
    return i < this.wordCount && at(i) === word;
  }

  private get wordCount(): number {
    return Math.max(0, this.sections.wordOffsets[1] / 4 - 1);
  }
}

/** What differs between a saved segment's key and the wanted one, in words (the same for every transcript it concerns). */
function keyChange(saved: string, wanted: string): string {
  const [a, b] = [saved.split('|'), wanted.split('|')];
  if (a[0] !== b[0]) return `the cached index has another format (${a[0]}, now ${b[0]})`;
  if (a[1] !== b[1]) return 'the cached index was built with another segmenter or dictionary';
  if (a[2] !== b[2]) return 'the cached index belongs to another transcript';
  return 'the cached index was built from another version of the transcript';
}

/** The bytes of an array `narrowest` wrote (field lengths, merge slots), `width` bytes a value. */
function lengthsView(bytes: Uint8Array, width: number): Uint8Array | Uint16Array | Uint32Array {
  if (width === 1) return bytes;
  if (width === 4) return u32(bytes);
  if (width !== 2 || bytes.length % 2 !== 0) throw new Error('numbers of an unknown width');
  return bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2) : new Uint16Array(bytes.slice().buffer);
}

/** A Uint32Array over the bytes, in place when aligned, else over a copy. */
function u32(bytes: Uint8Array): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(bytes.slice().buffer);
}
