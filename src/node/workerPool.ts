/**
 * A pool of worker threads (poolWorker.ts), one per core, for the CPU-heavy part of cold
 * indexing: decoding and parsing transcripts, and building their segments. Tasks queue and
 * go to the next idle worker; bytes are transferred, not copied. A worker that fails takes
 * its task down with a clear error; the caller then does the work on its own thread.
 *
 * A transcript parsed with `retain` stays in the worker that parsed it: the caller gets a
 * corpus whose body is read, only if something touches it, from the cache entry the worker
 * serialised, and its build task goes to that worker by number instead of cloning the corpus
 * back. If that worker has stopped (or no longer has it), the corpus is sent to another one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lazyCorpus, type CorpusBody, type CorpusCounts, type CorpusSummary } from '../core/corpus/lazy';
import type { Corpus } from '../core/model';
import type { UserDictionary } from './segmenters';
import type { Parsed, TranscriptSource } from './transcriptPipeline';

export type PoolTask =
  | { type: 'parse'; n: number; src: { id: string; file: string }; bytes: Uint8Array; retain?: boolean }
  /** Builds `corpus`, or the one kept under `retained` (the number of its parse task). */
  | { type: 'build'; n: number; engine: string; dict: UserDictionary; corpus?: Corpus; retained?: number; normalizeDocs: boolean; segmenterId: string }
  /** Starts the segmenter the build tasks will use (while the main thread starts its own). */
  | { type: 'segmenter'; n: number; engine: string; dict: UserDictionary };

export type PoolAnswer =
  | { n: number; ok: true; parsed?: Parsed; summary?: { corpus: CorpusSummary; counts: CorpusCounts }; segment?: Uint8Array }
  | { n: number; ok: false; message: string };

/** An answer and the worker that gave it. */
type Answered = { answer: PoolAnswer; worker: Worker };
type Pending = { resolve(a: Answered): void; reject(e: Error): void };
/**
 * A task waiting for a worker: any idle one, or the one named (that keeps its corpus). A task
 * for a named worker that can also be sent with its corpus (`unpinned`) goes to another worker
 * that would otherwise wait idle.
 */
type Queued = { task: PoolTask; transfer: ArrayBuffer[]; pending: Pending; worker?: Worker; unpinned?: () => PoolTask };
/** Where a retained corpus is: the worker and the number of the task that parsed it. */
type Held = { worker: Worker; n: number };

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

/** Reads a body from its serialised bytes (a function of its own, so that only it holds them). */
function bodyFrom(bytes: Uint8Array): () => CorpusBody {
  return () => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as CorpusBody;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Queued[] = [];
  private readonly dead = new Set<Worker>();
  private readonly held = new WeakMap<Corpus, Held>();
  private next = 1;
  private alive = 0;

  constructor(size: number, private readonly script: string) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(this.script);
    this.alive++;
    w.on('message', (answer: PoolAnswer) => {
      if (this.dead.has(w)) return;
      const p = this.busy.get(w);
      this.busy.delete(w);
      this.idle.push(w);
      p?.resolve({ answer, worker: w });
      this.pump(true);
    });
    let dead = false;
    const fail = (err: Error) => {
      const p = this.busy.get(w);
      this.busy.delete(w);
      p?.reject(err);
      if (dead) return;
      dead = true;
      this.dead.add(w);
      this.alive--;
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
      // Tasks only this worker could run fail now; with no worker left, every waiting task does, rather than never.
      for (const q of this.queue.filter((t) => this.alive === 0 || t.worker === w)) {
        this.queue.splice(this.queue.indexOf(q), 1);
        q.pending.reject(err);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`a pool worker stopped (exit code ${code})`)));
    return w;
  }

  /**
   * Gives each idle worker the first waiting task it may run; with `steal` (a worker just
   * finished, so every task there is has been queued), else the last one waiting for a busy
   * worker that can be sent with its corpus instead, so that no worker waits while another
   * still has a queue.
   */
  private pump(steal = false): void {
    for (let i = this.idle.length - 1; i >= 0 && this.queue.length > 0; i--) {
      const w = this.idle[i];
      let at = this.queue.findIndex((q) => q.worker === undefined || q.worker === w);
      if (at < 0 && steal) at = findLastIndex(this.queue, (q) => q.unpinned !== undefined && this.busy.has(q.worker!));
      if (at < 0) continue;
      const [q] = this.queue.splice(at, 1);
      let task = q.task;
      if (q.worker !== undefined && q.worker !== w) {
        try { task = q.unpinned!(); } catch (err) { q.pending.reject(err instanceof Error ? err : new Error(String(err))); i++; continue; }
      }
      this.idle.splice(i, 1);
      this.busy.set(w, q.pending);
      w.postMessage(task, q.transfer);
    }
  }

  private submit(task: PoolTask, transfer: ArrayBuffer[] = [], worker?: Worker, unpinned?: () => PoolTask): Promise<Answered> {
    return new Promise((resolve, reject) => {
      if (worker && this.dead.has(worker)) return reject(new Error('the pool worker that kept this corpus stopped'));
      this.queue.push({ task, transfer, pending: { resolve, reject }, worker, unpinned });
      this.pump();
    });
  }

  /** Has every worker start the segmenter for these build tasks now (a failure shows in the builds). */
  prepare(engine: string, dict: UserDictionary): void {
    for (const w of [...this.idle, ...this.busy.keys()]) {
      this.submit({ type: 'segmenter', n: this.next++, engine, dict }, [], w).catch(() => undefined);
    }
  }

  /**
   * Decodes and parses in a worker (the bytes are copied, the caller keeps its own). With
   * `retain`, the worker keeps the corpus for `build` and serialises its cache entry
   * (`Parsed.entry`); the corpus returned reads its body from that entry when first touched.
   */
  async parse(src: TranscriptSource, bytes: Uint8Array, retain = false): Promise<Parsed> {
    const copy = bytes.slice();
    const n = this.next++;
    const { answer: a, worker } = await this.submit({ type: 'parse', n, src: { id: src.id, file: src.file }, bytes: copy, retain }, [copy.buffer as ArrayBuffer]);
    if (!a.ok || !a.parsed) throw new Error(a.ok ? 'no parse result' : a.message);
    const entry = a.parsed.entry;
    if (!a.summary || !entry) return a.parsed;
    let load = bodyFrom(entry.body);
    const corpus = lazyCorpus(a.summary.corpus, a.summary.counts, () => load());
    this.held.set(corpus, { worker, n });
    return { ...a.parsed, corpus, bodySaved: (saved) => { load = saved; } };
  }

  /**
   * Builds a corpus's segment in a worker: in the one that kept it, by number, else (or if
   * that fails) in any, with the corpus cloned to it.
   */
  async build(engine: string, dict: UserDictionary, corpus: Corpus, normalizeDocs: boolean, segmenterId: string): Promise<Uint8Array> {
    const held = this.held.get(corpus);
    this.held.delete(corpus);
    const task = { type: 'build' as const, engine, dict, normalizeDocs, segmenterId };
    if (held) {
      const n = this.next++;
      // Sent by number to the worker that keeps it; or, if another would wait idle, cloned to that one.
      const kept = await this.submit({ ...task, n, retained: held.n }, [], held.worker, () => ({ ...task, n, corpus })).catch(() => undefined);
      if (kept?.answer.ok && kept.answer.segment) return kept.answer.segment;
    }
    const { answer: a } = await this.submit({ ...task, n: this.next++, corpus });
    if (!a.ok || !a.segment) throw new Error(a.ok ? 'no segment' : a.message);
    return a.segment;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
