/**
 * An index for the exact-substring recall net (substring.ts): the same answers as
 * `SubstringScanner.find`, in time proportional to the postings a needle touches instead
 * of a scan over every text. The keys are the UTF-16 code-unit bigrams of each document's
 * scanner text (key = first unit << 16 | second unit, so a surrogate pair such as 𠮷 is
 * one bigram); each key lists the documents holding it, each document once.
 *
 * - A needle of two code units is exactly its bigram's postings (no text is read).
 * - A longer needle intersects the postings of its rarest bigrams (at most three, the
 *   smallest first), then verifies the candidates with `text(doc).includes(needle)`.
 * - A needle of one code unit c is the union of the postings of every bigram starting with
 *   c (one contiguous run of sorted keys) plus the documents whose last unit is c (kept per
 *   document, since the last unit starts no bigram). Exact as well; no text is read.
 *
 * Byte layout (all u32 little-endian, every array 4-byte aligned from the start):
 *   0  "SBI1"
 *   4  docCount
 *   8  keyCount
 *  12  postingsLength (bytes)
 *  16  checksum (bytes.ts) of every byte from 20 to the end
 *  20  keys        u32[keyCount], strictly ascending
 *      offsets     u32[keyCount + 1], into postings; offsets[0] = 0, the last = postingsLength
 *      lastUnits   u32[docCount], each document's last code unit, NO_UNIT when it is empty
 *      postings    per key: varint count, then count varints: the first document, then the
 *                  gaps to the next (each ≥ 1); zero-padded to a multiple of 4 bytes.
 * Opening checks the sizes, the checksum (unless the caller's container already did) and
 * that keys and offsets are ordered; it decodes no posting list.
 */
import { ByteReader, ByteWriter, checksum } from './bytes';
import { compact } from './substring';

const MAGIC = [0x53, 0x42, 0x49, 0x31]; // "SBI1"
const HEADER_BYTES = 20;
/** lastUnits' value for an empty text (no code unit is this large). */
const NO_UNIT = 0xffffffff;
/** At most this many of a needle's bigrams are intersected; the rest is left to verification. */
const MAX_LISTS = 3;
/** Decoded posting lists kept (most recently used), so repeated query words decode once. */
const CACHE_SIZE = 256;

const bigram = (s: string, i: number): number => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;

/** Bytes of the index over `texts` (document texts as the scanner keeps them, already compacted). */
export function buildSubstringIndex(texts: readonly string[]): Uint8Array {
  const lists = new Map<number, number[]>();
  const lastUnits = new Uint32Array(texts.length);
  texts.forEach((text, doc) => {
    lastUnits[doc] = text.length > 0 ? text.charCodeAt(text.length - 1) : NO_UNIT;
    for (let i = 0; i + 1 < text.length; i++) {
      const key = bigram(text, i);
      const docs = lists.get(key);
      if (!docs) lists.set(key, [doc]);
      else if (docs[docs.length - 1] !== doc) docs.push(doc);
    }
  });
  const keys = Uint32Array.from(lists.keys()).sort();
  const offsets = new Uint32Array(keys.length + 1);
  const postings = new ByteWriter();
  keys.forEach((key, k) => {
    offsets[k] = postings.length;
    const docs = lists.get(key)!;
    postings.varint(docs.length);
    let prev = 0;
    for (const d of docs) { postings.varint(d - prev); prev = d; }
  });
  offsets[keys.length] = postings.length;
  return assemble(texts.length, keys, offsets, lastUnits, postings);
}

function assemble(docCount: number, keys: Uint32Array, offsets: Uint32Array, lastUnits: Uint32Array, postings: ByteWriter): Uint8Array {
  const postingsLength = postings.length;
  const out = new ByteWriter();
  for (const b of MAGIC) out.byte(b);
  for (let i = 0; i < 16; i++) out.byte(0); // docCount, keyCount, postingsLength, checksum: set below
  for (const a of [keys, offsets, lastUnits]) out.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  postings.align(4);
  out.bytes(postings.result());
  const bytes = out.result();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(4, docCount, true);
  view.setUint32(8, keys.length, true);
  view.setUint32(12, postingsLength, true);
  view.setUint32(16, checksum(bytes.subarray(HEADER_BYTES)), true);
  return bytes;
}

/** Why bytes cannot be opened as an index. */
function damaged(why: string): Error {
  return new Error(`the substring index is damaged (${why})`);
}

/** The next varint, or the index's own error when the bytes run out or hold no varint. */
function varint(r: ByteReader): number {
  try {
    return r.varint();
  } catch (err) {
    throw damaged(err instanceof Error ? err.message : String(err));
  }
}

export interface SubstringIndexOptions {
  /**
   * Check the checksum at open (default true): a pass over every byte, no decoding. Pass
   * false when the bytes are a section of a container that already checked its own checksum.
   */
  verify?: boolean;
}

export class SubstringIndex {
  private readonly keys: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly lastUnits: Uint32Array;
  private readonly postings: Uint8Array;
  private readonly cache = new Map<number, Uint32Array>();

