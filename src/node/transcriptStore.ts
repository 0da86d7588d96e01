/**
 * Transcript files named with --corpus, read through a persistent cache of their parsed
 * form (the CLI's default loader when it has a cache folder). Each file is stat'ed, read and
 * hashed; an entry whose key (path, size, modification time, sha256 of the bytes, parser
 * schema) matches is used instead of decoding and parsing again, anything else is parsed
 * and saved. Only regular files are read. The search index is cached separately, per
 * corpus and segmenter (see summit.ts): a parse entry serves every segmenter.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Corpus, Problem } from '../core/model';
import type { CuratedData } from '../core/corpus/schema';
import { curatedForTranscripts } from './bundled';
import { DEFAULT_MAX_FILE_MB } from './fileLimits';
import { IndexCache, TRANSCRIPTS_DIR } from './indexCache';
import { PARSED_ONLY, readTranscript, saveTranscript, type ReadContext } from './transcriptPipeline';
import { displayPath, expandCorpusPaths } from './transcriptFiles';

export { TRANSCRIPTS_DIR };

/** Files read and checked at the same time. */
const CONCURRENT_FILES = 8;

export interface StoreOptions {
  maxFileSizeMB?: number;
  cwd?: string;
  /** Decodes and parses elsewhere (openSummit's worker pool); default on this thread. */
  parse?: ReadContext['parse'];
}

/** Reads, decodes and parses every transcript under `paths`, using and filling the cache. Never throws for a bad file. */
export async function loadTranscriptPathsCached(paths: string[], cacheDir: string, opts: StoreOptions = {}): Promise<{ corpora: Corpus[]; problems: Problem[] }> {
  const cwd = opts.cwd ?? process.cwd();
  const { files, problems } = await expandCorpusPaths(paths, cwd);
  const maxBytes = (opts.maxFileSizeMB ?? DEFAULT_MAX_FILE_MB) * 1024 * 1024;
  const { curated, problem } = curatedForTranscripts();
  if (problem) problems.push({ severity: 'warning', message: `topics are not tagged: ${problem}` });
  const cache = new IndexCache(path.join(cacheDir, TRANSCRIPTS_DIR));
  // Several files at a time, so reading one overlaps parsing or checking another; results keep the files' order.
  const slots: Array<{ corpus?: Corpus; problems: Problem[] }> = files.map(() => ({ problems: [] }));
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = displayPath(files[i], cwd);
      try {
        slots[i].corpus = await loadOne(files[i], file, { curated, cache, maxBytes, parse: opts.parse }, slots[i].problems);
      } catch (err) {
        slots[i].problems.push({ severity: 'error', file, message: `skipped: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FILES, files.length) }, worker));
  const corpora: Corpus[] = [];
  for (const slot of slots) {
    problems.push(...slot.problems);
    if (slot.corpus) corpora.push(slot.corpus);
  }
  return { corpora, problems };
}

async function loadOne(abs: string, file: string, ctx: { curated: CuratedData; cache: IndexCache; maxBytes: number; parse?: ReadContext['parse'] }, problems: Problem[]): Promise<Corpus | undefined> {
  const stat = await fsp.stat(abs);
  if (!stat.isFile()) {
    problems.push({ severity: 'warning', file, message: 'skipped: not a regular file' });
    return undefined;
  }
  // The file is read only when the cache cannot vouch for its content from its size and time.
  const trustedHash = stat.size <= ctx.maxBytes ? await ctx.cache.trusted(abs, stat.size, stat.mtimeMs) : undefined;
  const bytes = stat.size <= ctx.maxBytes && !trustedHash ? await readBounded(abs, ctx.maxBytes) : undefined;
  const readBytes = () => readBounded(abs, ctx.maxBytes);
  const read = await readTranscript(
    { identity: abs, id: `file:${abs}`, file, bytes, trustedHash, readBytes, size: bytes?.byteLength ?? stat.size, mtimeMs: stat.mtimeMs },
    { ...ctx, engineId: PARSED_ONLY },
  );
  await saveTranscript(ctx.cache, read);
  // A damaged entry is one warning (the CLI prints warnings, not infos), and it was rewritten.
  problems.push(...read.problems.map((p) => (/^index cache rebuilt/.test(p.message) ? { ...p, severity: 'warning' as const } : p)));
  return read.corpus;
}

/** Reads at most `max` bytes (+1, to tell a file that grew past the limit). */
async function readBounded(abs: string, max: number): Promise<Uint8Array> {
  const handle = await fsp.open(abs, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, max + 1 - total));
      if (chunk.length === 0) break;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

