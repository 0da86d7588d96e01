/**
 * openSummit: the one loader the CLI and the extension use. Reads the bundled
 * summit (and, through the corpus-path hook, workspace transcripts), builds the user
 * dictionary from every corpus's speakers and topics, starts the segmenter and
 * indexes each corpus (from an on-disk cache when its key matches).
 * Problems are collected and returned, never thrown, except when nothing can work at
 * all (the segmenter cannot start).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildUserDictionary, type UserDictionary } from '../core/corpus/dictionary';
import type { Corpus, Problem } from '../core/model';
import type { Segmenter } from '../core/segmenter';
import { SearchEngine } from '../core/search/engine';
import { fnv1a } from '../core/search/hash';
import { loadBundledCorpus, loadCuratedData } from './bundled';
import { DEFAULT_SEGMENTER, createSegmenter } from './segmenters';
import { loadTranscriptPaths } from './transcriptFiles';
import { loadTranscriptPathsCached } from './transcriptStore';

export interface OpenSummitOptions {
  /** Segmenter engine: node-rs-jieba (default) or nodejieba. */
  segmenter?: string;
  /** Include the bundled summit (default true). */
  bundled?: boolean;
  /** Transcript files or folders to add (see loadCorpusPaths). */
  corpusPaths?: string[];
  /**
   * Where to keep parsed transcripts and serialised indexes; none = parse and build in memory
   * every time. (The CLI passes the user's cache folder unless --no-cache.)
   */
  cacheDir?: string;
  /** Start a segmenter that blocks for seconds (nodejieba) on a worker thread; for the extension host. */
  segmenterOffThread?: boolean;
  /** Replaces the default corpus-path loader (for the extension's workspace scanner and tests). */
  loadCorpusPaths?: CorpusPathLoader;
}

export interface Summit {
  engine: SearchEngine;
  segmenter: Segmenter;
  corpora: Corpus[];
  problems: Problem[];
  userDictionary: UserDictionary;
}

/** Reads transcripts from paths. The workspace-transcripts module supplies the real one. */
export type CorpusPathLoader = (paths: string[]) => Promise<{ corpora: Corpus[]; problems: Problem[] }>;

/**
 * Hook for transcript files and folders given with --corpus: the workspace-transcripts
 * module's loader (transcriptFiles.ts — expands folders, size limit, decoding, parsing;
 * every bad file becomes a Problem). Replaceable by passing `loadCorpusPaths`.
 */
export const defaultCorpusPathLoader: CorpusPathLoader = (paths) => loadTranscriptPaths(paths);

export async function openSummit(options: OpenSummitOptions = {}): Promise<Summit> {
  const problems: Problem[] = [];
  const corpora: Corpus[] = [];
  let terms: string[] = [];

  if (options.bundled !== false) {
    try {
      corpora.push(loadBundledCorpus());
      terms = loadCuratedData().terms ?? [];
    } catch (err) {
      problems.push({ severity: 'error', message: `the bundled summit could not be loaded: ${messageOf(err)}` });
    }
  }
  if (options.corpusPaths && options.corpusPaths.length > 0) {
    const cacheDir = options.cacheDir;
    const loader = options.loadCorpusPaths ?? (cacheDir ? (paths: string[]) => loadTranscriptPathsCached(paths, cacheDir) : defaultCorpusPathLoader);
    try {
      const loaded = await loader(options.corpusPaths);
      corpora.push(...loaded.corpora);
      problems.push(...loaded.problems);
    } catch (err) {
      problems.push({ severity: 'error', message: `transcripts could not be read: ${messageOf(err)}` });
    }
  }

  const userDictionary = buildUserDictionary(
    corpora.flatMap((c) => c.speakers),
    corpora.flatMap((c) => c.topics),
    terms,
  );
  const segmenter = await createSegmenter(options.segmenter ?? DEFAULT_SEGMENTER, userDictionary, { offThread: options.segmenterOffThread });
  const engine = new SearchEngine(segmenter, { vocabulary: userDictionary.words, fingerprint: SHA1_FINGERPRINT });

  for (const corpus of corpora) problems.push(...addWithCache(engine, corpus, options.cacheDir));
  engine.warmUp();
  return { engine, segmenter, corpora, problems, userDictionary };
}

/**
 * Adds a corpus to the engine from its cached index when that is valid, else builds the index
 * and saves it (atomically: a temporary file renamed over the old one, removed if anything fails).
 * A cached index that is not used is one warning; so is a failed save.
 */
function addWithCache(engine: SearchEngine, corpus: Corpus, cacheDir: string | undefined): Problem[] {
  const file = cacheDir ? cacheFile(cacheDir, corpus.id) : undefined;
  let cached: Uint8Array | undefined;
  if (file) {
    try { cached = fs.readFileSync(file); } catch { cached = undefined; }
  }
  const added = engine.add(corpus, cached);
  const problems: Problem[] = [];
  if (added.cacheRejected) {
    problems.push({ severity: 'warning', message: `rebuilt the search index cache: ${added.cacheRejected}`, file: corpus.file });
  }
  if (!file || added.fromCache) return problems;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, engine.serializeBinary(corpus.id));
    fs.renameSync(tmp, file);
  } catch (err) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing was left, or it cannot be removed either */ }
    problems.push({ severity: 'warning', message: `could not save the search index: ${messageOf(err)}`, file: corpus.file });
  }
  return problems;
}

/** Index keys fingerprint a corpus with node's native sha1 (the JavaScript default is slow on megabytes). */
export const SHA1_FINGERPRINT = { name: 'sha1', of: (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 20) };

/** Cache file of a corpus's search index (readable name plus a hash of the id). */
export function cacheFile(cacheDir: string, corpusId: string): string {
  const readable = corpusId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  return path.join(cacheDir, `search-${readable}-${fnv1a(corpusId)}.seg`);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
