/**
 * Argument parsing shared by every `summit` command. Unknown flags and missing
 * values are usage errors: the CLI prints one line to stderr and exits 2.
 */
import { isSegmenterEngine, SEGMENTER_ENGINES } from '../segmenters';

export class UsageError extends Error {}

export interface CommonOptions {
  /** Print JSON instead of human-readable text. */
  json: boolean;
  /** Segmentation engine id: node-rs-jieba (default) or nodejieba. */
  segmenter: string;
  /** Extra transcript files or folders (repeatable --corpus PATH). */
  corpus: string[];
  /** Leave the bundled summit out (--no-bundled). */
  bundled: boolean;
  /** --limit N */
  limit?: number;
  /** --speaker NAME */
  speaker?: string;
  /** --cache DIR: where the persistent index is kept (default: under the user's cache directory). */
  cacheDir?: string;
  /** --no-cache: build every index in memory and write nothing. */
  noCache: boolean;
  /** Positional words joined by a space (the query or question), or undefined when none were given. */
  text?: string;
}

const VALUE_FLAGS = new Set(['--segmenter', '--corpus', '--limit', '--speaker', '--cache']);
const BOOL_FLAGS = new Set(['--json', '--no-bundled', '--no-cache']);

/** Parses argv after the command name. `allowed` lists the flags the command accepts. */
export function parseOptions(argv: string[], allowed: string[]): CommonOptions {
  const opts: CommonOptions = { json: false, segmenter: 'node-rs-jieba', corpus: [], bundled: true, noCache: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { words.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('--') || arg.length === 2) { words.push(arg); continue; }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!allowed.includes(flag) || (!VALUE_FLAGS.has(flag) && !BOOL_FLAGS.has(flag))) {
      throw new UsageError(`unknown option ${flag}`);
    }
    let value: string | undefined;
    if (VALUE_FLAGS.has(flag)) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    } else if (eq > 0) {
      throw new UsageError(`${flag} takes no value`);
    }
    switch (flag) {
      case '--json': opts.json = true; break;
      case '--no-bundled': opts.bundled = false; break;
      case '--no-cache': opts.noCache = true; break;
      case '--cache': opts.cacheDir = value!; break;
      case '--segmenter':
        if (!isSegmenterEngine(value!)) throw new UsageError(`unknown segmenter "${value}" (choose ${SEGMENTER_ENGINES.join(' or ')})`);
        opts.segmenter = value!;
        break;
      case '--corpus': opts.corpus.push(value!); break;
      case '--speaker': opts.speaker = value!; break;
      case '--limit': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit needs a positive whole number, got "${value}"`);
        opts.limit = n;
        break;
      }
    }
  }
  if (words.length > 0) opts.text = words.join(' ');
  return opts;
}
