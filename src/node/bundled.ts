/**
 * The bundled summit: reads corpus/summit-2017.txt and the curated files next to it
 * (speakers.json, topics.json, event.json), validates them and hands them to the core parser.
 */
import * as fs from 'fs';
import * as path from 'path';
import { splitCorpus } from '../core/corpus/lazy';
import type { Corpus } from '../core/model';
import { buildUserDictionary, type UserDictionary } from '../core/corpus/dictionary';
import { parseReport } from '../core/corpus/reportParser';
import { parseJson, validateEventFile, validateSpeakersFile, validateTopicsFile, type CuratedData } from '../core/corpus/schema';
import { sourceFingerprint } from './fingerprint';
import { IndexCache, TRANSCRIPTS_DIR, cacheKey } from './indexCache';
import { PARSED_ONLY } from './transcriptPipeline';
import { corpusDir } from './paths';

export const BUNDLED_ID = 'bundled:summit-2017';
export const BUNDLED_FILE = 'corpus/summit-2017.txt';

function readJson(dir: string, name: string): unknown {
  return parseJson(fs.readFileSync(path.join(dir, name), 'utf8'), name);
}

/** Reads and validates speakers.json, topics.json and event.json; throws CorpusDataError naming file and field. */
export function loadCuratedData(dir: string = corpusDir()): Required<CuratedData> {
  const speakers = validateSpeakersFile(readJson(dir, 'speakers.json'), 'speakers.json');
  const { topics, terms } = validateTopicsFile(readJson(dir, 'topics.json'), 'topics.json');
  const event = validateEventFile(readJson(dir, 'event.json'), 'event.json');
  return { speakers, topics, terms, event };
}

let forTranscripts: { curated: CuratedData; problem?: string } | undefined;

/**
 * The curated data other transcripts are parsed with: the topic tree, the segmenter terms and the
 * speakers (to enrich people found by name), never the bundled event. Read once per process;
 * when the files cannot be read, no data and the reason (transcripts are then not topic-tagged).
 */
export function curatedForTranscripts(): { curated: CuratedData; problem?: string } {
  if (!forTranscripts) {
    try {
      const c = loadCuratedData();
      forTranscripts = { curated: { topics: c.topics, terms: c.terms, speakers: c.speakers } };
    } catch (err) {
      forTranscripts = { curated: {}, problem: err instanceof Error ? err.message : String(err) };
    }
  }
  return forTranscripts;
}

let cached: Corpus | undefined;

function readBundledText(root: string): string {
  return fs.readFileSync(path.join(root, 'summit-2017.txt'), 'utf8').replace(/^\ufeff/, '');
}

function parseBundled(text: string, curated: Required<CuratedData>): Corpus {
  const corpus = parseReport(text, { id: BUNDLED_ID, file: BUNDLED_FILE, curated });
  corpus.fingerprint = sourceFingerprint(text, curated);
  return corpus;
}

/** The parsed bundled transcript, enriched with the curated data (parsed once per process). */
export function loadBundledCorpus(dir?: string): Corpus {
  if (cached && !dir) return cached;
  const root = dir ?? corpusDir();
  const corpus = parseBundled(readBundledText(root), loadCuratedData(root));
  if (!dir) cached = corpus;
  return corpus;
}

/**
 * The bundled transcript through the transcript cache in `cacheDir` (keyed by the fingerprint of
 * its text and curated files): a warm start reads its summary instead of parsing it, and its
 * passages only when something reads them. Falls back to parsing when the cache cannot be used.
 */
export async function loadBundledCorpusCached(cacheDir: string): Promise<Corpus> {
  if (cached) return cached;
  const root = corpusDir();
  const text = readBundledText(root);
  const curated = loadCuratedData(root);
  const cache = new IndexCache(path.join(cacheDir, TRANSCRIPTS_DIR));
  const key = cacheKey(BUNDLED_ID, text.length, 0, sourceFingerprint(text, curated), PARSED_ONLY);
  const read = await cache.read(key, () => splitCorpus(parseBundled(text, curated)).body).catch(() => undefined);
  if (read?.hit && read.entry.corpus.id === BUNDLED_ID) return (cached = read.entry.corpus);
  const corpus = parseBundled(text, curated);
  await cache.write(key, { corpus }).catch(() => undefined); // a cache that cannot be written only costs the next start a parse
  return (cached = corpus);
}

/** The segmenter user dictionary of the bundled corpus — what corpus/userdict.txt must contain. */
export function bundledUserDictionary(dir?: string): UserDictionary {
  const root = dir ?? corpusDir();
  const corpus = loadBundledCorpus(dir);
  return buildUserDictionary(corpus.speakers, corpus.topics, loadCuratedData(root).terms);
}
