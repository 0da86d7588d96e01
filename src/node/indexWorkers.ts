/**
 * Several indexing workers (indexWorker.ts) used as one: each job's files are dealt out in
 * turn, and their results are handed on in the files' own order — the order a single worker
 * gives them, so the engine that adds them is the same (hits of equal score are ordered by the
 * order their transcripts were added). One worker is kept per core but one, so that the editor
 * keeps a core while a folder is indexed.
 */
import { IndexWorkerClient, type JobHandle, type JobHandlers } from './indexWorkerClient';
import type { IndexedForHost, WorkerFile, WorkerSettings } from './indexWorkerProtocol';
import { availableCores, wantedWorkers } from './workerPool';

/** At most this many workers: each holds a segmenter (tens of megabytes) in the editor's process. */
const MAX_WORKERS = 4;

/**
 * How many indexing workers to start: SUMMIT_INDEX_WORKERS when set (1 = one worker, as before),
 * else one per core but one, between 1 and MAX_WORKERS.
 * @example indexWorkerCount({}, 8) // 4; indexWorkerCount({}, 2) // 1; indexWorkerCount({ SUMMIT_INDEX_WORKERS: '2' }, 2) // 2
 */
export function indexWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableCores()): number {
  return Math.max(1, Math.min(wantedWorkers(env) ?? cores - 1, MAX_WORKERS));
}

export class IndexWorkers {
  private readonly clients: IndexWorkerClient[];

  constructor(settings: WorkerSettings, count = indexWorkerCount(), workerPath?: string) {
    this.clients = Array.from({ length: Math.max(1, count) }, () => new IndexWorkerClient(settings, workerPath));
  }

  /** How many workers there are. */
  get size(): number {
    return this.clients.length;
  }

  /** Starts every worker; resolves with their engine id (they must all have the same). */
  async start(): Promise<string> {
    const ids = await Promise.all(this.clients.map((c) => c.start()));
    const distinct = [...new Set(ids)];
    if (distinct.length > 1) throw new Error(`the indexing workers' engines differ (${distinct.join(', ')})`);
    return ids[0];
  }

  /**
   * Indexes files across the workers: file i goes to worker i mod n, and each worker sends one
   * result per file in its share's order, so result j of worker k is file k + j·n. Results and
   * progress are given in file order; a cancelled job gives those before the first missing one.
   */
  index(files: WorkerFile[], handlers: JobHandlers = {}, maxBytes?: number): JobHandle {
    if (this.clients.length === 1) return this.clients[0].index(files, handlers, maxBytes);
    const n = this.clients.length;
    const arrived = new Map<number, IndexedForHost>();
    let next = 0;
    const handOn = () => {
      for (let r = arrived.get(next); r !== undefined; r = arrived.get(next)) {
        arrived.delete(next);
        const file = files[next].file;
        next++;
        handlers.onResult?.(r);
        handlers.onProgress?.(next, files.length, file);
      }
    };
    const jobs = this.clients.map((client, k) => {
      let j = 0;
      const share = files.filter((_, i) => i % n === k);
      return client.index(share, { onResult: (r) => { arrived.set(k + n * j++, r); handOn(); } }, maxBytes);
    });
    const finished = Promise.all(jobs.map((job) => job.finished)).then((ends) => ({ cancelled: ends.some((e) => e.cancelled) }));
    return { finished, cancel: () => jobs.forEach((job) => job.cancel()) };
  }

  async dispose(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.dispose()));
  }
}
