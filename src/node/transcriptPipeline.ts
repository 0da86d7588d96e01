/**
 * One transcript file, from bytes to an index: size limit, cache lookup,
 * decoding (encoding.ts), parsing (parseTranscript) and index building with the
 * engine's segmenter. Shared by the CLI (--corpus) and the indexing worker.
 * Never throws for a bad file: everything wrong becomes a Problem.
 */
import * as fs from 'fs';
import * as path from 'path';
import { splitCorpus, type CorpusBody } from '../core/corpus/lazy';
import type { Corpus, Problem } from '../core/model';
import { parseTranscript } from '../core/corpus/parseTranscript';
import type { CuratedData } from '../core/corpus/schema';
import type { SearchEngine } from '../core/search/engine';
import { decodeTranscript, isDecodeFailure } from './encoding';
import { tooBig } from './fileLimits';
import { sourceFingerprint } from './fingerprint';
import { IndexCache, cacheKey, hashBytes, serializeEntry, type CacheKey, type CachedEntry, type EntryParts } from './indexCache';


export interface TranscriptSource {
  /** Identity for the cache: a URI string or an absolute path. */
  identity: string;
  /** Corpus id (unique among loaded transcripts). */
  id: string;
  /** Path shown to the user and used in citations. */
  file: string;
  /** The file's bytes, or undefined when it was too big to read (or is read only if needed: see `readBytes`). */
  bytes?: Uint8Array;
  /**
   * The sha256 of the bytes, when the cache vouches for it from the file's size and time
   * (IndexCache.trusted): the bytes are then read only if the cached entry cannot be used.
   */
  trustedHash?: string;
  /** Reads the bytes when `bytes` was not given. */
  readBytes?(): Promise<Uint8Array | undefined>;
  size: number;
  mtimeMs: number;
}

export interface PipelineContext {
  /** Builds the index; its segmenter id keys the cache. The corpus is removed again afterwards. */
  engine: SearchEngine;
  curated: CuratedData;
  cache?: IndexCache;
  /** Files larger than this are skipped (bytes). */
  maxBytes: number;
}

export interface TranscriptIndexed {
  id: string;
  file: string;
  identity: string;
  corpus?: Corpus;
  /** The transcript's segment, for `engine.add(corpus, segment)` (kept as base64 text only inside the cache file). */
  segment?: Uint8Array;
  problems: Problem[];
  encoding?: string;
  fromCache: boolean;
}

/** What `readTranscript` needs: no engine (the CLI parses before its segmenter exists). */
export interface ReadContext {
  curated: CuratedData;
  cache?: IndexCache;
  maxBytes: number;
  /** Keys the cache entry (the segmenter id, or PARSED_ONLY for entries without an index). */
  engineId: string;
  /** Why a cached entry must not be used (e.g. its index, decoded to `segment`, is damaged), or undefined to use it. */
  validate?(entry: CachedEntry, segment: Uint8Array | undefined): string | undefined;
  /** Decodes and parses elsewhere (a worker pool); default: `parseBytes` on this thread. */
  parse?(src: TranscriptSource, bytes: Uint8Array): Promise<Parsed>;
}

/** The engine id of cache entries that hold the parsed transcript only (the CLI's, see transcriptStore.ts). */
export const PARSED_ONLY = 'parsed-only';

export interface TranscriptRead extends TranscriptIndexed {
  /** The cache key of this version of the file (set once the bytes were read). */
  key?: CacheKey;
  /**
   * The entry serialised where the file was parsed (see `Parsed.entry`), with the problems and
   * encoding it holds; `saved` is told when it was written, with a reader of the body written.
   */
  serialized?: { parts: EntryParts; problems: Problem[]; encoding?: string; saved(read: () => CorpusBody | undefined): void };
}

/** Marks the problem that says a cache entry was rebuilt (reported once, not stored with the entry). */
const REBUILT = 'index cache rebuilt';
/** Opens the warning that says a search segment was rebuilt (summit.ts). */
export const SEGMENT_REBUILT = 'rebuilt the search index cache';

/**
 * Whether a problem reports a cache entry repaired (a parse entry or a search segment rebuilt
 * and saved): said by the run that made the repair, never by the next one.
 */
