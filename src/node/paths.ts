import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The folder holding the bundled corpus (transcript, speakers.json, topics.json, …).
 * Found by walking up from this file, so it works from dist/*.js, from out/src/node/*.js
 * and from an installed .vsix alike. SUMMIT_CORPUS_DIR overrides it.
 */
export function corpusDir(): string {
  if (process.env.SUMMIT_CORPUS_DIR) return process.env.SUMMIT_CORPUS_DIR;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'corpus');
    if (fs.existsSync(path.join(candidate, 'speakers.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the bundled corpus folder (looked upwards from ${__dirname})`);
}

/**
 * Where the CLI keeps its persistent search index by default: `$XDG_CACHE_HOME/summit-search`,
 * else `~/.cache/summit-search` (`%LOCALAPPDATA%\summit-search` on Windows). `--cache DIR`
 * replaces it and `--no-cache` turns it off.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'summit-search');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'summit-search');
  return path.join(os.homedir(), '.cache', 'summit-search');
}

/** The cache folder a CLI command uses: none with --no-cache, else --cache DIR, else the user's. */
export function cliCacheDir(opts: { cacheDir?: string; noCache: boolean }): string | undefined {
  if (opts.noCache) return undefined;
  return opts.cacheDir ? path.resolve(opts.cacheDir) : userCacheDir();
}
