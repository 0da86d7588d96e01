/**
 * Exact-substring recall net. Word segmentation of a query out of context can differ
 * from the same characters inside a sentence (云计算 as a query is 云/计算; in
 * 医疗云计算 the text may be 医疗云/计算), so a Chinese word or the whole query
 * phrase is also looked up as a plain substring of each document's normalised text.
 * The engine answers it from each segment's bigram index (substringIndex.ts, substringNet.ts);
 * this scanner is the plain definition the index is tested against, and what builds the
 * texts (`scannerText`). Linear in the corpus size: the documents
 * are kept as one string (separated by a character no needle holds) and searched with
 * indexOf, jumping to the next document after a hit, rather than one includes per document.
 */
import { normalizeText } from '../text/normalize';
import type { IndexDoc } from './documents';

/** Between two documents' texts; compacted text never holds it (see `find`). */
const SEPARATOR = '\u0000';

export class SubstringScanner {
  private readonly ids: string[] = [];
  private readonly texts: string[] = [];
  private readonly position = new Map<string, number>();
  /** Every text, each followed by SEPARATOR. */
  private readonly joined: string;
  /** Where each text starts in `joined` (one more entry: the end). */
  private readonly starts: number[] = [];

  /**
   * @param docs the documents, or their ids and scanner texts (`scannerText`) as a segment keeps them.
   * @param normalizeDocs normalise every document (exact for Traditional text and
   *   full-width forms); false for very large corpora, where the texts are scanned as
   *   written (lower-cased), which is cheap to prepare and right for Simplified text.
   */
  constructor(docs: IndexDoc[] | { ids: string[]; texts: string[] }, normalizeDocs = true) {
    if (Array.isArray(docs)) {
      for (const d of docs) { this.ids.push(d.id); this.texts.push(scannerText(d, normalizeDocs)); }
    } else {
      if (docs.ids.length !== docs.texts.length) throw new Error('one scanner text per document is needed');
      for (let i = 0; i < docs.ids.length; i++) { this.ids.push(docs.ids[i]); this.texts.push(docs.texts[i]); }
    }
    this.ids.forEach((id, i) => this.position.set(id, i));
    let at = 0;
    for (const t of this.texts) { this.starts.push(at); at += t.length + 1; }
    this.starts.push(at);
    this.joined = this.texts.length > 0 ? this.texts.join(SEPARATOR) + SEPARATOR : '';
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether one document's text contains `needle`. */
  contains(id: string, needle: string): boolean {
    const i = this.position.get(id);
    return i !== undefined && this.texts[i].includes(compact(needle));
  }

  /** Ids of the documents whose text contains `needle` (normalised, without spaces). */
  find(needle: string): string[] {
    const n = compact(needle);
    if (n === '') return [];
    const out: string[] = [];
    if (n.includes(SEPARATOR)) {
      for (let i = 0; i < this.texts.length; i++) if (this.texts[i].includes(n)) out.push(this.ids[i]);
      return out;
    }
    // A hit cannot span two texts (the needle has no separator), so it lies in the text it starts in.
    let doc = 0;
    for (let at = this.joined.indexOf(n); at >= 0; ) {
      while (this.starts[doc + 1] <= at) doc++;
      out.push(this.ids[doc]);
      at = this.joined.indexOf(n, this.starts[doc + 1]);
    }
    return out;
  }
}

/**
 * The text a document is scanned in: normalised and without spaces (or, for very large corpora,
 * lower-cased as written). `normalize` is normalizeText or a memo of it (the index builder's).
 */
export function scannerText(d: IndexDoc, normalizeDocs: boolean, normalize: (s: string) => string = normalizeText): string {
  const raw = d.kind === 'speaker' ? [d.name, d.aliases, d.title, d.organization].filter(Boolean).join(' ') : d.display;
  return normalizeDocs ? compact(normalize(raw)) : raw.toLowerCase();
}

/** Without whitespace (punctuation is already whitespace after normalisation). */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** A BM25-like weight for a term found in `df` of `n` documents (comparable to MiniSearch scores of one match). */
export function substringScore(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
