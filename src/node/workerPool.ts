/**
 * A pool of worker threads (poolWorker.ts), one per core, for the CPU-heavy part of cold
 * indexing: decoding and parsing transcripts, and building their segments. Tasks queue and
 * go to the next idle worker; bytes are transferred, not copied. A worker that fails takes
 * its task down with a clear error; the caller then does the work on its own thread.
 *
 * A transcript parsed with `keep` comes back as its summary and its cache entry, serialised in
 * the worker, the body's bytes in shared memory: the caller writes them, gets a corpus whose
 * body is parsed from them only if something touches it, and its build task hands any worker
 * the same shared bytes (no copy; no structured clone of the corpus either way).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lazyCorpus, type CorpusBody, type CorpusCounts, type CorpusSummary } from '../core/corpus/lazy';
import type { Corpus } from '../core/model';
import type { UserDictionary } from './segmenters';
import type { Parsed, TranscriptSource } from './transcriptPipeline';

/** A transcript as a worker parsed it for the cache: its summary, and its body's JSON bytes (in a SharedArrayBuffer). */
export interface KeptTranscript {
  summary: CorpusSummary;
  counts: CorpusCounts;
  body: Uint8Array;
}

export type PoolTask =
  /** Parses; with `segment`, also builds the transcript's segment there and then (the dictionary does not depend on the transcripts, so nothing waits for the others). */
  | { type: 'parse'; n: number; src: { id: string; file: string }; bytes: Uint8Array; keep?: boolean; segment?: SegmentWanted }
  /** Builds `corpus`, or the transcript `kept` (parsed from its shared bytes there). */
  | { type: 'build'; n: number; engine: string; dict: UserDictionary; corpus?: Corpus; kept?: KeptTranscript; normalizeDocs: boolean; segmenterId: string }
  /** Starts the segmenter the build tasks will use (while the main thread starts its own). */
  | { type: 'segmenter'; n: number; engine: string; dict: UserDictionary };

/** The segmenter a parse task builds the transcript's segment with. */
export interface SegmentWanted { engine: string; dict: UserDictionary }

export type PoolAnswer =
  | { n: number; ok: true; parsed?: Parsed; summary?: { corpus: CorpusSummary; counts: CorpusCounts }; segment?: Uint8Array }
  | { n: number; ok: false; message: string };

type Pending = { resolve(a: PoolAnswer): void; reject(e: Error): void };
type Queued = { task: PoolTask; transfer: ArrayBuffer[]; pending: Pending };

/** The pool's size: the cores this process may use, or SUMMIT_INDEX_WORKERS (1 = no pool, for comparisons). */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = wantedWorkers(env);
  return wanted !== undefined ? Math.min(wanted, 64) : availableCores();
}

/** The worker count SUMMIT_INDEX_WORKERS asks for (a whole number from 1), if it is set. */
export function wantedWorkers(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const wanted = Number(env.SUMMIT_INDEX_WORKERS);
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : undefined;
}

/** The cores this process may use (at least 1). */
export function availableCores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Where the worker script is: next to this module (dist/ or out/src/node/). */
export function poolWorkerPath(): string | undefined {
  const here = path.join(__dirname, 'poolWorker.js');
  if (fs.existsSync(here)) return here;
  const dist = path.join(__dirname, '..', 'dist', 'poolWorker.js');
  return fs.existsSync(dist) ? dist : undefined;
}

/** Reads a body from its serialised bytes (a function of its own, so that only it holds them); the pool's workers read a kept transcript's the same way. */
export function bodyFrom(bytes: Uint8Array): () => CorpusBody {
  return () => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as CorpusBody;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Queued[] = [];
  /** What `build` hands a worker instead of the corpus, for corpora parsed with `keep`. */
  private readonly kept = new WeakMap<Corpus, KeptTranscript>();
  private next = 1;
  private alive = 0;

  constructor(size: number, private readonly script: string) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(this.script);
    this.alive++;
    w.on('message', (answer: PoolAnswer) => {
      const p = this.busy.get(w);
      this.busy.delete(w);
      this.idle.push(w);
      p?.resolve(answer);
      this.pump();
    });
    let dead = false;
    const fail = (err: Error) => {
      const p = this.busy.get(w);
      this.busy.delete(w);
      p?.reject(err);
      if (dead) return;
      dead = true;
      this.alive--;
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
      // Nothing left to run the queue: every waiting task fails now rather than never.
      if (this.alive === 0) for (const q of this.queue.splice(0)) q.pending.reject(err);
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`a pool worker stopped (exit code ${code})`)));
    return w;
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const q = this.queue.shift()!;
      this.busy.set(w, q.pending);
      w.postMessage(q.task, q.transfer);
    }
  }

  private submit(task: PoolTask, transfer: ArrayBuffer[] = []): Promise<PoolAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, transfer, pending: { resolve, reject } });
      this.pump();
    });
  }

  /** Has the idle workers start the segmenter for the build tasks to come (a failure shows in the builds). */
  prepare(engine: string, dict: UserDictionary): void {
    for (let i = this.idle.length; i > 0; i--) this.submit({ type: 'segmenter', n: this.next++, engine, dict }).catch(() => undefined);
  }

  /**
   * Decodes and parses in a worker (the bytes are copied, the caller keeps its own). With
   * `keep`, the worker also serialises the cache entry (`Parsed.entry`); the corpus returned
   * parses its body from that entry's bytes when first touched (or, once the entry is saved,
   * as `bodySaved` is told), and `build` hands those bytes to a worker.
   */
  async parse(src: TranscriptSource, bytes: Uint8Array, keep = false, segment?: SegmentWanted): Promise<Parsed & { segment?: Uint8Array }> {
    const copy = bytes.slice();
    const a = await this.submit({ type: 'parse', n: this.next++, src: { id: src.id, file: src.file }, bytes: copy, keep, segment }, [copy.buffer as ArrayBuffer]);
    if (!a.ok || !a.parsed) throw new Error(a.ok ? 'no parse result' : a.message);
    const entry = a.parsed.entry;
    if (!a.summary || !entry) return { ...a.parsed, segment: a.segment };
    let load = bodyFrom(entry.body);
    const corpus = lazyCorpus(a.summary.corpus, a.summary.counts, () => load());
    // A transcript whose segment came with it is not built again: its entry's bytes are not needed here.
    if (!a.segment) this.kept.set(corpus, { summary: a.summary.corpus, counts: a.summary.counts, body: entry.body });
    return { ...a.parsed, corpus, bodySaved: (saved) => { load = saved; }, segment: a.segment };
  }

  /** Builds a corpus's segment in a worker (from its kept bytes when it was parsed with `keep`, else from the corpus cloned). */
  async build(engine: string, dict: UserDictionary, corpus: Corpus, normalizeDocs: boolean, segmenterId: string): Promise<Uint8Array> {
    const kept = this.kept.get(corpus);
    this.kept.delete(corpus);
    const a = await this.submit({ type: 'build', n: this.next++, engine, dict, normalizeDocs, segmenterId, ...(kept ? { kept } : { corpus }) });
    if (!a.ok || !a.segment) throw new Error(a.ok ? 'no segment' : a.message);
    return a.segment;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
