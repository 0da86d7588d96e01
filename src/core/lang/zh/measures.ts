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
