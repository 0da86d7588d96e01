/**
 * Fingerprints in Node's index keys: native hashes (the core's FNV in JavaScript is slow on
 * megabytes). SHA1_FINGERPRINT hashes a corpus's documents when no loader set its source
 * fingerprint; sourceFingerprint is what loaders set (Corpus.fingerprint): the source bytes,
 * the parser's version and the curated data the parser used, so a cached index is reused
 * without hashing every document again and never outlives a change to any of the three.
 */
import { createHash } from 'crypto';
import type { CuratedData } from '../core/corpus/schema';
import type { Fingerprint } from '../core/search/indexer';
import { CACHE_SCHEMA } from './indexCache';

export const SHA1_FINGERPRINT: Fingerprint = { name: 'sha1', of: (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 20) };

const curatedMarks = new WeakMap<CuratedData, string>();

function curatedMark(curated: CuratedData): string {
  let mark = curatedMarks.get(curated);
  if (mark === undefined) {
    mark = createHash('sha1').update(JSON.stringify(curated)).digest('hex').slice(0, 12);
    curatedMarks.set(curated, mark);
  }
  return mark;
}

/** The fingerprint of a corpus parsed from `source` (bytes or decoded text) with `curated`. */
export function sourceFingerprint(source: Uint8Array | string, curated: CuratedData): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return `${hash}.p${CACHE_SCHEMA}.c${curatedMark(curated)}`;
}
