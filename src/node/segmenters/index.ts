/** Picks a jieba engine by id; both are loaded with the same user dictionary. */
import type { Segmenter } from '../../core/segmenter';
import { NODEJIEBA, createNodejieba } from './nodejieba';
import { createNodejiebaThread } from './nodejiebaThread';
import { adoptEarlyJieba } from './earlyJieba';
import { NODE_RS_JIEBA, createNodeRsJieba, loadNodeRsJieba, nodeRsJiebaId } from './nodeRsJieba';
import { quickJieba } from './quickJieba';
import type { UserDictionary } from './userDict';

export type { UserDictionary } from './userDict';
export type SegmenterEngine = 'node-rs-jieba' | 'nodejieba';
export const SEGMENTER_ENGINES: readonly SegmenterEngine[] = [NODE_RS_JIEBA, NODEJIEBA];
export const DEFAULT_SEGMENTER: SegmenterEngine = NODE_RS_JIEBA;

export function isSegmenterEngine(name: string): name is SegmenterEngine {
  return (SEGMENTER_ENGINES as readonly string[]).includes(name);
}

export interface SegmenterOptions {
  /**
   * Keep this thread free while an engine that blocks for seconds starts (nodejieba): it is
   * loaded on a worker thread and called through shared memory. For the extension host.
   */
  offThread?: boolean;
  /**
   * Cut short texts (queries, shown sentences) over jieba's dictionary file without starting
   * @node-rs/jieba (quickJieba.ts): for a process that answers queries, not for an indexing worker.
   */
  quick?: boolean;
}

export async function createSegmenter(engine: SegmenterEngine | string, userDict: UserDictionary, options: SegmenterOptions = {}): Promise<Segmenter> {
  switch (engine) {
    // The launcher may have started it already, on a thread of its own (earlyJieba.ts).
    case NODE_RS_JIEBA: return nodeRsJieba(userDict, options.quick === true);
    case NODEJIEBA: return options.offThread ? createNodejiebaThread(userDict) : createNodejieba(userDict);
    default:
      throw new Error(`unknown segmenter "${engine}" (choose ${SEGMENTER_ENGINES.join(' or ')})`);
  }
}

/** @node-rs/jieba: the quick cutter in front of it when asked for, then the one the launcher started, else one built here. */
function nodeRsJieba(userDict: UserDictionary, quick: boolean): Segmenter | Promise<Segmenter> {
  const own = { id: nodeRsJiebaId(userDict), load: () => loadNodeRsJieba(userDict) };
  if (quick) {
    const front = quickJieba(userDict, own.id, () => adoptEarlyJieba(userDict, own) ?? own.load());
    if (front) return front;
  }
  return adoptEarlyJieba(userDict, own) ?? createNodeRsJieba(userDict);
}
