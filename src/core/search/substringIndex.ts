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
 * Opening checks the sizes and, unless the caller's container already checked its own
 * checksum, this checksum and that keys and offsets are ordered; it decodes no posting list.
 * The arrays are viewed in place (bytes at an offset that is not a multiple of 4 are copied
 * once); u32 arrays use the platform's byte order, little-endian wherever this runs, as
 * segment.ts does.
 */
import { ByteWriter, checksum } from './bytes';
import { compact } from './substring';

const MAGIC = [0x53, 0x42, 0x49, 0x31]; // "SBI1"
const HEADER_BYTES = 20;
/** lastUnits' value for an empty text (no code unit is this large). */
const NO_UNIT = 0xffffffff;
/** At most this many of a needle's bigrams are intersected; the rest is left to verification. */
const MAX_LISTS = 3;
/** Decoded posting lists kept (most recently used), so repeated query words decode once: at most this many document numbers in all (4 MB). */
const CACHE_DOCS = 1 << 20;

const bigram = (s: string, i: number): number => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;

/** Bytes of the index over `texts` (document texts as the scanner keeps them, already compacted). */
export function buildSubstringIndex(texts: readonly string[]): Uint8Array {
  const { keys: pairKeys, docs: pairDocs } = sortedPairs(texts);
  const lastUnits = new Uint32Array(texts.length);
  texts.forEach((text, doc) => { lastUnits[doc] = text.length > 0 ? text.charCodeAt(text.length - 1) : NO_UNIT; });
  const keys: number[] = [];
  const offsets: number[] = [];
  const postings = new ByteWriter();
  for (let i = 0; i < pairKeys.length; ) {
    const key = pairKeys[i];
    let end = i;
    let count = 0;
    for (let prev = -1; end < pairKeys.length && pairKeys[end] === key; end++) if (pairDocs[end] !== prev) { count++; prev = pairDocs[end]; }
    keys.push(key);
    offsets.push(postings.length);
    postings.varint(count);
    for (let prev = -1; i < end; i++) {
      const doc = pairDocs[i];
      if (doc !== prev) postings.varint(prev < 0 ? doc : doc - prev);
      prev = doc;
    }
  }
  offsets.push(postings.length);
  return assemble(texts.length, Uint32Array.from(keys), Uint32Array.from(offsets), lastUnits, postings);
}

/**
 * Every bigram occurrence as (key, document), sorted by key and, within a key, by document:
 * an LSD radix sort on the key's two code units (stable, so documents stay in text order).
 * 16 bytes per code unit while building; no per-key allocation.
 */
