/**
 * One transcript file, from bytes to an index: size limit, cache lookup,
 * decoding (encoding.ts), parsing (parseTranscript) and index building with the
 * engine's segmenter. Shared by the CLI (--corpus) and the indexing worker.
 * Never throws for a bad file: everything wrong becomes a Problem.
 */
import type { Corpus, Problem } from '../core/model';
import { parseTranscript } from '../core/corpus/parseTranscript';
import type { CuratedData } from '../core/corpus/schema';
import type { SearchEngine } from '../core/search/engine';
import { decodeTranscript, isDecodeFailure } from './encoding';
import { tooBig } from './fileLimits';
import { IndexCache, cacheKey, hashBytes } from './indexCache';


export interface TranscriptSource {
  /** Identity for the cache: a URI string or an absolute path. */
  identity: string;
  /** Corpus id (unique among loaded transcripts). */
  id: string;
  /** Path shown to the user and used in citations. */
  file: string;
  /** The file's bytes, or undefined when it was too big to read. */
  bytes?: Uint8Array;
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
  /** Serialised index for `engine.add(corpus, indexJson)`. */
  indexJson?: string;
  problems: Problem[];
  encoding?: string;
  fromCache: boolean;
}

export async function indexTranscript(src: TranscriptSource, ctx: PipelineContext): Promise<TranscriptIndexed> {
  const base = { id: src.id, file: src.file, identity: src.identity, fromCache: false };
  const big = tooBig(src, ctx.maxBytes);
  if (big) return { ...base, problems: [big] };
  const bytes = src.bytes;
  if (!bytes) return { ...base, problems: [{ severity: 'error', file: src.file, message: 'could not read the file' }] };

  const key = cacheKey(src.identity, src.size, src.mtimeMs, hashBytes(bytes), ctx.engine.segmenter.id);
  const problems: Problem[] = [];
  if (ctx.cache) {
    const read = await ctx.cache.read(key);
    if (read.hit && read.entry.corpus.id === src.id) {
      const corpus = { ...read.entry.corpus, file: src.file };
      return { ...base, corpus, indexJson: read.entry.indexJson, problems: read.entry.problems ?? [], encoding: read.entry.encoding, fromCache: true };
    }
    if (!read.hit && read.reason !== 'not cached') {
      problems.push({ severity: 'info', file: src.file, message: `index cache rebuilt (${read.reason})` });
    }
  }

  const decoded = decodeTranscript(bytes);
  if (isDecodeFailure(decoded)) {
    return { ...base, problems: [...problems, { severity: 'error', file: src.file, message: `skipped: ${decoded.error}` }] };
  }
  const parsed = parseTranscript(decoded.text, { id: src.id, file: src.file, curated: ctx.curated });
  problems.push(...parsed.problems.map((p) => ({ ...p, file: p.file ?? src.file })));
  if (!parsed.corpus) return { ...base, problems, encoding: decoded.encoding };

  const corpus = parsed.corpus;
  let indexJson: string;
  try {
    ctx.engine.add(corpus);
    indexJson = ctx.engine.serialize(corpus.id);
  } catch (err) {
    problems.push({ severity: 'error', file: src.file, message: `indexing failed: ${err instanceof Error ? err.message : String(err)}` });
    return { ...base, problems, encoding: decoded.encoding };
  } finally {
    ctx.engine.remove(corpus.id);
  }
  if (ctx.cache) {
    const lasting = problems.filter((p) => !p.message.startsWith('index cache rebuilt'));
    await ctx.cache.write(key, { corpus, indexJson, encoding: decoded.encoding, problems: lasting }).catch((err: unknown) => {
      problems.push({ severity: 'info', file: src.file, message: `could not write the index cache: ${err instanceof Error ? err.message : String(err)}` });
    });
  }
  return { ...base, corpus, indexJson, problems, encoding: decoded.encoding };
}
