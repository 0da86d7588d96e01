/**
 * The indexing worker (built to dist/indexWorker.js): decodes, parses and
 * indexes transcripts off the extension host's main thread. It opens its own
 * engine with openSummit and the same settings as the main one, so its
 * segmenter — and therefore the index key — is the same by construction; the
 * client checks the ids match. Files are handled one at a time; between files
 * the worker yields, so a cancel message stops a job before the next file. A result carries
 * its segment as transferred bytes (nothing to clone or decode on the host's thread).
 */
import { promises as fsp } from 'fs';
import { parentPort } from 'worker_threads';
import type { CuratedData } from '../core/corpus/schema';
import type { SearchEngine } from '../core/search/engine';
import { curatedForTranscripts } from './bundled';
import { IndexCache } from './indexCache';
import type { FromWorker, IndexedForHost, ToWorker, WorkerFile, WorkerSettings } from './indexWorkerProtocol';
import { openSummit } from './summit';
import { indexTranscript, type TranscriptIndexed } from './transcriptPipeline';

interface State {
  settings: WorkerSettings;
  engine: SearchEngine;
  curated: CuratedData;
  cache?: IndexCache;
}

let state: Promise<State> | undefined;
const cancelled = new Set<number>();
/** Jobs run one after another. */
let queue: Promise<void> = Promise.resolve();

function post(msg: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(msg, transfer);
}

/** The result with its segment's bytes to transfer (copied first when they share a larger buffer). */
function forHost(result: TranscriptIndexed): { result: IndexedForHost; transfer: ArrayBuffer[] } {
  const bytes = result.segment;
  if (!bytes) return { result, transfer: [] };
  const segment = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return { result: { ...result, segment }, transfer: [segment.buffer as ArrayBuffer] };
}

async function init(settings: WorkerSettings): Promise<State> {
  const summit = await openSummit({ segmenter: settings.segmenter, bundled: settings.includeBundled, quickSegmenter: false });
  const { curated } = curatedForTranscripts();
  // The worker's engine only builds: it holds no corpus between files.
  for (const c of summit.engine.corpora()) summit.engine.remove(c.id);
  return { settings, engine: summit.engine, curated, cache: settings.cacheDir ? new IndexCache(settings.cacheDir) : undefined };
}

async function runJob(job: number, files: WorkerFile[], limit?: number): Promise<void> {
  const s = await state!;
  const maxBytes = limit ?? s.settings.maxBytes;
  let done = 0;
  for (const f of files) {
    // Let a pending cancel message arrive.
    await new Promise((r) => setImmediate(r));
    if (cancelled.has(job)) break;
    let result: TranscriptIndexed;
    try {
      let bytes = f.bytes;
      if (!bytes && f.path && f.size <= maxBytes) bytes = await fsp.readFile(f.path);
      result = await indexTranscript({ identity: f.identity, id: f.id, file: f.file, bytes, size: f.size, mtimeMs: f.mtimeMs }, { engine: s.engine, curated: s.curated, cache: s.cache, maxBytes });
    } catch (err) {
      result = { id: f.id, file: f.file, identity: f.identity, fromCache: false, problems: [{ severity: 'error', file: f.file, message: `skipped: ${err instanceof Error ? err.message : String(err)}` }] };
    }
    done++;
    const sent = forHost(result);
    post({ type: 'result', job, result: sent.result }, sent.transfer);
    post({ type: 'progress', job, done, total: files.length, file: f.file });
  }
  post({ type: 'done', job, cancelled: cancelled.has(job) });
  cancelled.delete(job);
}

parentPort?.on('message', (msg: ToWorker) => {
  switch (msg.type) {
    case 'init':
      state = init(msg.settings);
      state.then(
        (s) => post({ type: 'ready', engineId: s.engine.segmenter.id }),
        (err: unknown) => post({ type: 'initError', message: err instanceof Error ? err.message : String(err) }),
      );
      break;
    case 'index': {
      if (!state) { post({ type: 'jobError', job: msg.job, message: 'the worker was not initialised' }); break; }
      queue = queue.then(() => runJob(msg.job, msg.files, msg.maxBytes)).catch((err: unknown) => {
        post({ type: 'jobError', job: msg.job, message: err instanceof Error ? err.message : String(err) });
      });
      break;
    }
    case 'cancel':
      cancelled.add(msg.job);
      break;
  }
});
