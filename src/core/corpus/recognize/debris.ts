/**
 * Page debris: lines a scraped page leaves around a report (字体大小：大 中 小, 分享到, 评论(3),
 * 编辑: 唐方, 来源:丁香园, 摄影: 王五, (圖1)). Debris lines are not passages.
 */
import { CREDIT_LINE_ENDINGS, DEBRIS_WORD_SET, PAGE_META_LABELS, IMAGE_MARKER, REPORTER_MARKER_LIST, SOURCE_MARKER_LIST, wordStartingAt } from '../../lang/zh';

const TOKEN_SPLIT = /[\s:：|｜/／·•,，、()（）[\]【】<>《》\-—]+/;
const CREDIT_LINE_END = new RegExp(`(?:${CREDIT_LINE_ENDINGS.join('|')})$`);
const NUMBERISH = /^[\d.:\-年月日时分秒]+$/;

function allDebrisTokens(line: string): boolean {
  const tokens = line.split(TOKEN_SPLIT).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => DEBRIS_WORD_SET.has(t) || NUMBERISH.test(t));
}

/** Whether a byline or source marker opens the line and the line is short and sentence-less. */
function markerLine(line: string): boolean {
  const t = line.replace(/^[\s（(【[]+/, '');
  if (line.length > 60 || /[。！？]/.test(line)) return false;
  const starts = [...SOURCE_MARKER_LIST, ...REPORTER_MARKER_LIST.filter((m) => m.length >= 2), ...PAGE_META_LABELS];
  return starts.some((m) => t.startsWith(m) && /^[\s/／：:]/.test(t.slice(m.length) || ' '));
}

/** Whether a line (shadow text) is page debris rather than part of the report. */
export function isDebrisLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (IMAGE_MARKER.test(t) && t.replace(IMAGE_MARKER, '').trim().length <= 2) return true;
  if (allDebrisTokens(t)) return true;
  if (markerLine(t)) return true;
  return bracketedCredit(t);
}

/** A whole line in brackets that credits the report or its picture: （记者 李明）, 【记者王五／台北报导】, （图／…提供）. */
function bracketedCredit(t: string): boolean {
  if (t.length > 40 || !/^[（(【[]/.test(t) || !/[）)】\]]$/.test(t)) return false;
  const inner = t.slice(1, -1).trim();
  return wordStartingAt(REPORTER_MARKER_LIST, inner, 0) !== undefined || CREDIT_LINE_END.test(inner);
}

/** One keyword a page lists under its report (信息化, 院长, 胡章学): a short word, no punctuation. */
const TAG_WORD = /^[\u3400-\u9fffA-Za-z0-9]{1,8}$/;
/** How many keyword lines in a row make a tag list (a report's last lines are sentences, a signature or a credit). */
const TAG_RUN = 4;

/**
 * How many of the last lines are the keyword tags a blog or WeChat page prints under a report,
 * one per line (信息化 / 建设 / 院长 / 胡章学): at least TAG_RUN lines of one short word each, with
 * nothing after them; 0 when the report does not end so (or is nothing but such lines).
 */
export function trailingTags(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length && TAG_WORD.test(lines[lines.length - 1 - n].trim())) n++;
  return n >= TAG_RUN && n < lines.length ? n : 0;
}
