/**
 * How text becomes index terms (normalise, then the segmenter's search mode), and the
 * segment of one corpus: building it, the key it must carry, and opening a saved one.
 * A saved segment whose key differs (schema, segmenter id with its dictionary hash,
 * corpus fingerprint, substring mode), or that fails its checksum, is never used.
 */
import type { Corpus } from '../model';
import { countsOf } from '../corpus/lazy';
import type { Segmenter } from '../segmenter';
import { NORMALIZE_VERSION, isSeparatorToken, normalizeText } from '../text/normalize';
import { isStopWord } from '../text/stopwords';
import { fromBase64 } from './bytes';
import { cutForSearchEach } from './batchCut';
import { FIELDS, buildDocuments, encodeMeta, type IndexDoc } from './documents';
import { fnv1a } from './hash';
import { preciseFromSearch, searchModeHoldsPreciseWords } from './preciseWords';
import { Segment, buildSegment } from './segment';
import { isSegmentSource, type SegmentSource } from './segmentSource';
import { compact, scannerText } from './substring';

/** Bumped whenever documents, fields, term processing or the segment layout change. */
export const INDEX_SCHEMA = 12; // 12: blocks checked by CRC-32 (Node reads them with its native zlib.crc32) instead of a MurmurHash3 mix; 11: a transcript's words sorted, one per line, looked up one at a time (10, the same without line breaks, was written only by development builds); 9: who each document is by, read at open; 8: each document's merge slot, read at open; 7: 4 KB blocks (a first query reads about half the bytes); 6: narrow field lengths, scanner texts kept only where they differ from the display text; 5: compact stored locations; 4: ids, stored fields, display texts and a substring index in the segment

/** Up to this many documents per corpus, every Chinese query word is also scanned for as a substring (and the segment keeps scanner texts normalised). */
export const SCAN_ALWAYS_MAX_DOCS = 20000;

/** How many documents a corpus's segment holds (see documents.ts). */
export function documentCount(corpus: Corpus): number {
  const n = countsOf(corpus);
  return n.passages + n.quotes + n.statements + corpus.speakers.length;
}

/** Transcripts longer than this (UTF-16 units) are not segmented again for near-miss words. */
export const LARGE_TEXT = 2_000_000;

/** Index terms of a text: normalised, segmented in search mode, without separators and stop words. */
export function indexTerms(segmenter: Segmenter, text: string): string[] {
  return termsOf(segmenter.cutForSearch(normalizeText(text)));
}

/** The index terms among a normalised text's search-mode tokens. */
function termsOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const term = t.trim();
    if (term !== '' && !isSeparatorToken(term) && !isStopWord(term)) out.push(term);
  }
  return out;
}

/** How a corpus's documents are fingerprinted for the key; Node passes a native hash (much faster on megabytes). */
export interface Fingerprint {
  name: string;
  of(text: string): string;
}

export const FNV_FINGERPRINT: Fingerprint = { name: 'fnv', of: (text) => fnv1a(text) };

/** The key a saved segment must carry to be used with this segmenter, corpus and substring mode. */
export function indexKey(segmenter: Segmenter, corpus: Corpus, normalizeDocs = true, fingerprint: Fingerprint = FNV_FINGERPRINT): string {
  return `${keyPrefix(segmenter, corpus, normalizeDocs)}|${documentsMark(corpus, fingerprint)}`;
}

function keyPrefix(segmenter: Segmenter, corpus: Corpus, normalizeDocs: boolean): string {
  return `v${INDEX_SCHEMA}.n${NORMALIZE_VERSION}.s${normalizeDocs ? 1 : 0}|${segmenter.id}|${corpus.id}`;
}

/** The corpus's source fingerprint when its loader set one (cheap), else a hash of all its documents. */
function documentsMark(corpus: Corpus, fingerprint: Fingerprint): string {
  if (typeof corpus.fingerprint === 'string' && corpus.fingerprint !== '') return `src:${corpus.fingerprint}`;
  const docs = JSON.stringify(buildDocuments(corpus));
  return `${fingerprint.name}:${fingerprint.of(docs)}:${docs.length}`;
}

/**
 * Words of 3+ Chinese characters the segmenter finds in the transcript (its dictionary's
 * words as they occur), for near-miss correction, each already normalised and trimmed (as the
 * engine's vocabulary holds words). None for very large transcripts.
 */
export function corpusWords(corpus: Corpus, segmenter: Segmenter): string[] {
  return wordsOf(corpus, new Cuts(segmenter));
}

