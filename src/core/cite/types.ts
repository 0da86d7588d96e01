import type { Passage, Quote, Speaker } from '../model';

/** The citation styles Summit Search can write. */
export type CitationFormat =
  | 'markdown'
  | 'latex'
  | 'latex-csquotes'
  | 'bibtex'
  | 'csl-json'
  | 'gbt7714'
  | 'plain';

/** Every format, in the order a picker shows them. */
export const CITATION_FORMATS: readonly CitationFormat[] = [
  'markdown',
  'latex',
  'latex-csquotes',
  'bibtex',
  'csl-json',
  'gbt7714',
  'plain',
];

/** What can be cited: a quote, a passage (sentence) or a speaker (an attribution without words). */
export type CiteTarget = Quote | Passage | Speaker;

export function isCitationFormat(value: unknown): value is CitationFormat {
  return typeof value === 'string' && (CITATION_FORMATS as readonly string[]).includes(value);
}
