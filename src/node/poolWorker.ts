/**
 * A worker of the indexing pool (workerPool.ts; built to dist/poolWorker.js): decodes and
 * parses transcripts, and builds their segments with a segmenter started from the same
 * user dictionary as the main thread's (so its id, and the segments' keys, are the same).
 * Each message is one task; its answer carries the task's number.
 *
 * A transcript parsed for the cache is answered with its summary and its cache entry already
 * serialised (transferred, not cloned), and the parsed corpus stays here, under the parse
 * task's number, until a build task names it: the main thread never holds, copies or
 * serialises its body.
 */
import { parentPort } from 'worker_threads';
import { splitCorpus } from '../core/corpus/lazy';
import type { Corpus } from '../core/model';
import type { Segmenter } from '../core/segmenter';
import { buildCorpusSegment, indexKey } from '../core/search/indexer';
import { curatedForTranscripts } from './bundled';
import { serializeEntry, type EntryParts } from './indexCache';
import { createSegmenter, type UserDictionary } from './segmenters';
import { SHA1_FINGERPRINT } from './fingerprint';
import { cacheEntry, parseBytes } from './transcriptPipeline';
import type { PoolAnswer, PoolTask } from './workerPool';

const segmenters = new Map<string, Promise<Segmenter>>();
/** Corpora parsed here and kept for their build task, by the number of their parse task. */
const retained = new Map<number, Corpus>();

function segmenterFor(engine: string, dict: UserDictionary): Promise<Segmenter> {
  const key = `${engine}|${dict.hash}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = createSegmenter(engine, dict)));
  return s;
}

async function build(task: Extract<PoolTask, { type: 'build' }>): Promise<Uint8Array> {
  const corpus = task.corpus ?? retained.get(task.retained ?? -1);
  if (task.retained !== undefined) retained.delete(task.retained);
  if (!corpus) throw new Error(`the corpus of task ${task.retained} is not kept here`);
  const segmenter = await segmenterFor(task.engine, task.dict);
  if (segmenter.id !== task.segmenterId) throw new Error(`the pool's segmenter is ${segmenter.id}, not ${task.segmenterId}`);
  return buildCorpusSegment(corpus, segmenter, indexKey(segmenter, corpus, task.normalizeDocs, SHA1_FINGERPRINT), task.normalizeDocs);
}

/** Parses; for the cache, answers with the summary and the serialised entry and keeps the corpus for its build task. */
function parse(task: Extract<PoolTask, { type: 'parse' }>): PoolAnswer {
  const parsed = parseBytes(task.src, task.bytes, curatedForTranscripts().curated);
  if (!task.retain || !parsed.corpus) return { n: task.n, ok: true, parsed };
  const entry = serializeEntry(cacheEntry(parsed.corpus, undefined, parsed.encoding, parsed.problems));
  const { summary, counts } = splitCorpus(parsed.corpus);
  retained.set(task.n, parsed.corpus);
  return { n: task.n, ok: true, parsed: { problems: parsed.problems, encoding: parsed.encoding, entry: ownBuffers(entry) }, summary: { corpus: summary, counts } };
}

/** The parts with buffers of their own (a small Buffer is a view of a shared pool, which must not be transferred). */
function ownBuffers(parts: EntryParts): EntryParts {
  const own = (b: Uint8Array) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));
  return { ...parts, summary: own(parts.summary), body: own(parts.body) };
}

async function run(task: PoolTask): Promise<PoolAnswer> {
  try {
    if (task.type === 'parse') return parse(task);
    if (task.type === 'segmenter') {
      await segmenterFor(task.engine, task.dict);
      return { n: task.n, ok: true };
    }
    return { n: task.n, ok: true, segment: await build(task) };
  } catch (err) {
    return { n: task.n, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

function transfers(answer: PoolAnswer): ArrayBuffer[] {
  if (!answer.ok) return [];
  const entry = answer.parsed?.entry;
  const list = [answer.segment?.buffer, entry?.summary.buffer, entry?.body.buffer];
  return list.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

parentPort?.on('message', (task: PoolTask) => {
  void run(task).then((answer) => parentPort?.postMessage(answer, transfers(answer)));
});
