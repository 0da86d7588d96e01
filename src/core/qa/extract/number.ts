/**
 * Numbers with their unit next to the anchor: 1700+医疗机构 → 1700+, 不到20%的医院 →
 * 不到20%, 4200张对外开放床位 → 4200张, 30PB+数据 → 30PB+, 三个目标 → 三个.
 */
import { FRACTION_WORD, MEASURE_WORDS, NUMBER_LEADS, NUMBER_QUALIFIERS, NUMBER_TRAILERS, TENTHS, UNIT_PATTERN } from '../../lang/zh/measures';
import { PERCENT_QUESTION_WORDS } from '../../lang/zh/questions';
import { type Candidate, type ExtractInput, candidate, inQuestion, proximity, rank, relationCloseness } from './candidate';
import { escapeRegExp } from '../../text/regexp';

const QUALIFIER = `(?:${NUMBER_QUALIFIERS.join('|')})`;
const ARABIC = '\\d+(?:[.,]\\d+)*';
const CN_DIGITS = '[零〇一二两三四五六七八九十百千万亿]+';
const MEASURES = [...new Set(MEASURE_WORDS)].sort((a, b) => b.length - a.length).map(escapeRegExp);
const MEASURE = `(?:${MEASURES.join('|')})`;

/** qualifier? (arabic [余多]? [万亿千百]? unit? +? | 百分之N | chinese ([余多][万亿千百]?)?) measure? +? (七十多万剂 as 70多万剂) */
const NUMBER_RE = new RegExp(
  `(${QUALIFIER})?(第)?(?:(${ARABIC})(余|多)?([万亿千百])?(${UNIT_PATTERN})?(\\+)?|百分之(${CN_DIGITS}|${ARABIC})|(${CN_DIGITS})((?:余|多)[万亿千百]?)?)(${MEASURE})?(\\+)?`,
  'gu',
);
/** qualifier? N 分之 M (三分之一, 近4分之1): a fraction; 百分之N is a percentage (NUMBER_RE). */
const FRACTION_RE = new RegExp(`(${QUALIFIER})?(${CN_DIGITS}|${ARABIC})${FRACTION_WORD}(${CN_DIGITS}|${ARABIC})`, 'gu');
/** qualifier? digit 成 digit? (三成, 近3成, 九成五): a share in tenths. */
const TENTHS_RE = new RegExp(`(${QUALIFIER})?([一二两三四五六七八九]|[1-9])${TENTHS.word}([一二三四五六七八九])?`, 'gu');

export interface NumberSpan {
  start: number;
  end: number;
  /** Where the number itself (without qualifier) starts. */
  numberStart: number;
  measure: string | null;
  unit: string | null;
  ordinal: boolean;
  chinese: boolean;
  year: boolean;
}

/** All number expressions in a text. Chinese numerals count only with a measure word (三个, 百余份). */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    if (m[0] === '') { NUMBER_RE.lastIndex++; continue; }
    const [, qual, ord, arabic, , magnitude, unit, , percentCn, cn, , measure] = m;
    const start = m.index;
    const end = start + m[0].length;
    const numberStart = start + (qual?.length ?? 0) + (ord?.length ?? 0);
    const chinese = !!cn;
    if (chinese && !measure && !ord) continue;
    if (chinese && cn.length === 1 && cn === '万') continue;
    // 4月 is April (a date, date.ts reads it); a count of months is 5个月
    if (measure === '月') continue;
    if (arabic) {
      const prev = text[start - 1] ?? '';
      const next = text[end] ?? '';
      // parts of identifiers (HC3i, 4.0), ranges (1-100)
      if (/[A-Za-z]/.test(prev) || (/[A-Za-z]/.test(next) && !unit)) continue;
      // a bare number before a full stop is a list number (1.) or a version's part; 2万份. counts
      if (prev === '-' || next === '-' || (next === '.' && !measure && !unit && !magnitude)) continue;
      // the day or month of a date (12日下午, 3月), not a count
      if (!measure && !unit && /[日号]/u.test(next)) continue;
    }
    const year = !!arabic && /^\d{4}$/.test(arabic) && (measure === '年' || text.startsWith('年', end));
    out.push({ start, end, numberStart, measure: measure ?? null, unit: unit ?? (percentCn ? '%' : null), ordinal: !!ord, chinese, year });
  }
  const shares = [...findTenths(text), ...findFractions(text)];
  if (shares.length === 0) return out;
  // A share replaces the bare digits the pattern above read of it (3 of 近3成, 一 of 三分之一).
  const kept = out.filter((n) => !shares.some((t) => n.start < t.end && t.start < n.end));
  return [...kept, ...shares].sort((a, b) => a.start - b.start);
}