/** The fewest characters a transcript's word kept by `corpusWords` has, normalised: the near-miss look-up reads no transcript's words for a shorter window. */
export const CORPUS_WORD_MIN_LENGTH = 3;

function wordsOf(corpus: Corpus, cuts: Cuts): string[] {
  const own = new Set<string>();
  if (corpus.text.length > LARGE_TEXT) return [];
  for (const p of corpus.passages) {
    for (const w of cuts.precise(cuts.normalize(p.text))) {
      if (w.length < CORPUS_WORD_MIN_LENGTH || !/^\p{Script=Han}+$/u.test(w)) continue;
      const normal = cuts.normalize(w).trim();
      if (normal.length >= CORPUS_WORD_MIN_LENGTH) own.add(normal);
    }
  }
  return [...own];
}

/**
 * What building one segment asks of the normaliser and the segmenter, each text done once: a
 * passage's text is also its display text and its scanner text, quotes repeat passages, speaker
 * names repeat on every passage, and a passage's precise-mode words (for its long words) are
 * read off its search-mode tokens when the segmenter's search mode holds them (preciseWords.ts).
 */
class Cuts {
  private readonly normal = new Map<string, string>();
  private readonly search = new Map<string, string[]>();
  private readonly terms = new Map<string, string[]>();
  private readonly subWords: boolean;

  constructor(private readonly segmenter: Segmenter) {
    this.subWords = searchModeHoldsPreciseWords(segmenter.id);
  }

  normalize = (text: string): string => {
    let n = this.normal.get(text);
    if (n === undefined) this.normal.set(text, (n = normalizeText(text)));
    return n;
  };

  /** indexTerms(segmenter, text). */
  indexTerms = (text: string): string[] => {
    let t = this.terms.get(text);
    if (t === undefined) this.terms.set(text, (t = termsOf(this.searchTokens(this.normalize(text)))));
    return t;
  };

  /** The segmenter's precise-mode words of a normalised text. */
  precise(normalized: string): string[] {
    return (this.subWords ? preciseFromSearch(normalized, this.searchTokens(normalized)) : undefined) ?? this.segmenter.cut(normalized);
  }

  /** Segments every field text of the documents at once (batchCut.ts); later look-ups find them here. */
  prefetch(docs: IndexDoc[]): void {
    const todo = new Set<string>();
    for (const d of docs) {
      for (const f of FIELDS) {
        const value = d[f];
        if (value == null) continue;
        const n = this.normalize(String(value));
        if (!this.search.has(n)) todo.add(n);
      }
    }
    const texts = [...todo];
    cutForSearchEach(this.segmenter, texts).forEach((tokens, i) => this.search.set(texts[i], tokens));
  }

  private searchTokens(normalized: string): string[] {
    let t = this.search.get(normalized);
    if (t === undefined) this.search.set(normalized, (t = this.segmenter.cutForSearch(normalized)));
    return t;
  }
}

/** Builds a corpus's segment; `checksum` is the runtime's block checksum when it has a faster one than segment.ts's (the same values). */
export function buildCorpusSegment(corpus: Corpus, segmenter: Segmenter, key: string, normalizeDocs: boolean, checksum?: (bytes: Uint8Array) => number): Uint8Array {
  const docs: IndexDoc[] = buildDocuments(corpus);
  const cuts = new Cuts(segmenter);
  cuts.prefetch(docs);
  const texts = docs.map((d) => scannerText(d, normalizeDocs, cuts.normalize));
  // A passage's display text is normalised once: its scanner text, and whether the segment must keep one, read the memo.
  const derived = (display: string) => compact(cuts.normalize(display));
  return buildSegment(docs, cuts.indexTerms, key, { texts, meta: docs.map(encodeMeta), words: wordsOf(corpus, cuts), derived, checksum });
}

export type LoadOutcome = { ok: true; segment: Segment } | { ok: false; reason: string };

/** Opens a saved segment (bytes, a source of them such as a cache file, or the base64 text `serialize` gives), or says why it cannot be trusted (never throws). */
export function loadIndex(saved: string | Uint8Array | SegmentSource, key: string, expectedDocs: number): LoadOutcome {
  const bytes = typeof saved === 'string' ? fromBase64(saved) : saved instanceof Uint8Array || isSegmentSource(saved) ? saved : undefined;
  if (!bytes) return { ok: false, reason: 'the cached index is not a Summit search segment' };
  const opened = Segment.open(bytes, key);
  if (typeof opened === 'string') return { ok: false, reason: opened };
  if (opened.docCount !== expectedDocs) return { ok: false, reason: 'the cached index does not hold the documents of this transcript' };
  return { ok: true, segment: opened };
}
