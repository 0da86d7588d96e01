/**
 * How Chinese reports write a time that is not a calendar date: a year named relative to the
 * report (明年, 今年), a part of a year (下半年, 年底, 三季度), a part of a month (上旬), and
 * what bounds a plan (前, 之前, 起). Written once, in Simplified Chinese: question answering
 * reads Traditional text through its Simplified shadow.
 */

/** A year named relative to when the report was written. */
export const RELATIVE_YEARS = ['今年', '明年', '去年', '后年', '前年'];

/** A part of a year, after a year (2025年底, 明年上半年). */
export const YEAR_PARTS = ['上半年', '下半年', '年底', '年初', '年中', '年末', '底', '初', '末'];

/** The parts of a year that name a time on their own (年底前, 下半年); 年中 is left out (一年中). */
export const YEAR_PARTS_ALONE = ['上半年', '下半年', '年底', '年初', '年末'];

/** A part of a month, after it (6月中旬, 9月底); a bare 中 is left out (6月中国…). */
export const MONTH_PARTS = ['上旬', '中旬', '下旬', '初', '底', '末'];

/** What bounds a planned time: by it, from it, about it (明年6月前, 年底之前, 9月起). */
export const TIME_BOUNDS = ['之前', '以前', '前', '以后', '之后', '起', '左右'];

/** A day named relative to the report with its date in brackets, as Taiwan reports write it: 今（12）日, 昨(8)日. */
export const RELATIVE_DAYS = ['今', '昨', '明'];

/** When, right after a subject's name (李家超当日在会上致辞时表示): it ends the name and may stand before the verb. */
export const DAY_WORDS = ['当日', '当天', '今日', '昨日', '今天', '昨天', '日前', '近日', '本月', '上月', '本周', '上周', '昨晚', '今早'];

/**
 * A day of the month, maybe with its part of the day, right after a subject's name (莊曜宇二十四日表示,
 * 他24日下午指出, and Taiwan's 今（17日）表示, 昨(8)日指出), as news reports date a statement: it too ends the name and may stand before
 * the verb. The source of a regular expression (Simplified; digits ASCII or full-width).
 */
export const DAY_OF_MONTH_SOURCE = '(?:(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日|[今昨明][（(][0-9０-９]{1,2}日?[）)]日?)(?:上午|下午|晚间|晚上|早上|中午)?';
const DAY_OF_MONTH = new RegExp(`^${DAY_OF_MONTH_SOURCE}`, 'u');

/** Whether a day of the month (DAY_OF_MONTH_SOURCE) starts at text[i]. */
export function dayOfMonthAt(text: string, i: number): boolean {
  return DAY_OF_MONTH.test(text.slice(i, i + 8));
}

/**
 * A date in brackets on a line of its own, as a published speech dates itself under its title:
 * （2026年3月5日）, （二〇二六年三月五日）, (2011年11月3日 根据录音整理). The source of a regular expression.
 */
export const BRACKETED_DATE_SOURCE = '[（(][ \\u3000]*[0-9０-９〇○零一二三四五六七八九]{2,4}年[0-9０-９〇○零一二三四五六七八九十]{1,3}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日[^（()）\\n]{0,12}[）)]';

/**
 * Verbs of taking a post (何时担任副院长, 哪一年出任局长): a date answers such a question only in a
 * sentence that says so (2019年起任, 2020年就任), never the date of an event the person attends.
 */
export const TAKING_POST_VERBS: readonly string[] = [
  '担任', '出任', '就任', '上任', '任职', '接任', '继任', '升任', '调任', '兼任', '转任', '聘任', '受聘', '获聘', '获任', '任命', '当选', '履新', '到任', '走马上任',
];
