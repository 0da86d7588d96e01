/**
 * A worker of the indexing pool (workerPool.ts; built to dist/poolWorker.js): decodes and
 * parses transcripts, and builds their segments with a segmenter started from the same
 * user dictionary as the main thread's (so its id, and the segments' keys, are the same).
 * Each message is one task; its answer carries the task's number.
 *
 * A transcript parsed for the cache is answered with its summary and its cache entry already
 * serialised (transferred, not cloned), and a copy of the entry's body bytes stays here, under
 * the parse task's number, until a build task names it: the main thread never holds, copies or
 * serialises the body. (Bytes rather than the parsed objects: kept outside the JavaScript heap,
 * they cost no garbage-collection work and do not make the heap grow — about 150 MB less at
 * the peak of a hundred reports — for a JSON.parse of each when it is built.)
 */
import { parentPort } from 'worker_threads';
import { lazyCorpus, splitCorpus, type CorpusBody, type CorpusCounts, type CorpusSummary } from '../core/corpus/lazy';
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
/** Transcripts parsed here and kept for their build task (summary and body bytes), by the number of their parse task. */
const retained = new Map<number, { summary: CorpusSummary; counts: CorpusCounts; body: Uint8Array }>();

function segmenterFor(engine: string, dict: UserDictionary): Promise<Segmenter> {
  const key = `${engine}|${dict.hash}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = createSegmenter(engine, dict)));
  return s;
}

async function build(task: Extract<PoolTask, { type: 'build' }>): Promise<Uint8Array> {
  const corpus = task.corpus ?? keptCorpus(task.retained);
  if (task.retained !== undefined) retained.delete(task.retained);
  if (!corpus) throw new Error(`the corpus of task ${task.retained} is not kept here`);
  const segmenter = await segmenterFor(task.engine, task.dict);
  if (segmenter.id !== task.segmenterId) throw new Error(`the pool's segmenter is ${segmenter.id}, not ${task.segmenterId}`);
  return buildCorpusSegment(corpus, segmenter, indexKey(segmenter, corpus, task.normalizeDocs, SHA1_FINGERPRINT), task.normalizeDocs);
}

/** A kept transcript as a corpus (the body parsed from its bytes when read, as on the main thread). */
function keptCorpus(n: number | undefined): Corpus | undefined {
  const kept = n === undefined ? undefined : retained.get(n);
  if (!kept) return undefined;
  const body = kept.body;
  return lazyCorpus(kept.summary, kept.counts, () => JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) as CorpusBody);
}

/** Parses; for the cache, answers with the summary and the serialised entry and keeps the body bytes for its build task. */
function parse(task: Extract<PoolTask, { type: 'parse' }>): PoolAnswer {
  const parsed = parseBytes(task.src, task.bytes, curatedForTranscripts().curated);
  if (!task.retain || !parsed.corpus) return { n: task.n, ok: true, parsed };
  const entry = serializeEntry(cacheEntry(parsed.corpus, undefined, parsed.encoding, parsed.problems));
  const { summary, counts } = splitCorpus(parsed.corpus);
  retained.set(task.n, { summary, counts, body: new Uint8Array(entry.body) });
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
