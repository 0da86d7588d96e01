/** formatCitation: one entry point over every citation style, and the choice of style by document language. */
import type { Corpus } from '../model';
import { isCitationFormat, type CitationFormat, type CiteTarget } from './types';
import { toSource } from './source';
import { markdownCitation } from './markdown';
import { latexCitation, latexCsquotesCitation } from './latex';
import { bibtexCitation } from './bibtex';
import { cslJsonCitation } from './cslJson';
import { gbt7714Citation } from './gbt7714';
import { plainCitation } from './plain';

export function formatCitation(target: CiteTarget, corpus: Corpus, format: CitationFormat): string {
  const src = toSource(target, corpus);
  switch (format) {
    case 'markdown': return markdownCitation(src);
    case 'latex': return latexCitation(src);
    case 'latex-csquotes': return latexCsquotesCitation(src);
    case 'bibtex': return bibtexCitation(src);
    case 'csl-json': return cslJsonCitation(src);
    case 'gbt7714': return gbt7714Citation(src);
    case 'plain': return plainCitation(src);
  }
}

/** The format `auto` picks for a document language: Markdown, LaTeX, else plain text. */
export function formatForLanguage(languageId: string): CitationFormat {
  switch (languageId) {
    case 'markdown':
    case 'mdx':
      return 'markdown';
    case 'latex':
    case 'tex':
    case 'context':
      return 'latex';
    default:
      return 'plain';
  }
}

/** Resolves the setting value (`auto` or a format) for a document language. */
export function resolveFormat(setting: string | undefined, languageId: string): CitationFormat {
  if (isCitationFormat(setting)) return setting;
  return formatForLanguage(languageId);
}
