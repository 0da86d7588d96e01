/**
 * What the jieba-compatible cutter (cut.ts) needs of a dictionary: which of its words start a
 * text at a position, with their frequencies, and whether a string is a word. jieba keeps its
 * dictionary in a trie built when it starts; an implementation of this interface can answer
 * from a sorted file opened in milliseconds instead (node/segmenters/lexiconFile.ts).
 *
 * Positions are UTF-16 indices into the text; a word always ends on a code point boundary.
 */
export interface Lexicon {
  /** ln of the sum of every word's frequency (jieba's `total`). */
  readonly logTotal: number;
  /**
   * Calls `visit(end, logFreq)` for each word equal to text[start, end) with end ≤ limit, in
   * increasing `end` order; logFreq is ln(frequency) (−∞ for a word of frequency 0).
   * For example, over 上海华山医院 from 0: 上 (1), 上海 (2).
   */
  prefixes(text: string, start: number, limit: number, visit: (end: number, logFreq: number) => void): void;
  /** Whether `word` is in the dictionary, whatever its frequency (jieba's `has_word`). */
  has(word: string): boolean;
}

/**
 * jieba's hidden Markov model for runs of characters no dictionary word covers (states B, E, M,
 * S: a word's begin, end, middle, or a single-character word). Log probabilities.
 */
export interface HmmModel {
  /** Start probability of each state, in the order B, E, M, S. */
  readonly start: readonly number[];
  /** trans[from][to], same order. */
  readonly trans: readonly (readonly number[])[];
  /** Emission of a character by each state; a character absent from a map has MIN_EMIT. */
  readonly emit: readonly ReadonlyMap<string, number>[];
}

/** The log probability of an emission the model has not seen (jieba's MIN_FLOAT). */
export const MIN_EMIT = -3.14e100;
