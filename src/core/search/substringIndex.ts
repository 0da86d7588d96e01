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
 *   c (one contiguous run of sorted keys) and of the documents ending with c (a second, small
 *   dictionary: the last unit of a text starts no bigram). Exact as well; no text is read.
 *
 * Byte layout (all u32 little-endian, every array 4-byte aligned from the start):
 *   0  "SBI1"
 *   4  docCount
 *   8  keyCount
 *  12  unitCount
 *  16  postingsLength (bytes)
 *  20  checksum (`indexChecksum` below) of every byte from 24 to the end
 *  24  keys        u32[keyCount], the bigrams, strictly ascending
 *      units       u32[unitCount], the last code units of the texts, strictly ascending
 *      offsets     u32[keyCount + unitCount + 1] into postings, one list per key then per
 *                  unit ("slots"); offsets[0] = 0, the last = postingsLength
 *      postings    per slot: varint count, then count varints: the first document, then the
 *                  gaps to the next (each ≥ 1); zero-padded to a multiple of 4 bytes.
 * Opening checks the sizes and, unless the caller's container already checked its own
 * checksum, this checksum and that keys, units and offsets are ordered; it decodes no
 * posting list. The arrays are viewed in place (bytes at an offset that is not a multiple of
 * 4 are copied once); u32 arrays use the platform's byte order, little-endian wherever this
 * runs, as segment.ts does. Building takes 16 bytes per code unit of the texts meanwhile.
 * The bytes may also be given as PagedBytes (a segment's section in a cache file): the
 * arrays are then read word by word and a posting list by its range, as look-ups reach them.
 */
import { ByteWriter } from './bytes';
import { compact } from './substring';

const MAGIC = [0x53, 0x42, 0x49, 0x31]; // "SBI1"
const HEADER_BYTES = 24;
/** At most this many of a needle's bigrams are intersected; the rest is left to verification. */
const MAX_LISTS = 3;
/** Decoded posting lists kept (most recently used), so repeated query words decode once: at most this many document numbers in all (4 MB). */
const CACHE_DOCS = 1 << 20;

const bigram = (s: string, i: number): number => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;

/** Bytes of the index over `texts` (document texts as the scanner keeps them, already compacted). */
export function buildSubstringIndex(texts: readonly string[]): Uint8Array {
  const postings = new ByteWriter();
  const offsets: number[] = [];
  const keys = writeLists(sortedPairs(texts), offsets, postings);
  const units = writeLists(sortedEnds(texts), offsets, postings);
  offsets.push(postings.length);
  return assemble(texts.length, keys, units, Uint32Array.from(offsets), postings);
}

interface Pairs { keys: Uint32Array; docs: Uint32Array }

/** Writes one posting list per distinct key of `pairs` (sorted by key, then document), each document once; returns the keys. */
function writeLists(pairs: Pairs, offsets: number[], postings: ByteWriter): Uint32Array {
  const keys: number[] = [];
  const { keys: pairKeys, docs: pairDocs } = pairs;
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
  return Uint32Array.from(keys);
}

/** Every bigram occurrence as (key, document), sorted by key and, within a key, by document. */
function sortedPairs(texts: readonly string[]): Pairs {
  let total = 0;
  for (const t of texts) total += Math.max(0, t.length - 1);
  const keys = new Uint32Array(total);
  const docs = new Uint32Array(total);
  let n = 0;
  texts.forEach((text, doc) => {
    for (let i = 0; i + 1 < text.length; i++) { keys[n] = bigram(text, i); docs[n++] = doc; }
  });
  return radixSort({ keys, docs }, [0, 16]);
}

/** Each non-empty text's last code unit with its document, sorted by unit, then document. */
function sortedEnds(texts: readonly string[]): Pairs {
  const ends = texts.flatMap((t, doc) => (t.length > 0 ? [doc] : []));
  const keys = Uint32Array.from(ends, (doc) => texts[doc].charCodeAt(texts[doc].length - 1));
  return radixSort({ keys, docs: Uint32Array.from(ends) }, [0]);
}

/** An LSD radix sort of the pairs by key, 16 bits per pass (stable, so documents stay ascending within a key); no per-key allocation. */
function radixSort(pairs: Pairs, shifts: number[]): Pairs {
  let keys: Uint32Array = pairs.keys;
  let docs: Uint32Array = pairs.docs;
  let keysTo: Uint32Array = new Uint32Array(keys.length);
  let docsTo: Uint32Array = new Uint32Array(keys.length);
  const starts = new Uint32Array(0x10000);
  for (const shift of shifts) {
    starts.fill(0);
    for (let i = 0; i < keys.length; i++) starts[(keys[i] >>> shift) & 0xffff]++;
    for (let d = 0, at = 0; d < 0x10000; d++) { const c = starts[d]; starts[d] = at; at += c; }
    for (let i = 0; i < keys.length; i++) {
      const to = starts[(keys[i] >>> shift) & 0xffff]++;
      keysTo[to] = keys[i];
      docsTo[to] = docs[i];
    }
    [keys, keysTo] = [keysTo, keys];
    [docs, docsTo] = [docsTo, docs];
  }
  return { keys, docs };
}

function assemble(docCount: number, keys: Uint32Array, units: Uint32Array, offsets: Uint32Array, postings: ByteWriter): Uint8Array {
  const postingsLength = postings.length;
  const out = new ByteWriter();
  for (const b of MAGIC) out.byte(b);
  for (let i = 4; i < HEADER_BYTES; i++) out.byte(0); // the counts and the checksum: set below
  for (const a of [keys, units, offsets]) out.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  postings.align(4);
  out.bytes(postings.result());
  const bytes = out.result();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  [docCount, keys.length, units.length, postingsLength].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  view.setUint32(20, indexChecksum(bytes.subarray(HEADER_BYTES)), true);
  return bytes;
}

/**
 * A 32-bit checksum of 4-byte-aligned bytes whose length is a multiple of 4: MurmurHash3's
 * block step over little-endian words, then its finaliser. Unlike a multiply-xor step
 * alone (bytes.ts's `checksum`), the rotations carry a change in a word's high bits into the
 * low ones, so two edits cannot cancel out in the top byte (1 in 256 there).
 */
function indexChecksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  let h = 0x53424931;
  for (let i = 0; i < words.length; i++) {
    let k = Math.imul(words[i], 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  }
  h ^= bytes.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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
  constructor(private readonly bytes: Uint8Array, public pos: number, readonly end: number) {}

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
   * Check the checksum and the order of keys and offsets at open (default true): one pass
   * over every byte, no decoding. Pass false when the bytes are a section of a
   * container that already checked its own checksum: opening is then O(1). Either way a
   * posting list is checked as it is decoded (counts, gaps, bounds), so damage that slips
   * through throws this module's Error rather than hanging or reading out of bounds.
   */
  verify?: boolean;
}

/**
 * An index's bytes read on demand (a segment's section in a cache file): a lookup then reads
 * the few words of `keys` its binary search probes, two offsets and one posting list, not
 * the whole index. The caller verifies what it reads (the segment's block checksums).
 */
export interface PagedBytes {
  readonly length: number;
  /** The little-endian u32 at byte `at` (a multiple of 4). */
  u32(at: number): number;
  /** Bytes [from, to). */
  range(from: number, to: number): Uint8Array;
}

/** One of the index's u32 arrays: viewed in memory, or read word by word from PagedBytes. */
interface Words {
  readonly length: number;
  get(i: number): number;
}

class ArrayWords implements Words {
  constructor(private readonly a: Uint32Array) {}
  get length(): number { return this.a.length; }
  get(i: number): number { return this.a[i]; }
}

class PagedWords implements Words {
  constructor(private readonly src: PagedBytes, private readonly at: number, readonly length: number) {}
  get(i: number): number { return this.src.u32(this.at + 4 * i); }
}

export class SubstringIndex {
  private readonly keys: Words;
  private readonly units: Words;
  private readonly offsets: Words;
  /** The posting lists in memory, or undefined when they are read from `paged`. */
  private readonly postings?: Uint8Array;
  private readonly paged?: { src: PagedBytes; postingsAt: number };
  private readonly cache = new Map<number, Uint32Array>();
  private cachedDocs = 0;

  /**
   * Opens bytes from buildSubstringIndex; `text(doc)` returns document doc's text, exactly
   * the text the index was built over (a segment may decode it lazily). It is called only to
   * verify candidates of needles of 3+ code units and by `contains`. Never decodes all
   * postings at open. Throws an Error saying what is wrong when the bytes are not a sound
   * index for `docCount` documents. Unaligned bytes are copied once to aligned memory.
   * PagedBytes are read as lookups need them (only the header and the length are checked
   * at open: `verify` does not apply).
   */
  constructor(bytes: Uint8Array | PagedBytes, private readonly docCount: number, private readonly text: (doc: number) => string, options: SubstringIndexOptions = {}) {
    if (!(bytes instanceof Uint8Array)) {
      const { keyCount, unitCount, postingsAt } = this.layout(bytes.range(0, Math.min(bytes.length, HEADER_BYTES)), bytes.length);
      this.keys = new PagedWords(bytes, HEADER_BYTES, keyCount);
      this.units = new PagedWords(bytes, HEADER_BYTES + 4 * keyCount, unitCount);
      this.offsets = new PagedWords(bytes, HEADER_BYTES + 4 * (keyCount + unitCount), keyCount + unitCount + 1);
      this.paged = { src: bytes, postingsAt };
      return;
    }
    let mem: Uint8Array = bytes;
    if (mem.length < HEADER_BYTES || MAGIC.some((b, i) => mem[i] !== b)) throw damaged('not a substring index');
    if (mem.byteOffset % 4 !== 0) mem = mem.slice();
    const view = new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
    const [docs, keyCount, unitCount, postingsLength, sum] = [4, 8, 12, 16, 20].map((at) => view.getUint32(at, true));
    if (docs !== docCount) throw damaged(`built for ${docs} documents, not ${docCount}`);
    const slots = keyCount + unitCount;
    const postingsAt = HEADER_BYTES + 4 * (slots + slots + 1);
    if (mem.length !== postingsAt + postingsLength + ((4 - (postingsLength % 4)) % 4)) throw damaged('truncated or wrong length');
    const verify = options.verify !== false;
    if (verify && indexChecksum(mem.subarray(HEADER_BYTES)) !== sum) throw damaged('checksum mismatch');
    const u32 = (at: number, n: number) => new ArrayWords(new Uint32Array(mem.buffer, mem.byteOffset + at, n));
    this.keys = u32(HEADER_BYTES, keyCount);
    this.units = u32(HEADER_BYTES + 4 * keyCount, unitCount);
    this.offsets = u32(HEADER_BYTES + 4 * slots, slots + 1);
    this.postings = mem.subarray(postingsAt, postingsAt + postingsLength);
    if (verify) this.checkOrder(postingsLength);
  }

  /** The counts in a header and where the postings start; throws when they do not fit `length` bytes or `docCount`. */
  private layout(head: Uint8Array, length: number): { keyCount: number; unitCount: number; postingsAt: number } {
    if (head.length < HEADER_BYTES || MAGIC.some((b, i) => head[i] !== b)) throw damaged('not a substring index');
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const [docs, keyCount, unitCount, postingsLength] = [4, 8, 12, 16].map((at) => view.getUint32(at, true));
    if (docs !== this.docCount) throw damaged(`built for ${docs} documents, not ${this.docCount}`);
    const postingsAt = HEADER_BYTES + 4 * (2 * (keyCount + unitCount) + 1);
    if (length !== postingsAt + postingsLength + ((4 - (postingsLength % 4)) % 4)) throw damaged('truncated or wrong length');
    return { keyCount, unitCount, postingsAt };
  }

  /** A reader of slot k's posting list, bounded by it. */
  private reader(k: number): ListReader {
    const from = this.offsets.get(k);
    const to = this.offsets.get(k + 1);
    if (this.postings) return new ListReader(this.postings, from, to);
    const { src, postingsAt } = this.paged!;
    if (!(from <= to && postingsAt + to <= src.length)) throw damaged('posting offsets out of range');
    return new ListReader(src.range(postingsAt + from, postingsAt + to), 0, to - from);
  }

  /** Keys and units strictly ascending, offsets from 0 to the postings' end, each list non-empty. */
  private checkOrder(postingsLength: number): void {
    const { keys, units, offsets } = this;
    const slots = keys.length + units.length;
    if (offsets.get(0) !== 0 || offsets.get(slots) !== postingsLength) throw damaged('posting offsets out of range');
    for (let k = 0; k < slots; k++) if (offsets.get(k + 1) <= offsets.get(k)) throw damaged('posting offsets out of order');
    for (let k = 1; k < keys.length; k++) if (keys.get(k) <= keys.get(k - 1)) throw damaged('keys out of order');
    for (let u = 0; u < units.length; u++) if (units.get(u) > 0xffff || (u > 0 && units.get(u) <= units.get(u - 1))) throw damaged('units out of order');
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

  /** The slot of bigram `key`, or -1. */
  private slot(key: number): number {
    const k = lowerBound(this.keys, key);
    return k < this.keys.length && this.keys.get(k) === key ? k : -1;
  }

  /** How many documents slot k lists (its leading varint). */
  private count(k: number): number {
    return this.reader(k).next();
  }

  /** The documents of slot k, decoded (and cached, most recently used kept). */
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

  /** The documents of slot k, ascending; throws on a list that breaks the layout. */
  private decode(k: number): Uint32Array {
    const r = this.reader(k);
    const docs = new Uint32Array(this.checkedCount(r));
    let doc = r.next();
    docs[0] = doc;
    for (let j = 1; j < docs.length; j++) {
      const gap = r.next();
      if (gap === 0) throw damaged('posting list out of order');
      docs[j] = doc += gap;
    }
    this.checkEnd(r, doc);
    return docs;
  }

  /** Sets seen[doc] for every document of slot k (decode without allocating a list, for unions of many). */
  private mark(k: number, seen: Uint8Array): void {
    const r = this.reader(k);
    const count = this.checkedCount(r);
    let doc = r.next();
    for (let j = 1; j < count && doc < this.docCount; j++) {
      seen[doc] = 1;
      const gap = r.next();
      if (gap === 0) throw damaged('posting list out of order');
      doc += gap;
    }
    this.checkEnd(r, doc);
    seen[doc] = 1;
  }

  private checkedCount(r: ListReader): number {
    const count = r.next();
    if (count === 0 || count > this.docCount) throw damaged('posting count out of range');
    return count;
  }

  /** The list's last document is a document and the list ends where the next begins. */
  private checkEnd(r: ListReader, last: number): void {
    if (last >= this.docCount) throw damaged('posting list out of range');
    if (r.pos !== r.end) throw damaged('posting list length');
  }

  /** The candidates that slot k also lists (a merge of the two ascending lists). */
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

  /** Documents holding code unit `unit`: those with a bigram starting with it (a run of keys), and those ending with it. */
  private withUnit(unit: number): number[] {
    const slots: number[] = [];
    for (let k = lowerBound(this.keys, unit * 0x10000), end = lowerBound(this.keys, (unit + 1) * 0x10000); k < end; k++) slots.push(k);
    const u = lowerBound(this.units, unit);
    if (u < this.units.length && this.units.get(u) === unit) slots.push(this.keys.length + u);
    if (slots.length <= 1) return slots.length === 0 ? [] : toArray(this.list(slots[0]));
    const out: number[] = [];
    if (slots.length * 16 < this.docCount && slots.reduce((n, k) => n + this.count(k), 0) * 16 < this.docCount) { // few: sort them together
      const lists = slots.map((k) => this.cache.get(k) ?? this.decode(k));
      const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
      lists.reduce((at, l) => { all.set(l, at); return at + l.length; }, 0);
      all.sort();
      for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]);
    } else { // many: mark them
      const seen = new Uint8Array(this.docCount);
      for (const k of slots) this.mark(k, seen);
      for (let d = 0; d < this.docCount; d++) if (seen[d]) out.push(d);
    }
    return out;
  }
}

/** The first index of ascending `a` whose value is not below `key`. */
function lowerBound(a: Words, key: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a.get(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
