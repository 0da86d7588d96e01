/**
 * A worker of the indexing pool (workerPool.ts; built to dist/poolWorker.js): decodes and
 * parses transcripts, and builds their segments with a segmenter started from the same
 * user dictionary as the main thread's (so its id, and the segments' keys, are the same).
 * Each message is one task; its answer carries the task's number.
 *
 * A transcript parsed for the cache (`keep`) is answered with its summary and its cache entry
 * already serialised: the summary's bytes transferred, the body's in a SharedArrayBuffer that
 * the main thread writes to the cache and hands back, as is, to whichever worker builds the
 * segment, which parses the body from it. The main thread never clones, copies or serialises
 * the body. (Bytes rather than the parsed objects: outside the JavaScript heap they cost no
 * garbage-collection work and do not make a heap grow — keeping the parsed objects instead,
 * in the worker that parsed them, made the peak RSS of a hundred reports about 150 MB higher —
 * for a JSON.parse of each body when its segment is built.)
 */
import { parentPort } from 'worker_threads';
import { lazyCorpus, splitCorpus } from '../core/corpus/lazy';
import type { Corpus } from '../core/model';
import type { Segmenter } from '../core/segmenter';
import { SCAN_ALWAYS_MAX_DOCS, buildCorpusSegment, documentCount, indexKey } from '../core/search/indexer';
import { curatedForTranscripts } from './bundled';
import { serializeEntry, type EntryParts } from './indexCache';
import { createSegmenter, type UserDictionary } from './segmenters';
import { SHA1_FINGERPRINT } from './fingerprint';
import { NATIVE_CHECKSUM } from './segmentFile';
import { cacheEntry, parseBytes } from './transcriptPipeline';
import { bodyFrom, type KeptTranscript, type PoolAnswer, type PoolTask, type SegmentWanted } from './workerPool';

const segmenters = new Map<string, Promise<Segmenter>>();

function segmenterFor(engine: string, dict: UserDictionary): Promise<Segmenter> {
  const key = `${engine}|${dict.hash}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = createSegmenter(engine, dict)));
  return s;
}

async function build(task: Extract<PoolTask, { type: 'build' }>): Promise<Uint8Array> {
  const corpus = task.corpus ?? (task.kept && keptCorpus(task.kept));
  if (!corpus) throw new Error('a build task without a transcript');
  const segmenter = await segmenterFor(task.engine, task.dict);
  if (segmenter.id !== task.segmenterId) throw new Error(`the pool's segmenter is ${segmenter.id}, not ${task.segmenterId}`);
  return segmentWith(segmenter, corpus, task.normalizeDocs);
}

/** A corpus's segment under the key the main thread's engine gives it. */
function segmentWith(segmenter: Segmenter, corpus: Corpus, normalizeDocs: boolean): Uint8Array {
  return buildCorpusSegment(corpus, segmenter, indexKey(segmenter, corpus, normalizeDocs, SHA1_FINGERPRINT), normalizeDocs, NATIVE_CHECKSUM);
}

/** A kept transcript as a corpus (its body parsed from the bytes when read, as on the main thread). */
function keptCorpus(kept: KeptTranscript): Corpus {
  return lazyCorpus(kept.summary, kept.counts, bodyFrom(kept.body));
}

/**
 * Parses; for the cache, answers with the summary and the serialised entry, its body in shared
 * memory; with `segment`, with the transcript's segment too, built from the corpus just parsed.
 */
async function parse(task: Extract<PoolTask, { type: 'parse' }>): Promise<PoolAnswer> {
  const parsed = parseBytes(task.src, task.bytes, curatedForTranscripts().curated);
  if (!task.keep || !parsed.corpus) return { n: task.n, ok: true, parsed };
  const entry = serializeEntry(cacheEntry(parsed.corpus, undefined, parsed.encoding, parsed.problems));
  const { summary, counts } = splitCorpus(parsed.corpus);
  const segment = task.segment && await ownSegment(parsed.corpus, task.segment);
  return { n: task.n, ok: true, parsed: { problems: parsed.problems, encoding: parsed.encoding, entry: forTransfer(entry) }, summary: { corpus: summary, counts }, segment };
}

/** A transcript's segment, as the main thread's engine (with its default settings) would build it. */
async function ownSegment(corpus: Corpus, wanted: SegmentWanted): Promise<Uint8Array> {
  return segmentWith(await segmenterFor(wanted.engine, wanted.dict), corpus, documentCount(corpus) <= SCAN_ALWAYS_MAX_DOCS);
}

/** The parts as they are sent: the summary in a buffer of its own (a small Buffer is a view of a shared pool, which must not be transferred), the body in shared memory. */
function forTransfer(parts: EntryParts): EntryParts {
  const own = (b: Uint8Array) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));
  const body = new Uint8Array(new SharedArrayBuffer(parts.body.byteLength));
  body.set(parts.body);
  return { ...parts, summary: own(parts.summary), body };
}

async function run(task: PoolTask): Promise<PoolAnswer> {
  try {
    if (task.type === 'parse') return await parse(task);
    if (task.type === 'segmenter') {
      await segmenterFor(task.engine, task.dict);
      return { n: task.n, ok: true };
    }
    return { n: task.n, ok: true, segment: await build(task) };
  } catch (err) {
    return { n: task.n, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The buffers an answer moves rather than copies (shared memory is neither). */
function transfers(answer: PoolAnswer): ArrayBuffer[] {
  if (!answer.ok) return [];
  const list = [answer.segment?.buffer, answer.parsed?.entry?.summary.buffer];
  return list.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

parentPort?.on('message', (task: PoolTask) => {
  void run(task).then((answer) => parentPort?.postMessage(answer, transfers(answer)));
});
