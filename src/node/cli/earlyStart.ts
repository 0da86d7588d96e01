/**
 * What the launcher starts before it loads the CLI bundle: for a one-shot `search` or `ask`
 * with the default segmenter, jieba with corpus/userdict.txt (the dictionary every run uses:
 * summit.ts sharedUserDictionary), on a thread of its own (segmenters/earlyJieba.ts). Any
 * other run starts nothing here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir } from '../paths';
import { startEarlyJieba } from '../segmenters/earlyJieba';
import { lexiconDir } from '../segmenters/lexiconFile';
import { hasPositional } from './flags';

const EARLY_COMMANDS: readonly string[] = ['search', 'ask'];

/**
 * Whether these arguments ask for one answer (a query or question on the command line; a
 * JSON Lines session on standard input starts its segmenter on its own thread, as its every
 * call should be answered there) that segments with the default engine.
 */
export function startsJiebaEarly(argv: readonly string[]): boolean {
  if (!EARLY_COMMANDS.includes(argv[0] ?? '')) return false;
  const end = argv.indexOf('--');
  const args = end >= 0 ? argv.slice(1, end) : argv.slice(1);
  if (args.some((a) => a.startsWith('--segmenter') || a === '--help' || a === '-h')) return false;
  return end >= 0 && end < argv.length - 1 ? true : hasPositional(args);
}

/** Starts jieba early when these arguments will need it (never throws: a failure only means it starts later). */
export function startSegmenterEarly(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  if (env.SUMMIT_EARLY_SEGMENTER === '0' || !startsJiebaEarly(argv)) return;
  // With jieba's dictionary file the query is cut without jieba (segmenters/quickJieba.ts): a
  // thread building it would only take the core the command runs on.
  if (lexiconDir() !== undefined) return;
  try {
    startEarlyJieba(fs.readFileSync(path.join(corpusDir(), 'userdict.txt'), 'utf8'));
  } catch {
    // no dictionary to start with: the CLI builds its segmenter when it needs it
  }
}
