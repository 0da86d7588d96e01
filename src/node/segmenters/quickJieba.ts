/**
 * The default segmenter for a process that answers queries (the CLI, the extension host):
 * short texts — queries, questions, the sentences a result shows — are cut in TypeScript over
 * jieba's dictionary opened from dist/jieba (core/jieba, lexiconFile.ts), which gives the same
 * words as @node-rs/jieba; longer texts, and every text once @node-rs/jieba has been loaded for
 * one, go to @node-rs/jieba. A query is then answered without waiting 150–600 ms for jieba to
 * build its dictionary, and a process that only queries never builds it.
 *
 * Without a usable dist/jieba (missing, damaged, or made from another @node-rs/jieba than the
 * installed one) every cut goes to @node-rs/jieba, as before.
 */
import * as fs from 'fs';
import { JiebaCut } from '../../core/jieba/cut';
import type { HmmModel } from '../../core/jieba/lexicon';
import type { Segmenter } from '../../core/segmenter';
import { lexiconDir, openHmm, openLexicon } from './lexiconFile';
import { nodeRsJiebaVersion } from './nodeRsJieba';
import type { UserDictionary } from './userDict';

/**
 * Texts up to this many UTF-16 units are cut here while @node-rs/jieba is not loaded (the
 * TypeScript cut takes about 1 µs a character, jieba-rs about 0.2 µs: a query or a shown
 * sentence costs well under a millisecond, a transcript's worth would not).
 */
export const QUICK_MAX_UNITS = 400;

/** A surrogate without its pair (jieba-rs sees U+FFFD there: such a text goes to it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The lexicon's cutter with this user dictionary, or undefined when it cannot be used. */
function openCutter(userDict: UserDictionary): JiebaCut | undefined {
  const dir = lexiconDir();
  if (!dir) return undefined;
  let dictBytes: number;
  try {
    dictBytes = fs.statSync(require.resolve('@node-rs/jieba/dict.txt')).size;
  } catch {
    return undefined;
  }
  const lexicon = openLexicon(dir, userDict.text, { version: nodeRsJiebaVersion(), dictBytes });
  if (!lexicon) return undefined;
  let model: HmmModel | undefined;
  const hmm = (): HmmModel => {
    model ??= openHmm(dir);
    if (!model) throw new Error('jieba\'s HMM model (dist/jieba/hmm.json) could not be read');
    return model;
  };
  return new JiebaCut(lexicon, hmm);
}

/**
 * A segmenter with the id of @node-rs/jieba with this user dictionary (`id`) that cuts short
 * texts here and the rest with `native()`, built on first need. Undefined when the lexicon
 * cannot be used.
 */
export function quickJieba(userDict: UserDictionary, id: string, native: () => Segmenter): Segmenter | undefined {
  const cutter = openCutter(userDict);
  if (!cutter) return undefined;
  let loaded: Segmenter | undefined;
  let quick: JiebaCut | undefined = cutter;
  const engine = (text: string): Segmenter | JiebaCut => {
    if (loaded) return loaded;
    if (quick && text.length <= QUICK_MAX_UNITS && !LONE_SURROGATE.test(text)) return quick;
    loaded = native();
    quick = undefined;
    return loaded;
  };
  const cutWith = (text: string, search: boolean): string[] => {
    if (text === '') return [];
    const e = engine(text);
    if (e !== cutter) return search ? e.cutForSearch(text) : e.cut(text);
    try {
      return search ? cutter.cutForSearch(text) : cutter.cut(text);
    } catch {
      quick = undefined; // the HMM model could not be read: @node-rs/jieba answers from now on
      return cutWith(text, search);
    }
  };
  return { id, cut: (text) => cutWith(text, false), cutForSearch: (text) => cutWith(text, true) };
}
