/**
 * The alternative segmenter: nodejieba (cppjieba), an optional dependency. Loaded
 * lazily; it blocks its thread for seconds while reading its 14 MB dictionaries.
 *
 * nodejieba holds ONE global dictionary per process and reads the user dictionary
 * from a file. Each Segmenter remembers its dictionary and reloads it if another
 * nodejieba segmenter loaded a different one in between, so a segmenter's tokens
 * always match its id.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Segmenter } from '../../core/segmenter';
import { USE_HMM, type UserDictionary } from './userDict';

interface NodeJiebaModule {
  load(opts?: { userDict?: string }): unknown;
  cut(sentence: string, hmm?: boolean): string[];
  cutForSearch(sentence: string, hmm?: boolean): string[];
}

export const NODEJIEBA = 'nodejieba';

let loadedHash: string | undefined;

function unavailable(err: unknown): Error {
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new Error(
    `the segmenter ${NODEJIEBA} is not available (${detail}). It is an optional native dependency: ` +
    `install it with "npm_config_yes=true npm install nodejieba", or use the default segmenter node-rs-jieba.`,
  );
}

/** The installed module's version; throws the "not available" message when it is missing. */
export function nodejiebaVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
    return (require('nodejieba/package.json') as { version: string }).version;
  } catch (err) {
    throw unavailable(err);
  }
}

/** Absolute path of the module's entry, for loading it on another thread. */
export function resolveNodejieba(): string {
  try {
    return require.resolve('nodejieba');
  } catch (err) {
    throw unavailable(err);
  }
}

function loadModule(): { mod: NodeJiebaModule; version: string } {
  const version = nodejiebaVersion();
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
    return { mod: require('nodejieba') as NodeJiebaModule, version };
  } catch (err) {
    throw unavailable(err);
  }
}

/** Writes the user dictionary where cppjieba can read it (a file named by its hash). */
export function userDictFile(userDict: UserDictionary): string {
  const digest = crypto.createHash('sha256').update(userDict.text).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), `summit-userdict-${digest}.utf8`);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== userDict.text) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, userDict.text, 'utf8');
    fs.renameSync(tmp, file);
  }
  return file;
}

export async function createNodejieba(userDict: UserDictionary): Promise<Segmenter> {
  const { mod, version } = loadModule();
  const file = userDictFile(userDict);
  const ensure = () => {
    if (loadedHash !== userDict.hash) {
      mod.load({ userDict: file });
      loadedHash = userDict.hash;
    }
  };
  ensure();
  return {
    id: `${NODEJIEBA}@${version}+dict:${userDict.hash}`,
    cut: (text: string) => { if (text === '') return []; ensure(); return mod.cut(text, USE_HMM); },
    cutForSearch: (text: string) => { if (text === '') return []; ensure(); return mod.cutForSearch(text, USE_HMM); },
  };
}
