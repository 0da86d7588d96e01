/**
 * Near-miss correction for Chinese terms: a query run such as 混和云 that is not a
 * known term and does not occur in any transcript, but differs by one character from
 * exactly one known term (混合云), is also searched as that term.
 *
 * Restrictions that keep it from changing meaning:
 *  - only windows of 3+ characters (2 only as a last resort), and never a window that is itself a known term or
 *    occurs in a transcript (so 公有云 is never read as 私有云);
 *  - for 2- and 3-character terms the differing characters must sound the same (an input-method
 *    slip: 和/合 are both "he"); 4+ character terms allow any one character;
 *  - the candidate must be unique.
 */
import { hasHan } from './expansion';

export interface Correction {
  start: number;
  end: number;
  original: string;
  term: string;
}

const MIN_LEN = 3;
const MAX_LEN = 8;
const MASK = '\u0000';

type PinyinFn = (text: string, opts: { toneType: 'none'; type: 'array'; multiple: boolean }) => string[];
let pinyinFn: PinyinFn | undefined;

/** Toneless readings of one character (all of them, for polyphones). */
function readings(ch: string): string[] {
  if (!pinyinFn) {
    // Loaded on first use: most queries never need it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
    pinyinFn = (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  }
  return pinyinFn(ch, { toneType: 'none', type: 'array', multiple: true }).filter((r) => /^[a-zü]+$/.test(r));
}

export function soundsAlike(a: string, b: string): boolean {
  const ra = readings(a);
  if (ra.length === 0) return false;
  const rb = new Set(readings(b));
  return ra.some((r) => rb.has(r));
}

/** Files `term` under each of its keys with one character masked (terms of 2–8 characters with Han). */
function addMasked(masked: Map<string, string[]>, term: string): void {
  if (term.length < 2 || term.length > MAX_LEN || !hasHan(term)) return;
  for (let i = 0; i < term.length; i++) {
    const key = term.slice(0, i) + MASK + term.slice(i + 1);
    const list = masked.get(key);
    if (list) list.push(term);
    else masked.set(key, [term]);
  }
}

/** The look-up: the known terms, and each term under every key with one character masked. */
interface Table { vocabulary: ReadonlySet<string>; masked: Map<string, string[]> }

export class NearMissCorrector {
  private known?: Table;
  /** A table being built in steps (`prepareSome`): the terms not added yet. */
  private building?: Table & { rest: Iterator<string> };

  /**
   * @param vocabularySource the known terms, or a function giving them when a query first needs them
   *   (building the look-up over a hundred transcripts' words is then paid only by queries with
   *   a window of 3+ characters)
   */
  constructor(private readonly vocabularySource: ReadonlySet<string> | (() => ReadonlySet<string>), private readonly occursInText: (s: string) => boolean) {}

  /** Builds the look-up now (for a long-running process, so the first query does not wait for it). */
  prepare(): void {
    this.table();
  }

  /**
   * Builds part of the look-up: the vocabulary on the first call, then up to `terms` more of its
   * terms per call. True once it is complete. A query that needs it before finishes it at once.
   */
  prepareSome(terms: number): boolean {
    if (this.known) return true;
    if (!this.building) {
      const vocabulary = typeof this.vocabularySource === 'function' ? this.vocabularySource() : this.vocabularySource;
      this.building = { vocabulary, masked: new Map(), rest: vocabulary[Symbol.iterator]() };
      return false;
    }
    const b = this.building;
    for (let n = 0; n < terms; n++) {
      const next = b.rest.next();
      if (next.done) {
        this.known = { vocabulary: b.vocabulary, masked: b.masked };
        this.building = undefined;
        return true;
      }
      addMasked(b.masked, next.value);
    }
    return false;
  }

  private get vocabulary(): ReadonlySet<string> {
    return this.table().vocabulary;
  }

  private get masked(): Map<string, string[]> {
    return this.table().masked;
  }

  private table(): Table {
    while (!this.prepareSome(Infinity)) { /* the rest at once */ }
    return this.known!;
  }

  /**
   * Corrections found in a run of Chinese characters (normalised), left to right, not
   * overlapping. `minLength` 2 (used only when a query found nothing at all) also tries
   * two-character words, with the same-sound rule.
   */
  correct(run: string, minLength = MIN_LEN): Correction[] {
    const min = Math.max(2, minLength);
    const out: Correction[] = [];
    let i = 0;
    while (i + min <= run.length) {
      let advanced = false;
      for (let len = Math.min(MAX_LEN, run.length - i); len >= min; len--) {
        const w = run.slice(i, i + len);
        if (this.vocabulary.has(w)) { i += len; advanced = true; break; }
        const term = this.candidate(w);
        if (term && !this.occursInText(w)) {
          out.push({ start: i, end: i + len, original: w, term });
          i += len;
          advanced = true;
          break;
        }
      }
      if (!advanced) i++;
    }
    return out;
  }

  private candidate(w: string): string | undefined {
    const found = new Set<string>();
    for (let i = 0; i < w.length; i++) {
      const list = this.masked.get(w.slice(0, i) + MASK + w.slice(i + 1));
      if (!list) continue;
      for (const term of list) {
        if (term === w) continue;
        if (w.length <= MIN_LEN && !soundsAlike(w[i], term[i])) continue;
        if (!hasHan(w[i])) continue;
        found.add(term);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}
