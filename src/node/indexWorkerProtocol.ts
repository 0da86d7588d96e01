/** Messages between the indexing worker (indexWorker.ts) and its client (indexWorkerClient.ts). */
import type { TranscriptIndexed } from './transcriptPipeline';

export interface WorkerSettings {
  /** Segmenter engine id: node-rs-jieba or nodejieba. */
  segmenter: string;
  /** Whether the main engine includes the bundled summit (its dictionary depends on it). */
  includeBundled: boolean;
  /** Index cache folder; none = no cache. */
  cacheDir?: string;
  /** Size limit in bytes. */
  maxBytes: number;
}

/** A transcript to index: bytes read by the caller, or a path the worker reads itself. */
export interface WorkerFile {
  identity: string;
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
  bytes?: Uint8Array;
  path?: string;
}

/**
 * A transcript's result as the worker sends it: its segment's bytes are transferred, not
 * copied, so the extension host neither clones nor decodes them.
 */
export type IndexedForHost = TranscriptIndexed;

export type ToWorker =
  | { type: 'init'; settings: WorkerSettings }
  /** `maxBytes` overrides the size limit of the settings for this job (the setting may have changed). */
  | { type: 'index'; job: number; files: WorkerFile[]; maxBytes?: number }
  | { type: 'cancel'; job: number };

export type FromWorker =
  | { type: 'ready'; engineId: string }
  | { type: 'initError'; message: string }
  | { type: 'progress'; job: number; done: number; total: number; file: string }
  | { type: 'result'; job: number; result: IndexedForHost }
  | { type: 'done'; job: number; cancelled: boolean }
  | { type: 'jobError'; job: number; message: string };
