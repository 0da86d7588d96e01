/**
 * How text becomes index terms (normalise, then the segmenter's search mode), and the
 * segment of one corpus: building it, the key it must carry, and opening a saved one.
 * A saved segment whose key differs (schema, segmenter id with its dictionary hash,
 * corpus fingerprint, substring mode), or that fails its checksum, is never used.
 */
import type { Corpus } from '../model';
import type { Segmenter } from '../segmenter';
import { NORMALIZE_VERSION, isSeparatorToken, normalizeText } from '../text/normalize';
import { isStopWord } from '../text/stopwords';
import { fromBase64 } from './bytes';
import { buildDocuments, encodeMeta, type IndexDoc } from './documents';
import { fnv1a } from './hash';
import { Segment, buildSegment } from './segment';
import { isSegmentSource, type SegmentSource } from './segmentSource';
import { scannerText } from './substring';

/** Bumped whenever documents, fields, term processing or the segment layout change. */
export const INDEX_SCHEMA = 6; // 6: narrow field lengths, scanner texts kept only where they differ from the display text; 5: compact stored locations; 4: ids, stored fields, display texts and a substring index in the segment

/** Transcripts longer than this (UTF-16 units) are not segmented again for near-miss words. */
export const LARGE_TEXT = 2_000_000;

/** Index terms of a text: normalised, segmented in search mode, without separators and stop words. */
export function indexTerms(segmenter: Segmenter, text: string): string[] {
  const out: string[] = [];
  for (const t of segmenter.cutForSearch(normalizeText(text))) {
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
  const own = new Set<string>();
  if (corpus.text.length > LARGE_TEXT) return [];
  for (const p of corpus.passages) {
    for (const w of segmenter.cut(normalizeText(p.text))) {
      if (w.length >= 3 && /^\p{Script=Han}+$/u.test(w)) own.add(normalizeText(w).trim());
    }
  }
  return [...own];
}

export function buildCorpusSegment(corpus: Corpus, segmenter: Segmenter, key: string, normalizeDocs: boolean): Uint8Array {
  const docs: IndexDoc[] = buildDocuments(corpus);
  const texts = docs.map((d) => scannerText(d, normalizeDocs));
  return buildSegment(docs, (text) => indexTerms(segmenter, text), key, { texts, meta: docs.map(encodeMeta), words: corpusWords(corpus, segmenter) });
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
