/**
 * jieba's dictionary opened from dist/jieba/lexicon.bin (written at build time by
 * scripts/lib/jieba-lexicon.mjs, whose comment gives the layout) as a core Lexicon, with the
 * user dictionary applied as jieba-rs's `load_dict` applies it; and jieba's HMM from hmm.json.
 * Opening reads ~5 MB into typed arrays (a few milliseconds) where building jieba's own trie
 * takes 150–600 ms: a query can be cut before @node-rs/jieba has started.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { HmmModel, Lexicon } from '../../core/jieba/lexicon';

const MAGIC = 'SUMLEX01';

/** Rust's `split_whitespace`, as jieba-rs splits a dictionary line. */
const RUST_WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

interface Header { engine: string; version: string; dictBytes: number; count: number; total: number }

/** The folder of lexicon.bin: dist/jieba next to the bundle, or the checkout's dist/jieba from out/ (tests). */
export function lexiconDir(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'jieba'), path.join(dir, 'dist', 'jieba')]) {
      if (fs.existsSync(path.join(candidate, 'lexicon.bin'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The sorted words of lexicon.bin: every word with a given prefix is one range of them. */
class SortedWords {
  constructor(readonly words: string, readonly offsets: Uint32Array, readonly freqs: Uint32Array) {}

  get count(): number { return this.freqs.length; }

  /** The UTF-16 unit of word k at depth, or −1 past its end. */
  unit(k: number, depth: number): number {
    const at = this.offsets[k] + depth;
    return at < this.offsets[k + 1] ? this.words.charCodeAt(at) : -1;
  }

  length(k: number): number { return this.offsets[k + 1] - this.offsets[k]; }

  /** The first k in [lo, hi) whose unit at depth is ≥ unit (or > unit with `after`). */
  bound(lo: number, hi: number, depth: number, unit: number, after: boolean): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const u = this.unit(mid, depth);
      if (u < unit || (after && u === unit)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of this word, or −1. */
  indexOf(word: string): number {
    let lo = 0;
    let hi = this.count;
    for (let d = 0; d < word.length && lo < hi; d++) {
      const u = word.charCodeAt(d);
      lo = this.bound(lo, hi, d, u, false);
      hi = this.bound(lo, hi, d, u, true);
    }
    return lo < hi && this.length(lo) === word.length ? lo : -1;
  }
}

/** The user dictionary's words over the stock ones: jieba-rs's `load_dict` (a later line wins; no frequency is 0). */
class UserWords {
  readonly freq = new Map<string, number>();
  readonly prefixes = new Set<string>();
  maxLength = 0;

  /** Adds the lines of a user dictionary; returns how the total changes. */
  add(text: string, stockFreq: (word: string) => number | undefined): number {
    let change = 0;
    for (const line of text.split('\n')) {
      const [word, freqText] = line.split(RUST_WHITESPACE).filter(Boolean);
      if (word === undefined) continue;
      if (freqText !== undefined && !/^\+?\d+$/.test(freqText)) throw new Error(`the user dictionary's line "${line}" has no valid frequency`);
      const freq = freqText === undefined ? 0 : Number(freqText);
      change += freq - (this.freq.get(word) ?? stockFreq(word) ?? 0);
      this.freq.set(word, freq);
      for (let i = 1; i <= word.length; i++) this.prefixes.add(word.slice(0, i));
      this.maxLength = Math.max(this.maxLength, word.length);
    }
    return change;
  }
}

class FileLexicon implements Lexicon {
  readonly logTotal: number;

  constructor(private readonly stock: SortedWords, private readonly user: UserWords, total: number) {
    this.logTotal = Math.log(total);
  }

  prefixes(text: string, start: number, limit: number, visit: (end: number, logFreq: number) => void): void {
    const { stock, user } = this;
    let lo = 0;
    let hi = stock.count;
    const userLimit = user.maxLength === 0 ? start : Math.min(limit, start + user.maxLength);
    for (let p = start; p < limit;) {
      const u = text.charCodeAt(p);
      if (lo < hi) {
        lo = stock.bound(lo, hi, p - start, u, false);
        hi = stock.bound(lo, hi, p - start, u, true);
      }
      p++;
      const userAlive = p <= userLimit && user.prefixes.has(text.slice(start, p));
      if (lo >= hi && !userAlive) return;
      if (u >= 0xd800 && u <= 0xdbff && p < limit) continue; // the middle of a code point
      const own = userAlive ? user.freq.get(text.slice(start, p)) : undefined;
      const freq = own ?? (lo < hi && stock.length(lo) === p - start ? stock.freqs[lo] : undefined);
      if (freq !== undefined) visit(p, Math.log(freq));
    }
  }

  has(word: string): boolean {
    return this.user.freq.has(word) || this.stock.indexOf(word) >= 0;
  }
}

function readHeader(bytes: Buffer): { header: Header; body: number } {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a lexicon file');
  const headerBytes = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerBytes)) as Header;
  return { header, body: 12 + headerBytes };
}

/** What the lexicon must match: the installed @node-rs/jieba and the size of its dictionary. */
export interface StockDictionary { version: string; dictBytes: number }

/**
 * The lexicon of this folder with this user dictionary, or undefined when it is missing,
 * damaged or made from another dictionary than the installed one (then @node-rs/jieba cuts).
 */
export function openLexicon(dir: string, userDictText: string, stock: StockDictionary): Lexicon | undefined {
  try {
    const bytes = fs.readFileSync(path.join(dir, 'lexicon.bin'));
    const { header, body } = readHeader(bytes);
    if (header.version !== stock.version || header.dictBytes !== stock.dictBytes) return undefined;
    const n = header.count;
    const offsets = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + body, bytes.byteOffset + body + 4 * (n + 1)));
    const freqs = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + body + 4 * (n + 1), bytes.byteOffset + body + 4 * (2 * n + 1)));
    const wordsAt = body + 4 * (2 * n + 1);
    if (bytes.length - wordsAt !== 2 * offsets[n]) return undefined;
    const words = new SortedWords(bytes.toString('utf16le', wordsAt), offsets, freqs);
    const user = new UserWords();
    const total = header.total + user.add(userDictText, (w) => { const k = words.indexOf(w); return k < 0 ? undefined : freqs[k]; });
    return new FileLexicon(words, user, total);
  } catch {
    return undefined;
  }
}

/** jieba's HMM from hmm.json of this folder (undefined when missing or damaged). */
export function openHmm(dir: string): HmmModel | undefined {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, 'hmm.json'), 'utf8')) as { start: number[]; trans: number[][]; emit: [string, number[]][] };
    const emit = raw.emit.map(([chars, probs]) => new Map(Array.from(chars).map((ch, i) => [ch, probs[i]] as const)));
    if (raw.start.length !== 4 || raw.trans.length !== 4 || emit.length !== 4) return undefined;
    return { start: raw.start, trans: raw.trans, emit };
  } catch {
    return undefined;
  }
}
