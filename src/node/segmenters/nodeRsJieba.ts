/**
 * The default segmenter: @node-rs/jieba (jieba-rs through napi-rs), with jieba's
 * stock dictionary plus the summit's user dictionary. Starts in ~0.15 s.
 */
import type { Segmenter } from '../../core/segmenter';
import { USE_HMM, type UserDictionary } from './userDict';

interface JiebaInstance {
  loadDict(dict: Uint8Array): void;
  cut(sentence: string, hmm?: boolean): string[];
  cutForSearch(sentence: string, hmm?: boolean): string[];
}

export const NODE_RS_JIEBA = 'node-rs-jieba';

export function nodeRsJiebaVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
  return (require('@node-rs/jieba/package.json') as { version: string }).version;
}

/** The id of the segmenter with this user dictionary (in every segment's key). */
export function nodeRsJiebaId(userDict: UserDictionary): string {
  return `${NODE_RS_JIEBA}@${nodeRsJiebaVersion()}+dict:${userDict.hash}`;
}

export async function createNodeRsJieba(userDict: UserDictionary): Promise<Segmenter> {
  return loadNodeRsJieba(userDict);
}

/** The segmenter, built on this thread now (its dictionary takes 150–300 ms of this thread). */
export function loadNodeRsJieba(userDict: UserDictionary): Segmenter {
  let mod: { Jieba: { withDict(dict: Uint8Array): JiebaInstance } };
  let dict: Uint8Array;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
    mod = require('@node-rs/jieba');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily / optional module
    dict = (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  } catch (err) {
    throw new Error(`the segmenter ${NODE_RS_JIEBA} could not be loaded (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); reinstall the package @node-rs/jieba`);
  }
  const jieba = mod.Jieba.withDict(dict);
  if (userDict.text.trim() !== '') jieba.loadDict(Buffer.from(userDict.text, 'utf8'));
  const id = nodeRsJiebaId(userDict);
  return {
    id,
    cut: (text: string) => (text === '' ? [] : jieba.cut(text, USE_HMM)),
    cutForSearch: (text: string) => (text === '' ? [] : jieba.cutForSearch(text, USE_HMM)),
  };
}
