/**
 * An answer to a question together with the citation of the sentence that proves it, in the
 * same formats as `formatCitation`. The answer stands first (bold where the format has bold),
 * the cited evidence after it. BibTeX and CSL-JSON have no place for prose: only the entry.
 */
import type { Corpus } from '../model';
import type { CitationFormat, CiteTarget } from './types';
import { formatCitation } from './format';
import { escapeLatex, escapeMarkdown } from './escape';

export function formatAnswerCitation(answer: string, evidence: CiteTarget, corpus: Corpus, format: CitationFormat): string {
  const cite = formatCitation(evidence, corpus, format);
  switch (format) {
    case 'markdown': return `**${escapeMarkdown(answer)}**\n\n${cite}`;
    case 'latex': return `\\textbf{${escapeLatex(answer)}}\n\n${cite}`;
    case 'latex-csquotes': return `\\textbf{${escapeLatex(answer)}}: ${cite}`;
    case 'plain': return `${answer}\n${cite}`;
    case 'gbt7714': return `${answer}\n${cite}`;
    case 'bibtex':
    case 'csl-json':
      return cite;
  }
}
