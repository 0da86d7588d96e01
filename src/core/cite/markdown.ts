import { attribution, type CiteSource } from './source';
import { escapeMarkdown } from './escape';

/**
 * A Markdown block quote with an attribution line:
 *
 *     > 三云即指医疗云、健康云、影像云
 *     >
 *     > — 谢桦，信息中心主任，上海市卫计委，2017中国医疗云技术领袖峰会，2017-04-22
 *
 * A speaker alone gives just the attribution line.
 */
export function markdownCitation(src: CiteSource): string {
  const credit = `— ${escapeMarkdown(attribution(src))}`;
  if (!src.text) return `${credit}\n`;
  const body = src.text.split(/\r?\n/).map((line) => (line ? `> ${escapeLineStart(escapeMarkdown(line))}` : '>'));
  return `${body.join('\n')}\n>\n> ${credit}\n`;
}

/** A line that starts like a heading, a list or a nested quote stays text. */
function escapeLineStart(line: string): string {
  if (/^[#>+=-]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}
