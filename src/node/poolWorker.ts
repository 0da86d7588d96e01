/**
 * A worker of the indexing pool (workerPool.ts; built to dist/poolWorker.js): decodes and
 * parses transcripts, and builds their segments with a segmenter started from the same
 * user dictionary as the main thread's (so its id, and the segments' keys, are the same).
 * Each message is one task; its answer carries the task's number.
 */
import { parentPort } from 'worker_threads';
import type { Corpus } from '../core/model';
import type { Segmenter } from '../core/segmenter';
import { buildCorpusSegment, indexKey } from '../core/search/indexer';
import { curatedForTranscripts } from './bundled';
import { createSegmenter, type UserDictionary } from './segmenters';
import { SHA1_FINGERPRINT } from './fingerprint';
import { parseBytes } from './transcriptPipeline';
import type { PoolAnswer, PoolTask } from './workerPool';

const segmenters = new Map<string, Promise<Segmenter>>();

function segmenterFor(engine: string, dict: UserDictionary): Promise<Segmenter> {
  const key = `${engine}|${dict.hash}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = createSegmenter(engine, dict)));
  return s;
}

async function build(engine: string, dict: UserDictionary, corpus: Corpus, normalizeDocs: boolean, segmenterId: string): Promise<Uint8Array> {
  const segmenter = await segmenterFor(engine, dict);
  if (segmenter.id !== segmenterId) throw new Error(`the pool's segmenter is ${segmenter.id}, not ${segmenterId}`);
  return buildCorpusSegment(corpus, segmenter, indexKey(segmenter, corpus, normalizeDocs, SHA1_FINGERPRINT), normalizeDocs);
}

async function run(task: PoolTask): Promise<PoolAnswer> {
  try {
    if (task.type === 'parse') return { n: task.n, ok: true, parsed: parseBytes(task.src, task.bytes, curatedForTranscripts().curated) };
    const bytes = await build(task.engine, task.dict, task.corpus, task.normalizeDocs, task.segmenterId);
    return { n: task.n, ok: true, segment: bytes };
  } catch (err) {
    return { n: task.n, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (task: PoolTask) => {
  void run(task).then((answer) => {
    parentPort?.postMessage(answer, answer.ok && answer.segment ? [answer.segment.buffer as ArrayBuffer] : []);
  });
});
