/**
 * Citations of quotes, passages and speakers in every format the extension and the CLI offer.
 * Pure: the caller inserts the string (as plain text, never as a snippet).
 */
export type { CitationFormat, CiteTarget } from './types';
export { CITATION_FORMATS, isCitationFormat } from './types';
export { escapeLatex, escapeMarkdown } from './escape';
export { formatCitation, formatForLanguage, resolveFormat } from './format';
export { formatAnswerCitation } from './answer';
export { quoteCovering } from './narrow';