function sortedPairs(texts: readonly string[]): { keys: Uint32Array; docs: Uint32Array } {
  let total = 0;
  for (const t of texts) total += Math.max(0, t.length - 1);
  let keys = new Uint32Array(total);
  let docs = new Uint32Array(total);
  let n = 0;
  texts.forEach((text, doc) => {
    for (let i = 0; i + 1 < text.length; i++) { keys[n] = bigram(text, i); docs[n++] = doc; }
  });
  let keysTo = new Uint32Array(total);
  let docsTo = new Uint32Array(total);
  const starts = new Uint32Array(0x10000);
  for (const shift of [0, 16]) {
    starts.fill(0);
    for (let i = 0; i < total; i++) starts[(keys[i] >>> shift) & 0xffff]++;
    for (let d = 0, at = 0; d < 0x10000; d++) { const c = starts[d]; starts[d] = at; at += c; }
    for (let i = 0; i < total; i++) {
      const to = starts[(keys[i] >>> shift) & 0xffff]++;
      keysTo[to] = keys[i];
      docsTo[to] = docs[i];
    }
    [keys, keysTo] = [keysTo, keys];
    [docs, docsTo] = [docsTo, docs];
  }
  return { keys, docs };
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

/** A plain array copy (Array.from over a typed array is several times slower). */
function toArray(docs: Uint32Array): number[] {
  const out = new Array<number>(docs.length);
  for (let i = 0; i < docs.length; i++) out[i] = docs[i];
  return out;
}

/** Why bytes cannot be opened as an index. */
function damaged(why: string): Error {
  return new Error(`the substring index is damaged (${why})`);
}

const POW7 = [1, 2 ** 7, 2 ** 14, 2 ** 21, 2 ** 28];

/** Reads the varints of one posting list, never past its end (the layout's own ByteReader, bounded by the list). */
class ListReader {
  constructor(private readonly bytes: Uint8Array, public pos: number, private readonly end: number) {}

  next(): number {
    let v = 0;
    for (let i = 0; ; i++) {
      if (this.pos >= this.end || i === 5) throw damaged('posting list out of range');
      const b = this.bytes[this.pos++];
      v += (b & 0x7f) * POW7[i];
      if (b < 0x80) return v;
    }
  }
}

export interface SubstringIndexOptions {
  /**
   * Check the checksum and the order of keys and offsets at open (default true): a pass over
   * every byte, no decoding (≈1 ms per MB). Pass false when the bytes are a section of a
   * container that already checked its own checksum: opening is then O(1). Either way a
   * posting list is checked as it is decoded (counts, gaps, bounds), so damage that slips
   * through throws this module's Error rather than hanging or reading out of bounds.
   */
  verify?: boolean;
}

export class SubstringIndex {
  private readonly keys: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly lastUnits: Uint32Array;
  private readonly postings: Uint8Array;
  private readonly cache = new Map<number, Uint32Array>();
  private cachedDocs = 0;

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
    const verify = options.verify !== false;
    if (verify && checksum(bytes.subarray(HEADER_BYTES)) !== sum) throw damaged('checksum mismatch');
    const u32 = (at: number, n: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
    this.keys = u32(HEADER_BYTES, keyCount);
    this.offsets = u32(HEADER_BYTES + 4 * keyCount, keyCount + 1);
    this.lastUnits = u32(HEADER_BYTES + 4 * (2 * keyCount + 1), docCount);
    this.postings = bytes.subarray(postingsAt, postingsAt + postingsLength);
    if (verify) this.checkOrder(postingsLength);
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
      return k < 0 ? [] : toArray(this.list(k));
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
    return new ListReader(this.postings, this.offsets[k], this.offsets[k + 1]).next();
  }

  /** The documents of key slot k, decoded (and cached, most recently used kept). */
  private list(k: number): Uint32Array {
    let docs = this.cache.get(k);
    if (docs) {
      this.cache.delete(k);
    } else {
      docs = this.decode(k);
      if (docs.length > CACHE_DOCS / 4) return docs;
      this.cachedDocs += docs.length;
      for (const [old, list] of this.cache) {
        if (this.cachedDocs <= CACHE_DOCS) break;
        this.cache.delete(old);
        this.cachedDocs -= list.length;
      }
    }
    this.cache.set(k, docs);
    return docs;
  }

  /** The documents of key slot k, ascending; throws on a list that breaks the layout. */
  private decode(k: number): Uint32Array {
    const end = this.offsets[k + 1];
    const r = new ListReader(this.postings, this.offsets[k], end);
    const count = r.next();
    if (count === 0 || count > this.docCount) throw damaged('posting count out of range');
    const docs = new Uint32Array(count);
    let doc = r.next();
    docs[0] = doc;
    for (let j = 1; j < count; j++) {
      const gap = r.next();
      doc += gap;
      if (gap === 0) throw damaged('posting list out of order');
      docs[j] = doc;
    }
    if (doc >= this.docCount) throw damaged('posting list out of range');
    if (r.pos !== end) throw damaged('posting list length');
    return docs;
  }

  /** The candidates that key slot k also lists (a merge of the two ascending lists). */
  private intersect(candidates: Uint32Array, k: number): Uint32Array {
    const other = this.cache.get(k) ?? this.decode(k);
    const out = new Uint32Array(Math.min(candidates.length, other.length));
    let n = 0;
    for (let i = 0, j = 0; i < candidates.length && j < other.length; ) {
      if (candidates[i] < other[j]) i++;
      else if (candidates[i] > other[j]) j++;
      else { out[n++] = candidates[i]; i++; j++; }
    }
    return out.subarray(0, n);
  }

  /** Documents holding code unit `unit`: those with a bigram starting with it, and those ending with it. */
  private withUnit(unit: number): number[] {
    const seen = new Uint8Array(this.docCount);
    const first = this.lowerBound((unit << 16) >>> 0);
    const last = this.lowerBound(((unit << 16) >>> 0) + 0x10000);
    for (let k = first; k < last; k++) for (const d of this.cache.get(k) ?? this.decode(k)) seen[d] = 1;
    for (let d = 0; d < this.docCount; d++) if (this.lastUnits[d] === unit) seen[d] = 1;
    const out: number[] = [];
    for (let d = 0; d < this.docCount; d++) if (seen[d]) out.push(d);
    return out;
  }
}