export function reportsRepair(p: Problem): boolean {
  return p.message.startsWith(REBUILT) || p.message.startsWith(SEGMENT_REBUILT);
}

/**
 * From bytes to a parsed transcript: size limit, cache lookup (an entry that fails its key,
 * checksum or `validate` is reported once and parsed again), decoding and parsing.
 */
export async function readTranscript(src: TranscriptSource, ctx: ReadContext): Promise<TranscriptRead> {
  const base = { id: src.id, file: src.file, identity: src.identity, fromCache: false };
  const big = tooBig(src, ctx.maxBytes);
  if (big) return { ...base, problems: [big] };
  const problems: Problem[] = [];
  if (ctx.cache && src.trustedHash) {
    const hit = await fromCache(src, cacheKey(src.identity, src.size, src.mtimeMs, src.trustedHash, ctx.engineId), ctx, problems);
    if (hit) return hit;
  }
  const bytes = src.bytes ?? await src.readBytes?.();
  if (!bytes) return { ...base, problems: [{ severity: 'error', file: src.file, message: 'could not read the file' }] };
  const key = cacheKey(src.identity, src.size, src.mtimeMs, hashBytes(bytes), ctx.engineId);
  if (ctx.cache && key.contentHash !== src.trustedHash) {
    const hit = await fromCache({ ...src, bytes }, key, ctx, problems);
    if (hit) return hit;
  }
  const parsed = ctx.parse ? await ctx.parse(src, bytes) : parseBytes(src, bytes, ctx.curated);
  const serialized = parsed.entry && { parts: parsed.entry, problems: parsed.problems, encoding: parsed.encoding, saved: whenSaved(parsed.bodySaved, src, ctx.curated) };
  return { ...base, key, corpus: parsed.corpus, problems: [...problems, ...parsed.problems], encoding: parsed.encoding, serialized };
}

/**
 * The cached entry under `key` when it is usable; else undefined, with the reason it was not
 * as an info problem. A lazily read body found damaged later is parsed again from the file.
 */
async function fromCache(src: TranscriptSource, key: CacheKey, ctx: ReadContext, problems: Problem[]): Promise<TranscriptRead | undefined> {
  const read = await ctx.cache!.read(key, () => reparsedBody(src, ctx.curated));
  const segment = read.hit && read.entry.indexJson !== undefined ? segmentFromText(read.entry.indexJson) : undefined;
  const rejected = read.hit ? (read.entry.corpus.id === src.id ? ctx.validate?.(read.entry, segment) : 'another transcript id') : read.reason;
  if (read.hit && rejected === undefined) {
    const corpus = read.entry.corpus;
    corpus.file = src.file;
    return { id: src.id, file: src.file, identity: src.identity, key, corpus, segment, problems: read.entry.problems ?? [], encoding: read.entry.encoding, fromCache: true };
  }
  if (rejected !== 'not cached') problems.push({ severity: 'info', file: src.file, message: `${REBUILT} (${rejected})` });
  return undefined;
}

/**
 * What a corpus parsed elsewhere is told once its entry is saved: read the body from the cache
 * file, or (damaged) from the transcript parsed again. A function of its own, so that what it
 * returns holds only these (not the entry's bytes, which the corpus then lets go of).
 */
function whenSaved(bodySaved: Parsed['bodySaved'], src: TranscriptSource, curated: CuratedData): (read: () => CorpusBody | undefined) => void {
  const again = { id: src.id, file: src.file, identity: src.identity };
  return (read) => bodySaved?.(() => read() ?? reparsedBody(again, curated));
}

