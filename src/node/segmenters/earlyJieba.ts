/**
 * node-rs-jieba started before the CLI needs it, on a thread of its own.
 *
 * Building jieba's dictionary (Jieba.withDict) takes 150–300 ms of one core, and a one-shot
 * `summit search` used to spend them on its main thread before its first cut. The launcher
 * (cli/launcher.ts) calls `startEarlyJieba` with the bundled user dictionary before it even
 * loads the CLI bundle: a worker builds the dictionary while the main thread loads its code
 * and opens the index. `adoptEarlyJieba` (createSegmenter) then answers with a segmenter whose
 * calls go to that worker through shared memory (sharedCall.ts, as nodejiebaThread.ts does for
 * nodejieba) — a call blocks only until the dictionary is ready.
 *
 * The same module, dictionary and user dictionary give the same words and the same id, so
 * segments built either way are interchangeable. A call through the worker costs more than
 * one here, so once the work is more than a few queries' worth (OWN_AFTER_EXTRA_MS), or if the
 * worker fails, the main thread builds its own instance and uses it from then on. A
 * dictionary other than the one started with is never adopted (the worker is stopped).
 */
import { Worker } from 'worker_threads';
import type { Segmenter } from '../../core/segmenter';
import { answerSource, callShared, sharedCallMemory, type SharedCall } from './sharedCall';
import { USE_HMM, type UserDictionary } from './userDict';

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

const KEY = Symbol.for('summit-search.earlyJieba');

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
let jieba;
let failure;
try {
  const { Jieba } = require(workerData.modulePath);
  jieba = Jieba.withDict(require(workerData.dictPath).dict);
  if (workerData.userDict.trim() !== '') jieba.loadDict(Buffer.from(workerData.userDict, 'utf8'));
} catch (err) {
  failure = String(err && err.message || err);
}
${answerSource('if (failure) throw new Error(failure); return jieba[method](text, workerData.hmm);')}`;

interface Early {
  userDict: string;
  worker: Worker;
  memory: SharedCall;
  /** The worker has stopped (told between calls; a call never waits on a stopped worker). */
  stopped: boolean;
}

type Holder = { [KEY]?: Early };

/** Starts building jieba's dictionary with this user dictionary on a worker (never throws: a failure only means no early start). */
export function startEarlyJieba(userDict: string): void {
  try {
    const memory = sharedCallMemory();
    const workerData = {
      modulePath: require.resolve('@node-rs/jieba'), dictPath: require.resolve('@node-rs/jieba/dict'),
      userDict, hmm: USE_HMM, control: memory.control.buffer, answer: memory.answer.buffer,
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    const early: Early = { userDict, worker, memory, stopped: false };
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

/** One call answered by the worker, or undefined when it cannot answer (it failed, stopped or timed out). */
function remoteCall(early: Early, method: 'cut' | 'cutForSearch', text: string): string[] | undefined {
  if (early.stopped) return undefined;
  try {
    const out = callShared(early.memory, (m) => early.worker.postMessage(m), method, text, CALL_TIMEOUT_MS);
    return 'words' in out ? out.words : undefined;
  } catch {
    return undefined; // the worker could not be posted to
  }
}
