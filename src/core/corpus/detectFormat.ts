/**
 * Which of the three transcript formats a text is written in:
 * - markdown: front matter (--- at the top) or `## ` speaker headings;
 * - report: the bundled summit's convention, lines that open with a photo
 *   caption "职务 姓名" (one or two spaces, maybe 主持人：) glued to the paragraph;
 * - plain: anything else.
 */
import { LINE_BREAK } from '../text/lines';
import type { TranscriptFormat } from './transcript/types';

/** A caption at the start of a line: "上海市卫计委信息中心主任 谢桦众所周知…". */
const CAPTION = /^(?:主持人[：:])?[^\s，。、“”：:]{2,40}[ \u3000]{1,2}[\u4e00-\u9fff·]{2,4}[\u4e00-\u9fff“]/;

export function detectFormat(text: string, file = ''): TranscriptFormat {
  const body = text.replace(/^\uFEFF/, '');
  const ls = body.split(LINE_BREAK);
  const nonBlank = ls.filter((l) => l.trim() !== '');
  if (nonBlank.length === 0) return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plain';
  if (/^---\s*$/.test(ls[0])) return 'markdown';
  const headings = nonBlank.filter((l) => /^##(?!#)\s*\S/.test(l)).length;
  if (headings > 0) return 'markdown';
  const captions = nonBlank.slice(1).filter((l) => CAPTION.test(l)).length;
  if (captions >= 2 && captions >= (nonBlank.length - 1) * 0.5) return 'report';
  return /\.(md|markdown)$/i.test(file) && /^#\s/m.test(body) ? 'markdown' : 'plain';
}
