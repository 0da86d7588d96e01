/**
 * The on-disk index cache for transcripts: one file per transcript, holding the
 * parsed corpus and its serialised search index. An entry is used only when its
 * key matches exactly — file identity (uri or path), size, modification time,
 * content hash, engine id (which includes the dictionary hash) and schema
 * version — and its checksum verifies. Anything else (a JSON error, a truncated
 * file, a stale or mismatched key) is reported as a miss with its reason and the
 * caller rebuilds; a cache entry is never trusted blindly. Writes are atomic
 * (a temporary file renamed over the old one).
 */
import { createHash, randomBytes } from 'crypto';
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Corpus, Problem } from '../core/model';

/** Bump when the parsers or the cached shape change: older entries are then rebuilt. */
export const CACHE_SCHEMA = 4; // 4: a department word stays in the title (信息科主任)

/** The key of a transcript's entry (schema filled in). */
export function cacheKey(identity: string, size: number, mtimeMs: number, contentHash: string, engineId: string): CacheKey {
  return { identity, size, mtimeMs, contentHash, engineId, schema: CACHE_SCHEMA };
}

export interface CacheKey {
  /** File identity: a URI string or an absolute path. */
  identity: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the file's bytes (see hashBytes). */
  contentHash: string;
  /** Segmenter id, e.g. "node-rs-jieba@2.0.3+dict:1a2b3c4d" (includes the dictionary hash). */
  engineId: string;
  schema: number;
}

export interface CachedEntry {
  corpus: Corpus;
  /** The serialised search index; absent in entries that hold the parsed transcript only. */
  indexJson?: string;
  /** Encoding the file was decoded with, for the record. */
  encoding?: string;
  /** Warnings found while parsing, shown again on a warm start. */
  problems?: Problem[];
}

export type CacheRead = { hit: true; entry: CachedEntry } | { hit: false; reason: string };

interface Header {
  schema: number;
  key: CacheKey;
  /** sha256 of the entry's JSON bytes that follow the header line. */
  checksum: string;
  length: number;
}

function parseEntry(payload: Buffer): CacheRead {
  try {
    const entry = JSON.parse(payload.toString('utf8')) as CachedEntry;
    if (!entry || (entry.indexJson !== undefined && typeof entry.indexJson !== 'string') || !entry.corpus || typeof entry.corpus.text !== 'string') {
      return { hit: false, reason: 'cache entry is incomplete' };
    }
    return { hit: true, entry };
  } catch {
    return { hit: false, reason: 'cache entry is damaged' };
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sameKey(a: CacheKey, b: CacheKey): string | undefined {
  for (const k of ['schema', 'identity', 'size', 'mtimeMs', 'contentHash', 'engineId'] as const) {
    if (a[k] !== b[k]) return `${k} differs`;
  }
  return undefined;
}

export class IndexCache {
  constructor(readonly dir: string) {}

  /** The cache file of a transcript (named by a hash of its identity). */
  fileFor(identity: string): string {
    return path.join(this.dir, `${createHash('sha256').update(identity).digest('hex').slice(0, 24)}.json`);
  }

  async read(key: CacheKey): Promise<CacheRead> {
    let raw: Buffer;
    try {
      raw = await fsp.readFile(this.fileFor(key.identity));
    } catch {
      return { hit: false, reason: 'not cached' };
    }
    const nl = raw.indexOf(0x0a);
    let head: Header;
    try {
      head = JSON.parse(raw.subarray(0, nl < 0 ? raw.length : nl).toString('utf8')) as Header;
    } catch {
      return { hit: false, reason: 'cache file is damaged (no valid header, maybe truncated or an older format)' };
    }
    if (!head || typeof head !== 'object' || typeof head.checksum !== 'string' || typeof head.length !== 'number' || !head.key) {
      return { hit: false, reason: 'cache file has an unknown shape' };
    }
    if (head.schema !== CACHE_SCHEMA) return { hit: false, reason: `cache schema ${head.schema} is not ${CACHE_SCHEMA}` };
    const mismatch = sameKey(head.key, key);
    if (mismatch) return { hit: false, reason: `stale cache: ${mismatch}` };
    const payload = raw.subarray(nl + 1);
    if (nl < 0 || payload.length !== head.length) return { hit: false, reason: 'cache file is damaged (truncated)' };
    if (createHash('sha256').update(payload).digest('hex') !== head.checksum) {
      return { hit: false, reason: 'cache file is damaged (checksum mismatch)' };
    }
    return parseEntry(payload);
  }

  /**
   * Writes atomically: a temporary file in the same folder, then a rename over the old entry.
   * The file is a header line (schema, key, checksum and length of the rest) and the entry's
   * JSON, so a stale entry is told from its first line and a good one is parsed once.
   */
  async write(key: CacheKey, entry: CachedEntry): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
    const payload = Buffer.from(JSON.stringify(entry), 'utf8');
    const head: Header = { schema: CACHE_SCHEMA, key, checksum: createHash('sha256').update(payload).digest('hex'), length: payload.length };
    const target = this.fileFor(key.identity);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fsp.writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), payload]));
      await fsp.rename(temp, target);
    } catch (err) {
      await fsp.rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  async delete(identity: string): Promise<void> {
    await fsp.rm(this.fileFor(identity), { force: true });
  }
}
