/**
 * Which of the three transcript formats a text is written in:
 * - markdown: front matter (--- at the top) or `## ` speaker headings;
 * - report: the bundled summit's convention, lines that open with a photo
 *   caption "职务 姓名" (one or two spaces, maybe 主持人：) glued to the paragraph;
 * - plain: anything else.
 */
import { chinesePunctuation } from '../lang/zh/punctuation';
import { LINE_BREAK } from '../text/lines';
import type { TranscriptFormat } from './transcript/types';

/** A caption at the start of a line: "上海市卫计委信息中心主任 谢桦众所周知…". */
const CAPTION = /^(?:主持人[：:])?[^\s，。、“”：:]{2,40}[ \u3000]{1,2}[\u4e00-\u9fff·]{2,4}[\u4e00-\u9fff“]/;

/** The detector's choice, whether it was a close call, and why it chose so (for an `info` problem). */
export interface FormatDecision {
  format: TranscriptFormat;
  close: boolean;
  reason: string;
}

export function detectFormat(text: string, file = ''): TranscriptFormat {
  return decideFormat(text, file).format;
}

export function decideFormat(text: string, file = ''): FormatDecision {
  const body = text.replace(/^\uFEFF/, '');
  const ls = body.split(LINE_BREAK);
  const nonBlank = ls.filter((l) => l.trim() !== '');
  const md = /\.(md|markdown)$/i.test(file);
  if (nonBlank.length === 0) return { format: md ? 'markdown' : 'plain', close: false, reason: 'the text is empty' };
  if (/^---\s*$/.test(ls[0])) return { format: 'markdown', close: false, reason: 'it starts with front matter' };
  const headings = nonBlank.filter((l) => /^##(?!#)\s*\S/.test(l)).length;
  if (headings > 0) return { format: 'markdown', close: false, reason: `${headings} ## heading(s)` };
  const lines = nonBlank.length - 1;
  // ASCII marks read as the Chinese ones they stand for: 表示, 影像云… is a sentence, not a caption.
  const captions = nonBlank.slice(1).filter((l) => CAPTION.test(chinesePunctuation(l))).length;
  const share = lines > 0 ? captions / lines : 0;
  const reason = `${captions} of ${lines} lines after the first open with a photo caption ("title name" glued to the paragraph)`;
  if (captions >= 2 && share >= 0.5) return { format: 'report', close: share < 0.65, reason };
  if (md && /^#\s/m.test(body)) return { format: 'markdown', close: false, reason: 'a .md file with a # title' };
  return { format: 'plain', close: captions >= 2 && share >= 0.35, reason };
}
