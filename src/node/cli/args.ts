/**
 * Argument parsing shared by every `summit` command, on node:util parseArgs. Unknown flags
 * (long or short: `-x` is not a query word), missing values and out-of-range numbers are usage
 * errors: the CLI prints one line to stderr and exits 2. Words not starting with `-` (and
 * everything after `--`) are the query or question.
 */
import { VALUE_FLAG_LIST } from './flags';
import { parseArgs } from 'node:util';
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

const VALUE_FLAGS = new Set(VALUE_FLAG_LIST);
const BOOL_FLAGS = new Set(['--json', '--no-bundled', '--no-cache']);
/** The range of --limit: at least one result, and no more than anyone reads (or the engine should rank). */
export const LIMIT_RANGE = { min: 1, max: 1000 } as const;

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Parses argv after the command name. `allowed` lists the flags the command accepts. */
export function parseOptions(argv: string[], allowed: string[]): CommonOptions {
  const known = allowed.filter((f) => VALUE_FLAGS.has(f) || BOOL_FLAGS.has(f));
  const options = Object.fromEntries(known.map((f) => [f.slice(2), { type: VALUE_FLAGS.has(f) ? 'string' as const : 'boolean' as const }]));
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const opts: CommonOptions = { json: false, segmenter: 'node-rs-jieba', corpus: [], bundled: true, noCache: false };
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    else if (token.kind === 'option') applyOption(opts, token, known);
  }
  if (words.length > 0) opts.text = words.join(' ');
  return opts;
}

function applyOption(opts: CommonOptions, token: Extract<Token, { kind: 'option' }>, known: string[]): void {
  const flag = token.rawName;
  if (!flag.startsWith('--') || !known.includes(flag)) throw new UsageError(`unknown option ${flag}`);
  const value = token.value;
  if (VALUE_FLAGS.has(flag)) {
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
  } else if (value !== undefined) {
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
    case '--limit': opts.limit = parseLimit(value!); break;
  }
}

/** A whole number written in digits, within LIMIT_RANGE (1e9, 2.5, -1, 0x10 and abc are refused). */
export function parseLimit(value: string): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(n >= LIMIT_RANGE.min)) throw new UsageError(`--limit needs a positive whole number, got "${value}"`);
  if (n > LIMIT_RANGE.max) throw new UsageError(`--limit is at most ${LIMIT_RANGE.max}, got "${value}"`);
  return n;
}
