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

/** Whether a term is filed under masked keys: 2–8 characters with Han. */
function fileable(term: string): boolean {
  return term.length >= 2 && term.length <= MAX_LEN && hasHan(term);
}

/** Files `term` under each of its keys with one character masked. */
function addMasked(masked: Map<string, string[]>, term: string): void {
  for (let i = 0; i < term.length; i++) {
    const key = term.slice(0, i) + MASK + term.slice(i + 1);
    const list = masked.get(key);
    if (list) list.push(term);
    else masked.set(key, [term]);
  }
}

/**
 * The look-up, built in two phases so that steps stay short: the known terms (each once, in
 * the order the sources first give it), then each of them filed under every key with one
 * character masked, length by length. A query needs the second phase only for a window that
 * is not a known term, and then only for that window's length (a key of n characters only
 * ever holds terms of n characters); a source whose terms are all longer than the window is
 * not read for it.
 */
class Table {
  readonly vocabulary = new Set<string>();
  /** Fileable known terms by length, in the order first read. */
  private readonly byLength = new Map<number, string[]>();
  /** Per length, the masked keys of the first `filed` terms of that length. */
  private readonly masked = new Map<number, { keys: Map<string, string[]>; filed: number }>();
  /** The sources' terms not read yet, in order: each with the fewest characters its terms have. */
  private readonly parts: Array<{ terms: Iterator<string>; minLength: number }>;

  constructor(sources: ReadonlyArray<{ terms: Iterable<string>; minLength: number }>) {
    this.parts = sources.map((p) => ({ terms: p.terms[Symbol.iterator](), minLength: p.minLength }));
  }

  /** Whether the sources are all read (the known terms are complete). */
  get known(): boolean {
    return this.parts.length === 0;
  }

  /** Reads the sources until every part left has only terms longer than `length` (the terms of that length are then complete). */
  readFor(length: number): void {
    while (this.parts.some((p) => p.minLength <= length)) this.readSome(Infinity, length);
  }

  /** Reads up to `terms` more of the sources (stopping, with `upTo`, once every part left is longer); true once all are read. */
  readSome(terms: number, upTo = Infinity): boolean {
    for (let n = 0; this.parts.length > 0 && n < terms; n++) {
      if (!this.parts.some((p) => p.minLength <= upTo)) break;
      const next = this.parts[0].terms.next();
      if (next.done) { this.parts.shift(); continue; }
      const term = next.value;
      if (this.vocabulary.has(term)) continue;
      this.vocabulary.add(term);
      if (!fileable(term)) continue;
      const same = this.byLength.get(term.length);
      if (same) same.push(term);
      else this.byLength.set(term.length, [term]);
    }
    return this.known;
  }

  /** The masked keys of every known term of `length` characters (read and filed first). */
  keysOf(length: number): Map<string, string[]> {
    this.readFor(length);
    this.fileLength(length, Infinity);
    return this.masked.get(length)?.keys ?? new Map();
  }

  /** Files up to `terms` more known terms, shortest lengths first (all read first); true once all are filed. */
  fileSome(terms: number): boolean {
    this.readSome(Infinity);
    let budget = terms;
    for (let length = 2; length <= MAX_LEN; length++) {
      budget -= this.fileLength(length, budget);
      if (budget <= 0) return this.filedAll();
    }
    return true;
  }

  /** Files up to `terms` more terms of `length`; how many it filed. */
  private fileLength(length: number, terms: number): number {
    const all = this.byLength.get(length) ?? [];
    let m = this.masked.get(length);
    if (!m) this.masked.set(length, (m = { keys: new Map(), filed: 0 }));
    const end = Math.min(all.length, m.filed + terms);
    const from = m.filed;
    for (; m.filed < end; m.filed++) addMasked(m.keys, all[m.filed]);
    return end - from;
  }

  /** Whether every known term is read and filed. */
  get complete(): boolean {
    return this.known && this.filedAll();
  }

  private filedAll(): boolean {
    for (let length = 2; length <= MAX_LEN; length++) {
      if ((this.masked.get(length)?.filed ?? 0) < (this.byLength.get(length)?.length ?? 0)) return false;
    }
    return true;
  }
}

/** Reading a known term costs this many times less than filing one: a step reads this many times more. */
const READ_PER_FILED = 8;

export class NearMissCorrector {
  private built?: Table;

  /**
   * @param vocabularySource the known terms, or a function giving them (repeats allowed) when
   *   they are first needed: building the look-up over a hundred transcripts' words is then
   *   paid only by queries with a window that is not a known term, or in steps (`prepareSome`)
   * @param occursInText whether a window occurs in some transcript as written (then it is never corrected)
   * @param options.knows whether a window is a known term, answered without reading the
   *   sources (for example by looking it up in each transcript's sorted word list); it must
   *   agree with them. Without it, a window reads the sources as far as terms of its length
   *   can be in them.
   * @param options.longer more known terms, read after `vocabularySource`, none of them shorter
   *   than `minLength` characters (a transcript's words of 3+ characters): a window shorter than
   *   that finds its candidates without reading them
   * @example new NearMissCorrector(['混合云', '私有云'], (s) => text.includes(s)).correct('混和云') // [{ start: 0, end: 3, original: '混和云', term: '混合云' }]
   */
  constructor(
    private readonly vocabularySource: Iterable<string> | (() => Iterable<string>),
    private readonly occursInText: (s: string) => boolean,
    private readonly options: { knows?: (term: string) => boolean; longer?: { terms: () => Iterable<string>; minLength: number } } = {},
  ) {}

  /** Builds the look-up now (for a long-running process, so the first query does not wait for it). */
  prepare(): void {
    this.table().fileSome(Infinity);
  }

  /**
   * Builds part of the look-up: up to `terms` known terms filed per call, or READ_PER_FILED
   * times as many read from the source while it is being read. True once it is complete. A
   * query that needs a part not built yet builds that part at once.
   */
  prepareSome(terms: number): boolean {
    const t = this.table();
    if (!t.known) { t.readSome(terms * READ_PER_FILED); return false; }
    return t.fileSome(terms);
  }

  /** Whether the look-up is complete (prepareSome has nothing left to do). */
  get prepared(): boolean {
    return this.built?.complete ?? false;
  }

  private table(): Table {
    if (!this.built) {
      const first = typeof this.vocabularySource === 'function' ? this.vocabularySource() : this.vocabularySource;
      const longer = this.options.longer;
      this.built = new Table([{ terms: first, minLength: 0 }, ...(longer ? [{ terms: longer.terms(), minLength: longer.minLength }] : [])]);
    }
    return this.built;
  }

  /** Whether `w` is a known term: by `knows` when given while the table is being read, else from the table (read as far as terms of w's length can be). */
  private isKnown(w: string): boolean {
    const t = this.table();
    if (!t.known && this.options.knows) return this.options.knows(w);
    t.readFor(w.length);
    return t.vocabulary.has(w);
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
        if (this.isKnown(w)) { i += len; advanced = true; break; }
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
    const keys = this.table().keysOf(w.length);
    for (let i = 0; i < w.length; i++) {
      const list = keys.get(w.slice(0, i) + MASK + w.slice(i + 1));
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
