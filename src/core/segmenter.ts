/**
 * Word segmentation for Chinese text. The engines live in `src/node` (jieba via
 * @node-rs/jieba or nodejieba); core code only sees this interface.
 */
export interface Segmenter {
  /**
   * Identifies the engine and its dictionary, e.g. "node-rs-jieba@2.0.3+dict:1a2b3c4d".
   * An index records it; an index is only ever queried with the same id.
   */
  readonly id: string;
  /** Precise mode: each character in exactly one word, e.g. 上海华山医院 → [上海华山医院]. */
  cut(text: string): string[];
  /** Search-engine mode: also the shorter words inside long ones, e.g. [上海, 华山, 医院, 上海华山医院]. */
  cutForSearch(text: string): string[];
}
