/**
 * A hash table over a segment's sorted term dictionary, so that looking a word up costs one
 * hash (computed once per query word, for every segment) and a probe or two instead of a
 * binary search that decodes a dozen terms in each segment. Built on first use from the
 * dictionary's UTF-8 bytes without decoding them (one pass over the bytes).
 *
 * The hash is FNV-1a over the term's UTF-8 bytes. A candidate slot is confirmed by the
 * caller comparing the decoded term with the word, so a word that encodes to the same bytes
 * as another (a lone surrogate becomes U+FFFD in UTF-8) is still not found.
 */
import { utf8 } from './bytes';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of bytes [from, to). */
export function bytesHash(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
  return h >>> 0;
}

/** Recent words' hashes (a query asks the same word of every segment). */
const recent = new Map<string, number>();
const RECENT_MAX = 512;

/** The hash of a word's UTF-8 bytes. */
export function wordHash(word: string): number {
  let h = recent.get(word);
  if (h === undefined) {
    h = bytesHash(utf8(word));
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(word, h);
  }
  return h;
}

export class TermTable {
  /** Term index + 1 per slot (0 = empty), open addressing with linear probing. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `offsets[i]..offsets[i + 1]` are term i's bytes in `terms`. */
  constructor(terms: Uint8Array, offsets: Uint32Array, count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < count; i++) {
      let s = bytesHash(terms, offsets[i], offsets[i + 1]) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = i + 1;
    }
  }

  /** The term index with this hash that `is` confirms, or -1. */
  find(hash: number, is: (i: number) => boolean): number {
    for (let s = hash & this.mask; this.slots[s] !== 0; s = (s + 1) & this.mask) {
      const i = this.slots[s] - 1;
      if (is(i)) return i;
    }
    return -1;
  }
}
