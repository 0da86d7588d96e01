/**
 * A `summit` command run in this process (launcher.ts decides): jieba started early on a
 * thread of its own, then the CLI bundle (dist/cliMain.js) loaded through a V8 code cache
 * kept in the user's cache folder (`code-cache/` under $XDG_CACHE_HOME/summit-search or
 * ~/.cache/summit-search), so each start skips parsing and compiling megabytes of JavaScript.
 * `--no-cache` (before `--`) and SUMMIT_NO_CODE_CACHE=1 turn the code cache off;
 * SUMMIT_CODE_CACHE_TRACE=1 prints what happened to it on stderr (for tests and benches).
 * Each command keeps its own cache (a `search` run compiles other functions than `topics`).
 * Loaded only when the command is not answered by the resident server.
 */
import * as path from 'path';
import * as v8 from 'v8';
import { loadBundle, type CodeCacheOutcome } from '../codeCache';
import { userCacheDir } from '../paths';
import { cacheVariant } from './cacheVariant';
import { startSegmenterEarly } from './earlyStart';

function codeCacheDir(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (env.SUMMIT_NO_CODE_CACHE === '1') return undefined;
  const end = argv.indexOf('--');
  if ((end >= 0 ? argv.slice(0, end) : argv).includes('--no-cache')) return undefined;
  return path.join(userCacheDir(env), 'code-cache');
}

const trace = process.env.SUMMIT_CODE_CACHE_TRACE === '1'
  ? (outcome: CodeCacheOutcome) => process.stderr.write(`summit: code cache ${outcome}\n`)
  : undefined;

/**
 * How much bytecode a function runs before V8 considers optimising it (V8 11's default is
 * 67,584). A JSON Lines session answers its first hundred queries while V8 optimises the
 * query path; on two cores TurboFan's background compiles then take the core an answer
 * needs, and answers that take 1-2 ms take 5 ms (3-9 spikes of ~5 ms per 14 queries in
 * rounds 1-9, none after). With nine times the budget only the hottest functions are
 * optimised: in twelve paired sessions over 100 reports, the p95 of repeated queries fell
 * from a median of 7.0 ms to 3.0 ms, with the same first answer, one-command time and
 * steady per-query time. Set before the bundle is loaded, so every function it creates gets it.
 */
const INTERRUPT_BUDGET = 600_000;
v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

/** Runs the command in this process: jieba started early, then the CLI bundle through the code cache. */
export function runHere(argv: string[]): void {
  // jieba's dictionary is built on another thread while this one loads the bundle and opens the index.
  startSegmenterEarly(argv);
  loadBundle(path.join(__dirname, 'cliMain.js'), {
    cacheDir: codeCacheDir(argv, process.env),
    variant: cacheVariant(argv),
    report: trace,
  });
}
