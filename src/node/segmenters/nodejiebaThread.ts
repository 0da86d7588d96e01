/**
 * nodejieba on its own thread, for the extension host.
 *
 * nodejieba reads its 14 MB dictionaries synchronously (about 3 s), which would freeze the
 * editor. Here a worker thread loads it while the host's event loop keeps running; once it
 * is ready, `cut` and `cutForSearch` stay synchronous (the Segmenter interface is) through
 * a small shared-memory call: the host posts the text, the worker writes the words as JSON
 * into a SharedArrayBuffer and wakes the host with Atomics.notify. A call costs what the
 * cut costs plus a thread hop — microseconds for a sentence or a query.
 *
 * Tokens and id are those of the in-thread engine (same module, same user dictionary), so
 * indexes built by either are interchangeable.
 */
import { Worker } from 'worker_threads';
import type { Segmenter } from '../../core/segmenter';
import { NODEJIEBA, nodejiebaVersion, resolveNodejieba, userDictFile } from './nodejieba';
import { answerSource, callShared, sharedCallMemory } from './sharedCall';
import { USE_HMM, type UserDictionary } from './userDict';

/** A single cut that takes longer than this is treated as a dead worker. */
const CALL_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 120_000;

// The worker is evaluated from source so that no extra bundle is needed; it loads the
// module by the absolute path the host resolved.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
let jieba;
try {
  jieba = require(workerData.modulePath);
  jieba.load({ userDict: workerData.userDictPath });
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ ready: false, error: String(err && err.message || err) });
}
${answerSource('return jieba[method](text, workerData.hmm);')}`;

/** Starts nodejieba in a worker; resolves once its dictionaries are loaded. */
export async function createNodejiebaThread(userDict: UserDictionary): Promise<Segmenter & { dispose(): Promise<void> }> {
  const modulePath = resolveNodejieba();
  const version = nodejiebaVersion();
  const memory = sharedCallMemory();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { modulePath, userDictPath: userDictFile(userDict), hmm: USE_HMM, control: memory.control.buffer, answer: memory.answer.buffer },
  });
  worker.unref();

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { void worker.terminate(); reject(new Error(`${NODEJIEBA} did not load within ${LOAD_TIMEOUT_MS / 1000} s`)); }, LOAD_TIMEOUT_MS);
    worker.once('message', (m: { ready: boolean; error?: string }) => {
      clearTimeout(timer);
      if (m.ready) resolve();
      else { void worker.terminate(); reject(new Error(`${NODEJIEBA} could not load its dictionaries: ${m.error}`)); }
    });
    worker.once('error', (err) => { clearTimeout(timer); reject(err); });
  });

  let alive = true;
  worker.on('exit', () => { alive = false; });
  const call = (method: 'cut' | 'cutForSearch', text: string): string[] => {
    if (text === '') return [];
    if (!alive) throw new Error(`the ${NODEJIEBA} worker has stopped`);
    const out = callShared(memory, (m) => worker.postMessage(m), method, text, CALL_TIMEOUT_MS);
    if ('timedOut' in out) throw new Error(`${NODEJIEBA} did not answer within ${CALL_TIMEOUT_MS / 1000} s`);
    if ('error' in out) throw new Error(`${NODEJIEBA}: ${out.error}`);
    return out.words;
  };

  return {
    id: `${NODEJIEBA}@${version}+dict:${userDict.hash}`,
    cut: (text) => call('cut', text),
    cutForSearch: (text) => call('cutForSearch', text),
    dispose: async () => { alive = false; await worker.terminate(); },
  };
}