/** Fractions (三分之一, 四分之三, 3分之2), a share as a percentage or tenths are; not 百分之N. */
function findFractions(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  if (!text.includes(FRACTION_WORD)) return out;
  for (const m of text.matchAll(FRACTION_RE)) {
    if (m[2] === '百' || m[2].endsWith('百')) continue;
    const start = m.index!;
    const chinese = !/\d/.test(m[2]);
    out.push({ start, end: start + m[0].length, numberStart: start + (m[1]?.length ?? 0), measure: FRACTION_WORD, unit: null, ordinal: false, chinese, year: false });
  }
  return out;
}

/** Shares in tenths (三成, 近五成, 3成): where no word goes on after them. */
function findTenths(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  if (!text.includes(TENTHS.word)) return out;
  for (const m of text.matchAll(TENTHS_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const next = text[end] ?? '';
    if (/[\u4e00-\u9fff]/u.test(next) && !TENTHS.mayFollow.includes(next)) continue;
    const chinese = !/[1-9]/.test(m[2]);
    out.push({ start, end, numberStart: start + (m[1]?.length ?? 0), measure: TENTHS.word, unit: null, ordinal: false, chinese, year: false });
  }
  return out;
}

/** After a number: its noun phrase, then 中 or 之中 and a comma (在300多家地区医院中，…). */
const SCOPE_AFTER = /^[^，,。；;]{0,10}?(?:之中|中)[，,]/u;

const TRAILER = new RegExp(`^(?:${NUMBER_TRAILERS.join('|')})?(?:的)?`, 'u');
const ASKS_PERCENT = new RegExp(PERCENT_QUESTION_WORDS.join('|'), 'u');

/** Skips filler between a number and the noun it counts: 的, a measure word, 以上, 多. */
function afterNumber(text: string, end: number): string {
  return text.slice(end).replace(TRAILER, '');
}

export function extractNumber(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  const asksOrdinal = analysis.cue?.word === '第几';
  const asksPercent = ASKS_PERCENT.test(analysis.text) || analysis.measure === '%';
  const asksYear = analysis.measure === '年' && /哪/u.test(analysis.cue?.word ?? '');
  const focus = analysis.focus ?? '';
  const focusHead = focus.length > 2 ? focus.slice(-2) : focus;
  const out: Candidate[] = [];
  const numbers = findNumbers(text);
  for (const n of numbers) {
    if (n.ordinal !== asksOrdinal && n.ordinal) continue;
    if (n.year && !asksYear) continue;
    let score = 0.25;
    if (analysis.measure) {
      if (n.measure === analysis.measure) score += 0.35;
      else if (n.measure && !(analysis.measure === '个' && n.chinese)) score -= 0.15;
    }
    if (asksPercent && (n.unit === '%' || n.measure === TENTHS.word || n.measure === FRACTION_WORD)) score += 0.3;
    if (!asksPercent && n.unit === '%' && analysis.measure) score -= 0.1;
    const rest = afterNumber(text, n.end);
    if (focus) {
      // the counted noun phrase runs to the next punctuation (60+行业独立应用软件开发商)
      const phrase = rest.slice(0, 16).split(/[，,。；;、（(：:“”！？]/u)[0];
      if (rest.startsWith(focus) || (n.measure && n.measure.endsWith(focus))) score += 0.5;
      else if (phrase.includes(focus)) score += 0.4;
      else if (focusHead && phrase.includes(focusHead)) score += 0.3;
      else if (rest.slice(0, 3).startsWith(focus.slice(0, 1))) score += 0.1;
      // 多少个村卫生室 ↔ 配备一名信息专干: another measure counting another noun counts something else
      else if (analysis.measure && n.measure && n.measure !== analysis.measure && phrase.length >= 2) continue;
      // 准确率达到96%: the noun stands right before the number
      const lead = text.slice(Math.max(0, n.start - focus.length - 4), n.start);
      if (new RegExp(`${escapeRegExp(focus)}(?:${NUMBER_LEADS.join('|')})?$`, 'u').test(lead)) score += 0.45;
    }
    score += 0.3 * proximity(input, n.start, n.end) + 0.1 * relationCloseness(input, n.start, n.end);
    // 全球前350家医院中，台湾有13家入榜: a number whose noun runs into 中/之中 and a comma is the scope, not the count
    if (SCOPE_AFTER.test(rest)) score -= 0.5;
    // a number the question itself states (慧眼2.0, 快100倍) is not what it asks for
    if (inQuestion(input, text.slice(n.numberStart, n.end))) score -= 0.4;
    out.push(candidate(text, n.start, n.end, score));
  }
  // 几点 / 几条 with no count written: the last of 第一…第N points
  // (a count in another measure, 三方, does not say how many points)
  const counted = numbers.some((n) => n.measure === analysis.measure);
  if (!counted && analysis.measure && /^[点条项个方面步]/u.test(analysis.measure)) {
    const ord = [...text.matchAll(/第([一二三四五六七八九十]+)/gu)];
    if (ord.length >= 2 && ord[0][1] === '一') {
      const last = ord[ord.length - 1];
      out.push(candidate(text, last.index!, last.index! + last[0].length, 0.55));
    }
  }
  return rank(out);
}
