/**
 * Highlighting's text work kept for the hits shown lately (see TextWork in highlight.ts):
 * related queries — a word typed further, refined, or another word of the same topic — show
 * the same passages, whose normalised text, tokens and query words' sub-words do not change.
 */
import type { Segmenter } from '../segmenter';
import type { NormalizedText } from '../text/normalize';
import { textWork, type TextWork, type Token } from './highlight';
import { Recent } from './recent';

/** Hit texts (and query words) kept; a shown passage is a few hundred characters. */
const KEPT = 512;

export function highlightMemo(segmenter: Segmenter): TextWork {
  const direct = textWork(segmenter);
  const normalized = new Recent<string, NormalizedText>(KEPT);
  const tokens = new Recent<string, Token[]>(KEPT);
  const subWords = new Recent<string, string[]>(KEPT);
  return {
    normalized: (text) => normalized.of(text, direct.normalized),
    tokens: (text) => tokens.of(text, direct.tokens),
    subWords: (term) => subWords.of(term, direct.subWords),
  };
}
