/**
 * The main-thread side of the indexing worker: starts dist/indexWorker.js (or
 * the compiled indexWorker.js next to this file), checks that the worker's
 * engine id equals the main engine's, runs jobs with progress and results as
 * they come, and cancels them. Nothing here blocks the event loop.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { FromWorker, IndexedForHost, ToWorker, WorkerFile, WorkerSettings } from './indexWorkerProtocol';

export interface JobHandlers {
  onProgress?(done: number, total: number, file: string): void;
  onResult?(result: IndexedForHost): void;
}

export interface JobHandle {
  /** Resolves when the job ends; `cancelled` is true when it stopped early. */
  finished: Promise<{ cancelled: boolean }>;
  cancel(): void;
}

/** Where the worker script is: next to this module (dist/ or out/src/node/). */
export function defaultWorkerPath(): string {
  const here = path.join(__dirname, 'indexWorker.js');
  if (fs.existsSync(here)) return here;
  return path.join(__dirname, '..', 'dist', 'indexWorker.js');
}

export class IndexWorkerClient {
  private worker: Worker | undefined;
  private nextJob = 1;
  private readonly jobs = new Map<number, { handlers: JobHandlers; resolve(v: { cancelled: boolean }): void; reject(e: Error): void }>();
  private readyPromise: Promise<string> | undefined;

  constructor(private readonly settings: WorkerSettings, private readonly workerPath = defaultWorkerPath()) {}

  /** Starts the worker; resolves with its engine id. */
  start(): Promise<string> {
    if (this.readyPromise) return this.readyPromise;
    this.readyPromise = new Promise<string>((resolve, reject) => {
      const worker = new Worker(this.workerPath);
      this.worker = worker;
      worker.on('message', (msg: FromWorker) => {
        switch (msg.type) {
          case 'ready': resolve(msg.engineId); break;
          case 'initError': reject(new Error(msg.message)); break;
          case 'progress': this.jobs.get(msg.job)?.handlers.onProgress?.(msg.done, msg.total, msg.file); break;
          case 'result': this.jobs.get(msg.job)?.handlers.onResult?.(msg.result); break;
          case 'done': this.jobs.get(msg.job)?.resolve({ cancelled: msg.cancelled }); this.jobs.delete(msg.job); break;
          case 'jobError': this.jobs.get(msg.job)?.reject(new Error(msg.message)); this.jobs.delete(msg.job); break;
        }
      });
      const fail = (err: Error) => {
        reject(err);
        for (const j of this.jobs.values()) j.reject(err);
        this.jobs.clear();
        this.worker = undefined;
        this.readyPromise = undefined;
      };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (this.worker === worker) fail(new Error(`the indexing worker stopped (exit code ${code})`)); });
      this.send({ type: 'init', settings: this.settings });
    });
    return this.readyPromise;
  }

  /** Indexes files in the worker (with `maxBytes` as the size limit, when given). Bytes are transferred, not copied. */
  index(files: WorkerFile[], handlers: JobHandlers = {}, maxBytes?: number): JobHandle {
    const job = this.nextJob++;
    const finished = new Promise<{ cancelled: boolean }>((resolve, reject) => {
      this.jobs.set(job, { handlers, resolve, reject });
    });
    void this.start().then(
      () => {
        const transfer = files.flatMap((f) => (f.bytes && f.bytes.byteOffset === 0 && f.bytes.byteLength === f.bytes.buffer.byteLength ? [f.bytes.buffer as ArrayBuffer] : []));
        this.send({ type: 'index', job, files, maxBytes }, transfer);
      },
      (err: Error) => { this.jobs.get(job)?.reject(err); this.jobs.delete(job); },
    );
    return { finished, cancel: () => this.send({ type: 'cancel', job }) };
  }

  private send(msg: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(msg, transfer);
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.readyPromise = undefined;
    for (const j of this.jobs.values()) j.resolve({ cancelled: true });
    this.jobs.clear();
    if (w) await w.terminate();
  }
}