/** A cached segment's base64 text as bytes of their own (decoded natively; transferable to another thread). */
function segmentFromText(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

/** A transcript's body parsed again from its file (when its cached body turned out damaged), or an empty one. */
function reparsedBody(src: Pick<TranscriptSource, 'id' | 'file' | 'identity' | 'bytes'>, curated: CuratedData): CorpusBody {
  let bytes = src.bytes;
  try { bytes ??= path.isAbsolute(src.identity) ? fs.readFileSync(src.identity) : undefined; } catch { bytes = undefined; }
  const corpus = bytes ? parseBytes(src, bytes, curated).corpus : undefined;
  return corpus ? splitCorpus(corpus).body : { text: '', sections: [], passages: [], quotes: [], statements: [] };
}

/** What decoding and parsing a file's bytes gives. */
export interface Parsed {
  corpus?: Corpus;
  problems: Problem[];
  encoding?: string;
  /**
   * The cache entry of this parse (corpus, encoding, problems; no index), serialised by the
   * thread that parsed it (a pool worker) so that `saveTranscript` only writes it.
   */
  entry?: EntryParts;
  /** Told that `entry` was saved: the corpus (lazy) then reads its body with `load` and lets go of the entry's bytes. */
  bodySaved?: (load: () => CorpusBody) => void;
}

/** Decodes and parses a transcript's bytes (here, or in a pool worker: see workerPool.ts). */
export function parseBytes(src: { id: string; file: string }, bytes: Uint8Array, curated: CuratedData): Parsed {
  const decoded = decodeTranscript(bytes);
  if (isDecodeFailure(decoded)) return { problems: [{ severity: 'error', file: src.file, message: `skipped: ${decoded.error}` }] };
  const parsed = parseTranscript(decoded.text, { id: src.id, file: src.file, curated });
  if (parsed.corpus) parsed.corpus.fingerprint = sourceFingerprint(bytes, curated);
  return { corpus: parsed.corpus, problems: parsed.problems.map((p) => ({ ...p, file: p.file ?? src.file })), encoding: decoded.encoding };
}

/** Saves a freshly read transcript (and its index, if any); a failed write becomes an info problem. */
export async function saveTranscript(cache: IndexCache, read: TranscriptRead): Promise<void> {
  if (!read.key || !read.corpus || read.fromCache) return;
  const lasting = read.problems.filter((p) => !p.message.startsWith(REBUILT));
  const indexJson = read.segment ? Buffer.from(read.segment.buffer, read.segment.byteOffset, read.segment.byteLength).toString('base64') : undefined;
  const pre = read.serialized;
  // The entry serialised where the file was parsed holds exactly what this one would: no index, the same problems and encoding.
  const parts = pre && indexJson === undefined && pre.encoding === read.encoding && sameItems(pre.problems, lasting)
    ? pre.parts
    : serializeEntry(cacheEntry(read.corpus, indexJson, read.encoding, lasting));
  try {
    const written = await cache.writeParts(read.key, parts);
    if (parts === pre?.parts) pre.saved(written);
  } catch (err) {
    read.problems.push({ severity: 'info', file: read.file, message: `could not write the index cache: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/** A transcript's cache entry (the one shape `saveTranscript` and the pool workers serialise). */
export function cacheEntry(corpus: Corpus, indexJson: string | undefined, encoding: string | undefined, problems: Problem[]): CachedEntry {
  return { corpus, indexJson, encoding, problems };
}

function sameItems<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** One transcript, from bytes to a parsed corpus and its serialised index (cached when a cache is given). */
export async function indexTranscript(src: TranscriptSource, ctx: PipelineContext): Promise<TranscriptIndexed> {
  const engine = ctx.engine;
  const read = await readTranscript(src, {
    curated: ctx.curated, cache: ctx.cache, maxBytes: ctx.maxBytes, engineId: engine.segmenter.id,
    // An entry whose index is missing or damaged is rebuilt and rewritten, never used as it is.
    validate: (entry, segment) => (segment === undefined ? 'no index' : engine.checkIndex(entry.corpus, segment)),
  });
  if (read.fromCache || !read.corpus) return read;
  const corpus = read.corpus;
  try {
    engine.add(corpus);
    read.segment = engine.serializeBinary(corpus.id);
  } catch (err) {
    const problems = [...read.problems, { severity: 'error' as const, file: src.file, message: `indexing failed: ${err instanceof Error ? err.message : String(err)}` }];
    return { ...read, corpus: undefined, problems };
  } finally {
    engine.remove(corpus.id);
  }
  if (ctx.cache) await saveTranscript(ctx.cache, read);
  return read;
}
