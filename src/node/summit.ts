/**
 * openSummit: the one loader the CLI and the extension use. Reads the bundled
 * summit (and, through the corpus-path hook, workspace transcripts), starts the segmenter
 * with the user dictionary every transcript shares (sharedUserDictionary) and indexes each
 * corpus (from an on-disk cache when its key matches).
 * Problems are collected and returned, never thrown, except when nothing can work at
 * all (the segmenter cannot start).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildUserDictionary, type UserDictionary } from '../core/corpus/dictionary';
import type { Corpus, Problem } from '../core/model';
import type { Segmenter } from '../core/segmenter';
import { SearchEngine } from '../core/search/engine';
import type { SegmentSource } from '../core/search/segmentSource';
import { fnv1a } from '../core/search/hash';
import { curatedForTranscripts, loadBundledCorpus, loadBundledCorpusCached } from './bundled';
import { SHA1_FINGERPRINT } from './fingerprint';
import { NATIVE_CHECKSUM, SegmentFile } from './segmentFile';
import { DEFAULT_SEGMENTER, createSegmenter } from './segmenters';
import { loadTranscriptPaths } from './transcriptFiles';
import { loadTranscriptPathsCached } from './transcriptStore';
import { SEGMENT_REBUILT, parseBytes, type Parsed, type TranscriptSource } from './transcriptPipeline';
import { WorkerPool, poolSize, poolWorkerPath, type SegmentWanted } from './workerPool';

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
  /**
   * Cut short texts (queries, the sentences a result shows) in TypeScript over jieba's
   * dictionary file until a long text needs @node-rs/jieba (segmenters/quickJieba.ts): the
   * default; an indexing worker, which cuts transcripts, turns it off.
   */
  quickSegmenter?: boolean;
  /** Replaces the default corpus-path loader (for the extension's workspace scanner and tests). */
  loadCorpusPaths?: CorpusPathLoader;
  /**
   * Told of a problem found after opening: a query that found a saved segment damaged (it was
   * rebuilt and saved again). Default: appended to the returned `problems`.
   */
  onLateProblem?: (problem: Problem) => void;
  /**
   * Build the query tables (expansions, near-miss vocabulary) before returning, so the first
   * query is as fast as the rest (default true: a sidebar or a JSON Lines session). A command
   * that answers one query passes false: it builds only what that query needs.
   */
  warm?: boolean;
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
  const engineName = options.segmenter ?? DEFAULT_SEGMENTER;
  const problems: Problem[] = [];
  const bundled = options.bundled !== false ? await readBundled(options.cacheDir, problems) : undefined;
  const userDictionary = sharedUserDictionary();
  // The segmenter starts while the transcripts are read (it does not depend on them).
  const starting = createSegmenter(engineName, userDictionary, { offThread: options.segmenterOffThread, quick: options.quickSegmenter !== false });
  starting.catch(() => undefined); // awaited below; a failure is thrown there
  // Only node-rs-jieba starts fast enough to be worth starting once per worker; with a cache, each
  // worker builds the segment of every transcript it parses and this thread saves it at once.
  const buildInPool = engineName === DEFAULT_SEGMENTER;
  const pool = new LazyPool(buildInPool, buildInPool && options.cacheDir ? { engine: engineName, dict: userDictionary, cacheDir: options.cacheDir } : undefined);
  try {
    const corpora = bundled ? [bundled] : [];
    corpora.push(...await readTranscripts(options, pool, problems));
    if (buildInPool) pool.prepare(engineName, userDictionary);
    const segmenter = await starting;
    const late = options.onLateProblem ?? ((p: Problem) => problems.push(p));
    const onRepair = (corpus: Corpus, reason: string, bytes: Uint8Array) => {
      late({ severity: 'warning', message: `${SEGMENT_REBUILT}: ${reason}`, file: corpus.file });
      if (options.cacheDir) saveSegment(options.cacheDir, corpus, bytes).forEach(late);
    };
    const engine = new SearchEngine(segmenter, { vocabulary: knownWords(corpora), fingerprint: SHA1_FINGERPRINT, checksum: NATIVE_CHECKSUM, onRepair });
    const builder = buildInPool ? { pool, engineName, userDictionary } : undefined;
    problems.push(...await indexCorpora(engine, corpora, options.cacheDir, builder));
    if (options.warm !== false) engine.warmUp();
    return { engine, segmenter, corpora, problems, userDictionary };
  } finally {
    await pool.close();
  }
}

