import { attribution, type CiteSource } from './source';
import { escapeLatex } from './escape';

/**
 * A LaTeX `quote` environment with the attribution set flush right:
 *
 *     \begin{quote}
 *     …words…\par
 *     \hfill --- 谢桦，信息中心主任，…
 *     \end{quote}
 */
export function latexCitation(src: CiteSource): string {
  const credit = `--- ${escapeLatex(attribution(src))}`;
  if (!src.text) return `${credit}\n`;
  const body = src.text.split(/\r?\n/).map(escapeLatex).join('\\\\\n');
  return `\\begin{quote}\n${body}\\par\n\\hfill ${credit}\n\\end{quote}\n`;
}

/** The csquotes variant: an inline `\enquote{…}` followed by the attribution. */
export function latexCsquotesCitation(src: CiteSource): string {
  const credit = escapeLatex(attribution(src));
  if (!src.text) return credit;
  const words = src.text.split(/\r?\n/).map(escapeLatex).join(' ');
  return `\\enquote{${words}} --- ${credit}`;
}
