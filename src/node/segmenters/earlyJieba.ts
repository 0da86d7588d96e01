/**
 * node-rs-jieba started before the CLI needs it, on a thread of its own.
 *
 * Building jieba's dictionary (Jieba.withDict) takes 150–300 ms of one core, and a one-shot
 * `summit search` used to spend them on its main thread before its first cut. The launcher
 * (cli/launcher.ts) calls `startEarlyJieba` with the bundled user dictionary before it even
 * loads the CLI bundle: a worker builds the dictionary while the main thread loads its code
 * and opens the index. `adoptEarlyJieba` (createSegmenter) then answers with a segmenter whose
 * calls go to that worker through shared memory, as nodejiebaThread.ts does for nodejieba:
 * the main thread posts the text, the worker writes the words as JSON into a SharedArrayBuffer
 * and wakes it with Atomics.notify — a call blocks only until the dictionary is ready.
 *
 * The same module, dictionary and user dictionary give the same words and the same id, so
 * segments built either way are interchangeable. A call through the worker costs more than
 * one here, so once the work is more than a few queries' worth (OWN_AFTER_EXTRA_MS), or if the
 * worker fails, the main thread builds its own instance and uses it from then on. A dictionary other than the one started with is never adopted (the worker is stopped).
 */
import { Worker } from 'worker_threads';
import type { Segmenter } from '../../core/segmenter';
import { USE_HMM, type UserDictionary } from './userDict';

/** Room for one answer: the JSON of the words of about a million characters of text. */
const ANSWER_BYTES = 16 * 1024 * 1024;
/** How long a call waits for the worker (its first call includes building the dictionary). */
const CALL_TIMEOUT_MS = 60_000;
/**
 * What a call through the worker costs more than one here, measured on a report's lines: about
 * 40 µs a call and 0.5 ms per thousand characters (the words go through JSON both ways).
 */
const EXTRA_MS_PER_CALL = 0.04;
const EXTRA_MS_PER_CHAR = 0.0005;
/**
 * Once the calls answered by the worker have cost this much more than this thread would have,
 * about what building this thread's own dictionary costs (150–300 ms), it is built and answers
 * from then on: a few queries never reach it, indexing a transcript here does.
 */
export const OWN_AFTER_EXTRA_MS = 150;

/** Control words: [state, byteLength]; state 0 = waiting, 1 = answer ready, 2 = error. */
const STATE = 0;
const LENGTH = 1;
const KEY = Symbol.for('summit-search.earlyJieba');

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const control = new Int32Array(workerData.control);
const answer = new Uint8Array(workerData.answer);
const encoder = new TextEncoder();
let jieba;
let failure;
try {
  const { Jieba } = require(workerData.modulePath);
  jieba = Jieba.withDict(require(workerData.dictPath).dict);
  if (workerData.userDict.trim() !== '') jieba.loadDict(Buffer.from(workerData.userDict, 'utf8'));
} catch (err) {
  failure = String(err && err.message || err);
}
parentPort.on('message', ({ method, text }) => {
  let bytes;
  let state = 1;
  try {
    if (failure) throw new Error(failure);
    bytes = encoder.encode(JSON.stringify(jieba[method](text, workerData.hmm)));
    if (bytes.length > answer.length) { state = 2; bytes = encoder.encode('the text is too long for one call'); }
  } catch (err) {
    state = 2;
    bytes = encoder.encode(String(err && err.message || err));
  }
  answer.set(bytes.subarray(0, answer.length));
  Atomics.store(control, ${LENGTH}, Math.min(bytes.length, answer.length));
  Atomics.store(control, ${STATE}, state);
  Atomics.notify(control, ${STATE});
});
`;

interface Early {
  userDict: string;
  worker: Worker;
  control: Int32Array;
  answer: Uint8Array;
  /** The worker has stopped (told between calls; a call never waits on a stopped worker). */
  stopped: boolean;
}

type Holder = { [KEY]?: Early };

/** Starts building jieba's dictionary with this user dictionary on a worker (never throws: a failure only means no early start). */
export function startEarlyJieba(userDict: string): void {
  try {
    const control = new Int32Array(new SharedArrayBuffer(8));
    const answer = new Uint8Array(new SharedArrayBuffer(ANSWER_BYTES));
    const workerData = {
      modulePath: require.resolve('@node-rs/jieba'), dictPath: require.resolve('@node-rs/jieba/dict'),
      userDict, hmm: USE_HMM, control: control.buffer, answer: answer.buffer,
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    const early: Early = { userDict, worker, control, answer, stopped: false };
    const stop = () => { early.stopped = true; };
    worker.on('error', stop); // a failed worker's calls are answered on this thread instead
    worker.on('exit', stop);
    (globalThis as Holder)[KEY] = early;
  } catch {
    // no early start: the segmenter is built on this thread when it is needed
  }
}

/** What the adopting thread knows of its own segmenter: the id it would have, and how to build it here. */
export interface OwnJieba {
  id: string;
  load(): Segmenter;
}

/**
 * The early-started segmenter, if one was started with exactly this user dictionary (taken
 * once; any other is stopped). (The engine is passed in so that the launcher, which imports
 * this module, does not bundle it.)
 */
export function adoptEarlyJieba(userDict: UserDictionary, ownJieba: OwnJieba): Segmenter | undefined {
  const holder = globalThis as Holder;
  const early = holder[KEY];
  if (!early) return undefined;
  delete holder[KEY];
  if (early.userDict !== userDict.text) {
    void early.worker.terminate();
    return undefined;
  }
  return proxy(early, ownJieba);
}

function proxy(early: Early, ownJieba: OwnJieba): Segmenter {
  let own: Segmenter | undefined;
  let extraMs = 0;
  const ownNow = (): Segmenter => {
    if (!own) {
      own = ownJieba.load();
      early.stopped = true;
      void early.worker.terminate();
    }
    return own;
  };
  const call = (method: 'cut' | 'cutForSearch', text: string): string[] => {
    if (text === '') return [];
    extraMs += EXTRA_MS_PER_CALL + text.length * EXTRA_MS_PER_CHAR;
    if (own || extraMs > OWN_AFTER_EXTRA_MS) return ownNow()[method](text);
    const words = remoteCall(early, method, text);
    return words ?? ownNow()[method](text);
  };
  return {
    id: ownJieba.id,
    cut: (text) => call('cut', text),
    cutForSearch: (text) => call('cutForSearch', text),
  };
}

const decoder = new TextDecoder();

/** One call answered by the worker, or undefined when it cannot answer (it failed, stopped or timed out). */
function remoteCall(early: Early, method: 'cut' | 'cutForSearch', text: string): string[] | undefined {
  const { control, answer, worker } = early;
  if (early.stopped) return undefined;
  Atomics.store(control, STATE, 0);
  try {
    worker.postMessage({ method, text });
  } catch {
    return undefined;
  }
  if (Atomics.wait(control, STATE, 0, CALL_TIMEOUT_MS) === 'timed-out') return undefined;
  if (Atomics.load(control, STATE) !== 1) return undefined;
  // Copied out of shared memory: TextDecoder does not read SharedArrayBuffer views.
  const body = decoder.decode(answer.slice(0, Atomics.load(control, LENGTH)));
  try {
    return JSON.parse(body) as string[];
  } catch {
    return undefined;
  }
}
