/**
 * Many short texts segmented in search mode with few calls into the segmenter. jieba-rs cuts
 * a text in blocks of Chinese characters, letters and digits, and emits every other character
 * (white space included) as a token of its own, so texts joined by line breaks are cut exactly
 * as each text alone, the line breaks standing as tokens between them. Only for the segmenter
 * whose search mode is known to work that way (node-rs-jieba), and only for texts without line
 * breaks of their own (normalised texts have none); any other text is cut by itself.
 */
import type { Segmenter } from '../segmenter';
import { searchModeHoldsPreciseWords } from './preciseWords';

/** About this many UTF-16 units go to the segmenter in one call. */
const BATCH_UNITS = 1 << 16;
const JOIN = '\n';

/** cutForSearch of each text, in order (the same tokens as one call per text). */
export function cutForSearchEach(segmenter: Segmenter, texts: readonly string[]): string[][] {
  const out: string[][] = new Array<string[]>(texts.length);
  const batched = searchModeHoldsPreciseWords(segmenter.id);
  let batch: number[] = [];
  let units = 0;
  const flush = () => {
    if (batch.length > 0) cutBatch(segmenter, texts, batch, out);
    batch = [];
    units = 0;
  };
  texts.forEach((text, i) => {
    if (!batched || /[\r\n]/.test(text)) { out[i] = segmenter.cutForSearch(text); return; }
    batch.push(i);
    units += text.length + 1;
    if (units >= BATCH_UNITS) flush();
  });
  flush();
  return out;
}

function cutBatch(segmenter: Segmenter, texts: readonly string[], batch: number[], out: string[][]): void {
  const tokens = segmenter.cutForSearch(batch.map((i) => texts[i]).join(JOIN));
  const parts: string[][] = [[]];
  for (const t of tokens) {
    if (t === JOIN) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  if (parts.length !== batch.length) {
    // Not the expected shape after all: each text by itself.
    for (const i of batch) out[i] = segmenter.cutForSearch(texts[i]);
    return;
  }
  batch.forEach((i, k) => { out[i] = parts[k]; });
}
