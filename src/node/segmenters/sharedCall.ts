/**
 * The call both off-thread segmenters make (nodejiebaThread.ts, earlyJieba.ts): the calling
 * thread posts {method, text} to the worker and waits on a control word in shared memory; the
 * worker writes the words as JSON into a SharedArrayBuffer and wakes it with Atomics.notify.
 * The Segmenter interface is synchronous, so the calling thread blocks for the call (a cut's
 * time plus a thread hop), never for the worker's whole start unless it calls before the end.
 */

/** Room for one answer: the JSON of the words of about a million characters of text. */
const ANSWER_BYTES = 16 * 1024 * 1024;
/** Control words: [state, byteLength]; state 0 = waiting, 1 = answer ready, 2 = error. */
const STATE = 0;
const LENGTH = 1;

export interface SharedCall {
  control: Int32Array;
  answer: Uint8Array;
}

/** The shared memory of one worker's calls (its buffers go to the worker in workerData). */
export function sharedCallMemory(): SharedCall {
  return { control: new Int32Array(new SharedArrayBuffer(8)), answer: new Uint8Array(new SharedArrayBuffer(ANSWER_BYTES)) };
}

/**
 * The worker's side, as source text for a worker evaluated from source: answers every message
 * with the words `wordsBody` (statements of a function of `method` and `text`) returns. The
 * worker's source defines what the body uses; workerData must carry `control` and `answer`.
 */
export function answerSource(wordsBody: string): string {
  return `
const control = new Int32Array(workerData.control);
const answer = new Uint8Array(workerData.answer);
const encoder = new TextEncoder();
const wordsOf = (method, text) => { ${wordsBody} };
parentPort.on('message', ({ method, text }) => {
  let bytes;
  let state = 1;
  try {
    bytes = encoder.encode(JSON.stringify(wordsOf(method, text)));
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
}

export type CallOutcome = { words: string[] } | { error: string } | { timedOut: true };

const decoder = new TextDecoder();

/** One call: posts the text, waits up to `timeoutMs` for the worker's answer. */
export function callShared(call: SharedCall, post: (message: { method: string; text: string }) => void, method: string, text: string, timeoutMs: number): CallOutcome {
  const { control, answer } = call;
  Atomics.store(control, STATE, 0);
  post({ method, text });
  if (Atomics.wait(control, STATE, 0, timeoutMs) === 'timed-out') return { timedOut: true };
  // Copied out of shared memory: TextDecoder does not read SharedArrayBuffer views.
  const body = decoder.decode(answer.slice(0, Atomics.load(control, LENGTH)));
  if (Atomics.load(control, STATE) === 2) return { error: body };
  try {
    return { words: JSON.parse(body) as string[] };
  } catch {
    return { error: 'the worker answered with something that is not a word list' };
  }
}
