import * as fs from 'fs';
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
