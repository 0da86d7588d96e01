/**
 * One MiniSearch index per corpus: how text becomes terms (normalise, then the
 * segmenter's search mode), building, saving and loading. A saved index carries a
 * key (schema version, segmenter id with its dictionary hash, corpus fingerprint);
 * one whose key differs, or that does not parse, is never used.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { Corpus } from '../../../../src/core/model';
import type { Segmenter } from '../../../../src/core/segmenter';
import { NORMALIZE_VERSION, isSeparatorToken, normalizeText } from '../../../../src/core/text/normalize';
import { isStopWord } from '../../../../src/core/text/stopwords';
import { FIELDS, STORED, buildDocuments, type IndexDoc } from './documents';
import { fnv1a } from '../../../../src/core/search/hash';

/** Bumped whenever documents, fields or term processing change. */
export const INDEX_SCHEMA = 1;
const FORMAT = 'summit-search-index';

/** Index terms of a text: normalised, segmented in search mode, without separators and stop words. */
export function indexTerms(segmenter: Segmenter, text: string): string[] {
  const out: string[] = [];
  for (const t of segmenter.cutForSearch(normalizeText(text))) {
    const term = t.trim();
    if (term !== '' && !isSeparatorToken(term) && !isStopWord(term)) out.push(term);
  }
  return out;
}

/** MiniSearch options; the same object must be used for building and for loadJSON. */
export function miniSearchOptions(segmenter: Segmenter): Options<IndexDoc> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [...STORED],
    tokenize: (text: string) => indexTerms(segmenter, text),
    processTerm: (term: string) => term,
    searchOptions: {
      // Queries arrive as a tree of already segmented, normalised terms.
      tokenize: (text: string) => [text],
      processTerm: (term: string) => term,
    },
  };
}

/** The key a saved index must carry to be loaded with this segmenter and corpus. */
export function indexKey(segmenter: Segmenter, corpus: Corpus): string {
  const docs = JSON.stringify(buildDocuments(corpus));
  return `v${INDEX_SCHEMA}.n${NORMALIZE_VERSION}|${segmenter.id}|${corpus.id}|${fnv1a(docs)}:${docs.length}`;
}

export function buildIndex(corpus: Corpus, segmenter: Segmenter): MiniSearch<IndexDoc> {
  const mini = new MiniSearch<IndexDoc>(miniSearchOptions(segmenter));
  mini.addAll(buildDocuments(corpus));
  return mini;
}

/**
 * Saved form: one header line of JSON ({format, key, checksum}) then MiniSearch's own
 * JSON. The checksum covers the index text, so a truncated or edited file is caught.
 */
export function serializeIndex(mini: MiniSearch<IndexDoc>, key: string): string {
  const body = JSON.stringify(mini);
  return `${JSON.stringify({ format: FORMAT, key, checksum: fnv1a(body), length: body.length })}\n${body}`;
}

export type LoadOutcome =
  | { ok: true; index: MiniSearch<IndexDoc> }
  | { ok: false; reason: string };

/**
 * Why a saved index cannot be used with this key, or undefined when its header, key and
 * checksum are right (cheap: the index itself is not parsed).
 */
export function checkSavedIndex(json: string, key: string): string | undefined {
  if (typeof json !== 'string') return 'the cached index is not text';
  const nl = json.indexOf('\n');
  if (nl < 0) return 'the cached index has no header';
  let header: { format?: unknown; key?: unknown; checksum?: unknown; length?: unknown };
  try {
    header = JSON.parse(json.slice(0, nl));
  } catch {
    return 'the cached index header is not valid JSON';
  }
  if (typeof header !== 'object' || header === null || header.format !== FORMAT) {
    return 'the cached file is not a Summit search index';
  }
  if (header.key !== key) return `the cached index was built for ${String(header.key)}, not ${key}`;
  const body = json.slice(nl + 1);
  if (header.length !== body.length || header.checksum !== fnv1a(body)) {
    return 'the cached index is damaged (checksum mismatch)';
  }
  return undefined;
}

/** Loads a saved index, or says why it cannot be trusted (never throws). */
export function loadIndex(json: string, key: string, segmenter: Segmenter, expectedIds: string[]): LoadOutcome {
  const rejected = checkSavedIndex(json, key);
  if (rejected) return { ok: false, reason: rejected };
  try {
    const mini = MiniSearch.loadJSON<IndexDoc>(json.slice(json.indexOf('\n') + 1), miniSearchOptions(segmenter));
    if (mini.documentCount !== expectedIds.length || !expectedIds.every((id) => mini.has(id))) {
      return { ok: false, reason: 'the cached index does not hold the documents of this transcript' };
    }
    return { ok: true, index: mini };
  } catch (err) {
    return { ok: false, reason: `the cached index is damaged (${err instanceof Error ? err.message : String(err)})` };
  }
}