/** What the corpus commands (speakers, quotes, topics) read: the transcripts, no index. */
export interface ReadCorporaOptions {
  /** Include the bundled summit (default true). */
  bundled?: boolean;
  corpusPaths?: string[];
  /** The parse cache's folder (as for openSummit); none = parse every file. */
  cacheDir?: string;
}

/**
 * The bundled summit and the transcripts under the corpus paths, parsed (in the worker pool
 * when there are several) or read from the parse cache, as openSummit reads them, without
 * starting a segmenter or building an index. Problems are returned, never thrown.
 */
export async function readCorpora(options: ReadCorporaOptions): Promise<{ corpora: Corpus[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const bundled = options.bundled !== false ? await readBundled(options.cacheDir, problems) : undefined;
  const pool = new LazyPool(true, undefined, true);
  try {
    const transcripts = await readTranscripts({ corpusPaths: options.corpusPaths, cacheDir: options.cacheDir }, pool, problems);
    return { corpora: [...(bundled ? [bundled] : []), ...transcripts], problems };
  } finally {
    await pool.close();
  }
}

/**
 * The segmenter's user dictionary: the curated data every transcript is parsed with — the
 * summit's people (transcripts' people are enriched from them by name), the topic words and
 * the domain terms — never what one transcript adds. It is corpus/userdict.txt (a unit test
 * checks), with or without the bundled summit. So a transcript's segment depends on that
 * transcript alone: adding, changing or removing one rebuilds only its own, the extension's
 * indexing worker builds the same segments, and the launcher can start jieba with it before
 * any transcript is read (segmenters/earlyJieba.ts).
 */
export function sharedUserDictionary(): UserDictionary {
  const { curated } = curatedForTranscripts();
  return buildUserDictionary(curated.speakers ?? [], curated.topics ?? [], curated.terms ?? []);
}

/**
 * The words near-miss correction knows: every transcript's people, their organisations and
 * titles, the topic words and the domain terms (what the dictionary would hold if it were built
 * from every transcript). Query side only: no segment depends on it.
 */
function knownWords(corpora: Corpus[]): string[] {
  return buildUserDictionary(corpora.flatMap((c) => c.speakers), corpora.flatMap((c) => c.topics), curatedForTranscripts().curated.terms ?? []).words;
}

async function readBundled(cacheDir: string | undefined, problems: Problem[]): Promise<Corpus | undefined> {
  try {
    return cacheDir ? await loadBundledCorpusCached(cacheDir) : loadBundledCorpus();
  } catch (err) {
    problems.push({ severity: 'error', message: `the bundled summit could not be loaded: ${messageOf(err)}` });
    return undefined;
  }
}

/** The transcripts under the corpus paths. */
async function readTranscripts(options: OpenSummitOptions, pool: LazyPool, problems: Problem[]): Promise<Corpus[]> {
  if (!options.corpusPaths || options.corpusPaths.length === 0) return [];
  const cacheDir = options.cacheDir;
  const parse = (src: TranscriptSource, bytes: Uint8Array) => pool.parse(src, bytes);
  const loader = options.loadCorpusPaths ?? (cacheDir ? (paths: string[]) => loadTranscriptPathsCached(paths, cacheDir, { parse }) : defaultCorpusPathLoader);
  try {
    const loaded = await loader(options.corpusPaths);
    problems.push(...loaded.problems);
    return loaded.corpora;
  } catch (err) {
    problems.push({ severity: 'error', message: `transcripts could not be read: ${messageOf(err)}` });
    return [];
  }
}

interface Builder { pool: LazyPool; engineName: string; userDictionary: UserDictionary }

/**
 * Adds every corpus, in order: from its cached segment when that is valid, else from a
 * segment built in the worker pool (several at a time) or, without one, on this thread.
 */
async function indexCorpora(engine: SearchEngine, corpora: Corpus[], cacheDir: string | undefined, builder?: Builder): Promise<Problem[]> {
  const problems: Problem[] = [];
  const cached = corpora.map((c) => readCached(engine, c, cacheDir, problems));
  const missing = corpora.filter((_, i) => cached[i] === undefined);
  const built = new Map<Corpus, Promise<Uint8Array | undefined>>();
  if (builder && missing.length >= 2) {
    for (const c of missing) {
      built.set(c, builder.pool.build(builder.engineName, builder.userDictionary, c, engine));
    }
  }
  for (let i = 0; i < corpora.length; i++) {
    const corpus = corpora[i];
    const bytes = cached[i] ?? await built.get(corpus);
    problems.push(...addWithCache(engine, corpus, cacheDir, bytes, cached[i] !== undefined));
  }
  return problems;
}

/**
 * A corpus's cached segment if it is valid for this engine: its file, opened to be read on
 * demand (the engine closes it when it lets the corpus go). A damaged one is one warning.
 */
function readCached(engine: SearchEngine, corpus: Corpus, cacheDir: string | undefined, problems: Problem[]): SegmentSource | undefined {
  if (!cacheDir) return undefined;
  const opened = openChecked(engine, corpus, cacheFile(cacheDir, corpus.id));
  if (typeof opened !== 'string') return opened;
  problems.push({ severity: 'warning', message: `${SEGMENT_REBUILT}: ${opened}`, file: corpus.file });
  return undefined;
}

/** A segment file opened and checked for this corpus: its source, why it cannot be used (closed again), or undefined when there is no file to open. */
function openChecked(engine: SearchEngine, corpus: Corpus, file: string): SegmentSource | string | undefined {
  let source: SegmentSource;
  try { source = SegmentFile.open(file); } catch { return undefined; }
  const rejected = engine.checkIndex(corpus, source);
  if (rejected === undefined) return source;
  source.close?.();
  return rejected;
}

/**
 * Starts the worker pool only when there is work for it, and only if the machine has more
 * than one core. When segments will be built in the pool (`keep`), a worker serialises each
 * transcript it parses, this thread gets a corpus that reads its body only if something
 * touches it, and the build task takes the serialised bytes back (see WorkerPool.parse).
 */
class LazyPool {
  private pool?: WorkerPool | null;

  /**
   * `segments`: have each parse build the transcript's segment too, saved here as it arrives
   * (indexCorpora then finds it cached). `hereFirst`: parse the first transcript on this thread,
   * so that one file alone never waits for a worker to start.
   */
  constructor(private readonly keep: boolean, private readonly segments?: SegmentWanted & { cacheDir: string }, private hereFirst = false) {}

  private get(): WorkerPool | undefined {
    if (this.pool === undefined) {
      const script = poolWorkerPath();
      const size = poolSize();
      this.pool = script && size > 1 ? new WorkerPool(size, script) : null;
    }
    return this.pool ?? undefined;
  }

  async parse(src: TranscriptSource, bytes: Uint8Array): Promise<Parsed> {
    const pool = this.hereFirst ? undefined : this.get();
    this.hereFirst = false;
    if (pool) {
      try {
        const wanted = this.segments && { engine: this.segments.engine, dict: this.segments.dict };
        const { segment, ...parsed } = await pool.parse(src, bytes, this.keep, wanted);
        // Not saved (a full disk, say): indexCorpora finds no segment and builds it again.
        if (segment && parsed.corpus && this.segments) saveSegment(this.segments.cacheDir, parsed.corpus, segment);
        return parsed;
      } catch { /* parsed here instead */ }
    }
    return parseBytes(src, bytes, curatedForTranscripts().curated);
  }

  /** A segment built in the pool, or undefined (then the engine builds it on this thread). */
  async build(engineName: string, dict: UserDictionary, corpus: Corpus, engine: SearchEngine): Promise<Uint8Array | undefined> {
    const pool = this.get();
    if (!pool) return undefined;
    try {
      return await pool.build(engineName, dict, corpus, engine.normalizesScan(corpus), engine.segmenter.id);
    } catch {
      return undefined;
    }
  }

  /** Has the pool's workers start this segmenter, if the pool was started (transcripts were parsed in it). */
  prepare(engineName: string, dict: UserDictionary): void {
    this.pool?.prepare(engineName, dict);
  }

  async close(): Promise<void> {
    if (this.pool) await this.pool.close();
    this.pool = undefined;
  }
}

/**
 * Adds a corpus to the engine from the given segment (cached or built in the pool), else
 * builds it here; a segment that was not read from the cache is saved (atomically: a
 * temporary file renamed over the old one, removed if anything fails; a failure is one warning).
 */
function addWithCache(engine: SearchEngine, corpus: Corpus, cacheDir: string | undefined, bytes: Uint8Array | SegmentSource | undefined, fromCacheFile: boolean): Problem[] {
  if (cacheDir && bytes instanceof Uint8Array && !fromCacheFile && addSavedFirst(engine, corpus, cacheDir, bytes)) return [];
  const added = engine.add(corpus, bytes);
  const problems: Problem[] = [];
  if (added.cacheRejected && fromCacheFile) {
    problems.push({ severity: 'warning', message: `${SEGMENT_REBUILT}: ${added.cacheRejected}`, file: corpus.file });
  }
  if (!cacheDir || (added.fromCache && fromCacheFile)) return problems;
  const saveProblems = saveSegment(cacheDir, corpus, engine.serializeBinary(corpus.id));
  if (saveProblems.length === 0) readFromFile(engine, corpus, cacheFile(cacheDir, corpus.id));
  return [...problems, ...saveProblems];
}

/**
 * A segment built in the pool, saved as it is and added from its file, as a warm start adds
 * it (its blocks checked there, once, rather than in memory first); false, with nothing
 * added, when it cannot be saved or does not check (then addWithCache goes the long way: the
 * engine checks the bytes, builds here if they do not fit, and saves what it has).
 */
function addSavedFirst(engine: SearchEngine, corpus: Corpus, cacheDir: string, bytes: Uint8Array): boolean {
  if (saveSegment(cacheDir, corpus, bytes).length > 0) return false;
  const opened = openChecked(engine, corpus, cacheFile(cacheDir, corpus.id));
  if (opened === undefined || typeof opened === 'string') return false;
  engine.add(corpus, opened);
  return true;
}

/**
 * Lets the engine read a segment just saved from its file, block by block as a warm start
 * does, so the built bytes (about seven times the transcript) need not stay in memory. If
 * the file cannot be opened or checked, the engine keeps the bytes it has.
 */
function readFromFile(engine: SearchEngine, corpus: Corpus, file: string): void {
  const opened = openChecked(engine, corpus, file);
  if (opened !== undefined && typeof opened !== 'string') engine.add(corpus, opened);
}

/** Saves a corpus's segment atomically (a temporary file renamed over the old one, removed if anything fails); a failure is one warning. */
function saveSegment(cacheDir: string, corpus: Corpus, bytes: Uint8Array): Problem[] {
  const file = cacheFile(cacheDir, corpus.id);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
    return [];
  } catch (err) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing was left, or it cannot be removed either */ }
    return [{ severity: 'warning', message: `could not save the search index: ${messageOf(err)}`, file: corpus.file }];
  }
}

/** Cache file of a corpus's search index (readable name plus a hash of the id). */
export function cacheFile(cacheDir: string, corpusId: string): string {
  const readable = corpusId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  return path.join(cacheDir, `search-${readable}-${fnv1a(corpusId)}.seg`);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
