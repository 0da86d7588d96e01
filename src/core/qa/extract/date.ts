/**
 * Dates and times next to the anchor: 2017年4月22日, 1995年, 到2020年, and the times plans are
 * given in: 明年6月前, 年底前, 2025年下半年, 三季度.
 */
import { DATE_DAY_PARTS } from '../../lang/zh/answers';
import { longestFirst } from '../../lang/zh/match';
import { MONTH_PARTS, RELATIVE_DAYS, RELATIVE_YEARS, TAKING_POST_VERBS, TIME_BOUNDS, YEAR_PARTS, YEAR_PARTS_ALONE } from '../../lang/zh/times';
import { bothScripts } from '../../lang/zh/script';
import { type Candidate, type ExtractInput, candidate, inQuestion, localSupport, proximity, rank } from './candidate';

/** Words as regex alternatives, longest first. */
const anyOf = (words: readonly string[]) => `(?:${longestFirst(words).join('|')})`;
const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = `(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?|${anyOf(RELATIVE_YEARS)})`;
const MONTH = `${NUM}月(?:份)?(?:${NUM}[日号]|${anyOf(MONTH_PARTS)})?`;
const QUARTER = '第?[一二三四1-4]季度';
const BOUND = anyOf(TIME_BOUNDS);
const BRACKETED_DAY = `[${RELATIVE_DAYS.join('')}][（(]\\d{1,2}(?:[）)]日|日[）)])`;
/**
 * A year with its month (and day or part), quarter or part; a month with its day; a month
 * with its part or a bound (6月底, 9月起); a part of the year or a quarter alone; 今（12）日;
 * then the time of day and a bound.
 */
const DATE_RE = new RegExp(
  `(?:${YEAR}(?:${MONTH}|${QUARTER}|${anyOf(YEAR_PARTS)})?|${NUM}月${NUM}[日号]|${NUM}月(?:份)?(?:${anyOf(MONTH_PARTS)}|(?=${BOUND}))|${anyOf(YEAR_PARTS_ALONE)}|${QUARTER}|${BRACKETED_DAY})(?:${DATE_DAY_PARTS.join('|')})?${BOUND}?`,
  'gu',
);

const TAKES_POST = new RegExp(`${[...bothScripts(TAKING_POST_VERBS)].join('|')}|[年月日起][任]`, 'u');

/** The sentence around [start, end): from the previous sentence end to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const stop = /[。！!？?\n]/u;
  let s = start;
  while (s > 0 && !stop.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e])) e++;
  return text.slice(s, e);
}

export function extractDate(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  const out: Candidate[] = [];
  // 何时担任副院长: only a sentence that tells of taking the post dates it
  const takesPost = TAKES_POST.test(analysis.text);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (takesPost && !TAKES_POST.test(sentenceAround(text, start, end))) continue;
    // (the question's words in the date's own clause: 1995年就…构建了数据中心，2005年又… answers 哪一年构建)
    let score = 0.3 + 0.5 * proximity(input, start, end) + 0.3 * localSupport(input, start, end);
    // a full date answers 哪天; a year answers 哪一年
    if (analysis.measure === '日' && /[日号]/u.test(m[0])) score += 0.2;
    if (analysis.measure === '年' && /年/u.test(m[0])) score += 0.1;
    if (inQuestion(input, m[0])) score -= 0.5;
    out.push(candidate(text, start, end, score));
  }
  return rank(out);
}
