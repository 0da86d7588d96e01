/**
 * The `summit` command (dist/cli.js): a small launcher that runs the CLI bundle (dist/cliMain.js)
 * through a V8 code cache kept in the user's cache folder (`code-cache/` under
 * $XDG_CACHE_HOME/summit-search or ~/.cache/summit-search), so each start skips parsing and
 * compiling megabytes of JavaScript. `--no-cache` (before `--`) and SUMMIT_NO_CODE_CACHE=1 turn it
 * off; SUMMIT_CODE_CACHE_TRACE=1 prints what happened to the cache on stderr (for tests and benches).
 * Each command keeps its own cache (a `search` run compiles other functions than `topics`).
 */
import * as path from 'path';
import { loadBundle, type CodeCacheOutcome } from '../codeCache';
import { userCacheDir } from '../paths';
import { cacheVariant } from './cacheVariant';

function codeCacheDir(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (env.SUMMIT_NO_CODE_CACHE === '1') return undefined;
  const end = argv.indexOf('--');
  if ((end >= 0 ? argv.slice(0, end) : argv).includes('--no-cache')) return undefined;
  return path.join(userCacheDir(env), 'code-cache');
}

const trace = process.env.SUMMIT_CODE_CACHE_TRACE === '1'
  ? (outcome: CodeCacheOutcome) => process.stderr.write(`summit: code cache ${outcome}\n`)
  : undefined;

loadBundle(path.join(__dirname, 'cliMain.js'), {
  cacheDir: codeCacheDir(process.argv.slice(2), process.env),
  variant: cacheVariant(process.argv.slice(2)),
  report: trace,
});
