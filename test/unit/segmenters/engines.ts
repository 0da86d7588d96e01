/**
 * Shared by the tests that run over both segmentation engines. A segmenter is created
 * once per (engine, dictionary) and reused: nodejieba takes seconds to load.
 * nodejieba is an optional dependency but installed in this project: if it cannot be
 * loaded the tests FAIL with the loader's message (they are never skipped).
 */
import type { Segmenter } from '../../../src/core/segmenter';
import { createSegmenter, SEGMENTER_ENGINES, type SegmenterEngine, type UserDictionary } from '../../../src/node/segmenters';

export const ENGINES: readonly SegmenterEngine[] = SEGMENTER_ENGINES;

const cache = new Map<string, Promise<Segmenter>>();

export function segmenterFor(engine: SegmenterEngine, dict: UserDictionary): Promise<Segmenter> {
  const key = `${engine}|${dict.hash}`;
  let p = cache.get(key);
  if (!p) {
    p = createSegmenter(engine, dict);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** The 15 people of the summit and the domain terms jieba's stock dictionary splits. */
export const SUMMIT_NAMES = ['谢桦', '刘喻', '孙杨', '席与琛', '卢朝升', '高志宏', '张利俊', '黄虹', '刘升平', '王力华', '蔡勇', '蔡家华', '郭旭升', '王晨', '李谭伟'];
export const DOMAIN_TERMS = ['混合云', '私有云', '公有云', '容灾', '异地备份', '云知声', '英方软件', '单体数据库'];
