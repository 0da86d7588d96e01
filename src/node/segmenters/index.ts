/** Picks a jieba engine by id; both are loaded with the same user dictionary. */
import type { Segmenter } from '../../core/segmenter';
import { NODEJIEBA, createNodejieba } from './nodejieba';
import { NODE_RS_JIEBA, createNodeRsJieba } from './nodeRsJieba';
import type { UserDictionary } from './userDict';

export type { UserDictionary } from './userDict';
export type SegmenterEngine = 'node-rs-jieba' | 'nodejieba';
export const SEGMENTER_ENGINES: readonly SegmenterEngine[] = [NODE_RS_JIEBA, NODEJIEBA];
export const DEFAULT_SEGMENTER: SegmenterEngine = NODE_RS_JIEBA;

export function isSegmenterEngine(name: string): name is SegmenterEngine {
  return (SEGMENTER_ENGINES as readonly string[]).includes(name);
}

export async function createSegmenter(engine: SegmenterEngine | string, userDict: UserDictionary): Promise<Segmenter> {
  switch (engine) {
    case NODE_RS_JIEBA: return createNodeRsJieba(userDict);
    case NODEJIEBA: return createNodejieba(userDict);
    default:
      throw new Error(`unknown segmenter "${engine}" (choose ${SEGMENTER_ENGINES.join(' or ')})`);
  }
}
