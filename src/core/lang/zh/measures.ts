/**
 * Measure words (量词) and units that follow a number in Chinese text. Simplified only: question
 * answering reads Traditional text through its Simplified shadow.
 */

/** Measure words (量词) that follow a number; longest first when matched. */
export const MEASURE_WORDS = [
  '人次', '万人次', '个', '家', '张', '位', '名', '份', '种', '项', '次', '所', '台', '条', '点', '期', '倍', '人',
  '床', '篇', '天', '小时', '分钟', '秒', '座', '套', '款', '层', '级', '类', '批', '届', '岁', '元', '亿元', '万元',
  '年', '月', '个月', '周', '步', '轮', '大', '场次', '场', '台次', '架次', '间', '栋', '院区', '辆', '公里', '平方米', '方', '例', '例次', '户', '支', '本', '部', '组', '章', '节', '块', '盒', '剂',
];

/** Units written right after a number (Latin or symbols), kept as part of the answer. */
export const UNIT_PATTERN = '(?:%|％|‰|PB|TB|GB|MB|KB|EB|G|T|M|K|km|kg|ms|GHz|MHz|Hz|Gbps|Mbps|W|kW|℃|°C)';

/**
 * A share counted in tenths after a single digit (下降了三成 = by 30%, 近五成的医院, 九成五):
 * a count only where no word goes on after it (一成不变, 八成是 are not); these may follow.
 */
export const TENTHS = { word: '成', mayFollow: '的以左多' };
/** What joins a fraction's denominator to its numerator (三分之一: one third). */
export const FRACTION_WORD = '分之';

const HAN_DIGITS = '零一二三四五六七八九';

/** 五 → 5, 十二 → 12, 二十 → 20, 两 → 2 (a count under a hundred), else null. */
function hanValue(run: string): number | null {
  const d = (c: string) => (c === '两' ? 2 : HAN_DIGITS.indexOf(c));
  if (/^[零一二两三四五六七八九]$/u.test(run)) return d(run);
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(run);
  return m ? (m[1] ? d(m[1]) : 1) * 10 + (m[2] ? d(m[2]) : 0) : null;
}

/** 5 → 五, 12 → 十二, 20 → 二十 (under a hundred). */
function hanNumeral(n: number): string {
  if (n < 10) return HAN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? HAN_DIGITS[tens] : ''}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`;
}

/**
 * The other way a question's count may be written in the record: 五个 ↔ 5个, 十二家 ↔ 12家
 * (counts under a hundred, before a measure word); [] when the text holds none.
 */
export function numeralForms(text: string): string[] {
  const han = /[零一二两三四五六七八九十]{1,3}(?![零一二两三四五六七八九十百千万亿])(?=[\u4e00-\u9fff])/u.exec(text);
  const arabic = /(?<![0-9.])[1-9][0-9]?(?![0-9.])/u.exec(text);
  const out: string[] = [];
  if (han) {
    const v = hanValue(han[0]);
    if (v !== null) out.push(text.slice(0, han.index) + String(v) + text.slice(han.index + han[0].length));
  }
  if (arabic) out.push(text.slice(0, arabic.index) + hanNumeral(Number(arabic[0])) + text.slice(arabic.index + arabic[0].length));
  return out;
}

/** Words that qualify a number before it (不到20%, 近五成, 约3000人, 高达96%), kept as part of the answer. */
export const NUMBER_QUALIFIERS: readonly string[] = [
  '不到', '不足', '不超过', '超过', '逾', '近', '约', '大约', '将近', '接近', '仅', '只有', '区区', '高达', '多达', '至少', '最少',
  '最多', '共',
];

/** Words that may follow a number before the noun it counts (300家以上的医院, 20%左右的, 50多). */
export const NUMBER_TRAILERS: readonly string[] = ['以上', '以下', '左右', '多'];

/** Verbs between a noun and the number it has (准确率达到96%, 床位已经4200张, 规模为…). */
export const NUMBER_LEADS: readonly string[] = ['已经', '已', '将', '约', '达到', '达', '为', '是', '超过', '共', '有', '高达'];
