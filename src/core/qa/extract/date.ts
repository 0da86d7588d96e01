/** Dates and years next to the anchor: 2017年4月22日, 1995年, 到2020年. */
import { type Candidate, type ExtractInput, candidate, inQuestion, proximity, rank } from './candidate';

const DATE_RE =
  /(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?(?:\d{1,2}月(?:\d{1,2}[日号])?|[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号])?)?|\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号])(?:上午|下午|晚上)?/gu;

export function extractDate(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  const out: Candidate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let score = 0.3 + 0.5 * proximity(input, start, end);
    // a full date answers 哪天; a year answers 哪一年
    if (analysis.measure === '日' && /[日号]/u.test(m[0])) score += 0.2;
    if (analysis.measure === '年' && /年/u.test(m[0])) score += 0.1;
    if (inQuestion(input, m[0])) score -= 0.5;
    out.push(candidate(text, start, end, score));
  }
  return rank(out);
}