  /**
   * Opens bytes from buildSubstringIndex; `text(doc)` returns document doc's text (the
   * lead will decode it lazily from the segment). Never decodes all postings at open.
   * Throws an Error saying what is wrong when the bytes are not a sound index for
   * `docCount` documents. Unaligned bytes are copied once to aligned memory.
   */
  constructor(bytes: Uint8Array, private readonly docCount: number, private readonly text: (doc: number) => string, options: SubstringIndexOptions = {}) {
    if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) throw damaged('not a substring index');
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [docs, keyCount, postingsLength, sum] = [4, 8, 12, 16].map((at) => view.getUint32(at, true));
    if (docs !== docCount) throw damaged(`built for ${docs} documents, not ${docCount}`);
    const postingsAt = HEADER_BYTES + 4 * (keyCount + keyCount + 1 + docCount);
    if (bytes.length !== postingsAt + postingsLength + ((4 - (postingsLength % 4)) % 4)) throw damaged('truncated or wrong length');
    if (options.verify !== false && checksum(bytes.subarray(HEADER_BYTES)) !== sum) throw damaged('checksum mismatch');
    const u32 = (at: number, n: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
    this.keys = u32(HEADER_BYTES, keyCount);
    this.offsets = u32(HEADER_BYTES + 4 * keyCount, keyCount + 1);
    this.lastUnits = u32(HEADER_BYTES + 4 * (2 * keyCount + 1), docCount);
    this.postings = bytes.subarray(postingsAt, postingsAt + postingsLength);
    this.checkOrder(postingsLength);
  }

  /** Keys strictly ascending, offsets from 0 to the postings' end without going back (so no read leaves the postings). */
  private checkOrder(postingsLength: number): void {
    const { keys, offsets } = this;
    if (offsets[0] !== 0 || offsets[keys.length] !== postingsLength) throw damaged('posting offsets out of range');
    for (let k = 0; k < keys.length; k++) {
      if (offsets[k + 1] <= offsets[k]) throw damaged('posting offsets out of order');
      if (k > 0 && keys[k] <= keys[k - 1]) throw damaged('keys out of order');
    }
  }

  /** Document numbers (ascending) whose text contains compact(needle): the same set SubstringScanner.find gives. */
  find(needle: string): number[] {
    const n = compact(needle);
    if (n.length === 0) return [];
    if (n.length === 1) return this.withUnit(n.charCodeAt(0));
    if (n.length === 2) {
      const k = this.slot(bigram(n, 0));
      return k < 0 ? [] : Array.from(this.list(k));
    }
    const slots = new Set<number>();
    for (let i = 0; i + 1 < n.length; i++) {
      const k = this.slot(bigram(n, i));
      if (k < 0) return [];
      slots.add(k);
    }
    const rarest = [...slots].map((k) => ({ k, count: this.count(k) })).sort((a, b) => a.count - b.count).slice(0, MAX_LISTS);
    let candidates = this.list(rarest[0].k);
    for (let j = 1; j < rarest.length && candidates.length > 0; j++) candidates = this.intersect(candidates, rarest[j].k);
    const out: number[] = [];
    for (const doc of candidates) if (this.text(doc).includes(n)) out.push(doc);
    return out;
  }

  /** Whether document `doc` contains compact(needle) (same as SubstringScanner.contains: false for no such document). */
  contains(doc: number, needle: string): boolean {
    if (!Number.isInteger(doc) || doc < 0 || doc >= this.docCount) return false;
    return this.text(doc).includes(compact(needle));
  }

  /** Index of `key` in the keys, or -1. */
  private slot(key: number): number {
    const k = this.lowerBound(key);
    return k < this.keys.length && this.keys[k] === key ? k : -1;
  }

  private lowerBound(key: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many documents key slot k lists (its leading varint). */
  private count(k: number): number {
    return varint(new ByteReader(this.postings, this.offsets[k]));
  }

  /** The documents of key slot k, decoded (and cached). */
  private list(k: number): Uint32Array {
    const cached = this.cache.get(k);
    if (cached) {
      this.cache.delete(k);
      this.cache.set(k, cached);
      return cached;
    }
    const docs = new Uint32Array(this.count(k));
    let i = 0;
    this.decode(k, (d) => { docs[i++] = d; });
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(k, docs);
    return docs;
  }

  /** Calls `each` with every document of key slot k, ascending; throws on a list that breaks the layout. */
  private decode(k: number, each: (doc: number) => void): void {
    const end = this.offsets[k + 1];
    const r = new ByteReader(this.postings, this.offsets[k]);
    const count = varint(r);
    if (count === 0 || count > this.docCount) throw damaged('posting count out of range');
    let doc = -1;
    for (let j = 0; j < count; j++) {
      const gap = varint(r);
      doc = j === 0 ? gap : doc + gap;
      if ((j > 0 && gap === 0) || doc >= this.docCount || r.pos > end) throw damaged('posting list out of range');
      each(doc);
    }
    if (r.pos !== end) throw damaged('posting list length');
  }

  /** The candidates that key slot k also lists (a merge, streaming the slot's list unless it is cached). */
  private intersect(candidates: Uint32Array, k: number): Uint32Array {
    const out = new Uint32Array(candidates.length);
    let n = 0;
    let i = 0;
    const keep = (doc: number) => {
      while (i < candidates.length && candidates[i] < doc) i++;
      if (i < candidates.length && candidates[i] === doc) out[n++] = candidates[i++];
    };
    const cached = this.cache.get(k);
    if (cached) cached.forEach(keep);
    else this.decode(k, keep);
    return out.subarray(0, n);
  }

  /** Documents holding code unit `unit`: those with a bigram starting with it, and those ending with it. */
  private withUnit(unit: number): number[] {
    const seen = new Uint8Array(this.docCount);
    const first = this.lowerBound((unit << 16) >>> 0);
    const last = this.lowerBound(((unit << 16) >>> 0) + 0x10000);
    for (let k = first; k < last; k++) this.decode(k, (d) => { seen[d] = 1; });
    for (let d = 0; d < this.docCount; d++) if (this.lastUnits[d] === unit) seen[d] = 1;
    const out: number[] = [];
    for (let d = 0; d < this.docCount; d++) if (seen[d]) out.push(d);
    return out;
  }
}
