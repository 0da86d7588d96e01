/**
 * A small, curated stop-word list for Chinese and English search; the Chinese words are
 * lang/zh/stopwords.ts's SEARCH_STOP_WORDS.
 */
import { SEARCH_STOP_WORDS } from '../lang/zh/stopwords';

const ENGLISH = [
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those',
  'what', 'who', 'whom', 'which', 'how', 'why', 'when', 'where', 'do', 'does', 'did', 'about',
];

const STOP_WORDS: ReadonlySet<string> = new Set([...SEARCH_STOP_WORDS, ...ENGLISH]);

/** Whether `word` (already normalised: lower case, Simplified) is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The list itself, for tests and documentation. */
export function stopWords(): ReadonlySet<string> {
  return STOP_WORDS;
}
