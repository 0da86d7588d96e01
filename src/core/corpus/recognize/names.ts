/**
 * A personal name at a position of the (Simplified) text: surname + one or two given-name
 * characters, cut where the next word starts. The name is only a candidate: a strategy accepts
 * it when context (a title, a speech verb, a list of people) says it is a person.
 */
import {
  ADVERBS_AFTER_NAME, AFTER_NAME_CHARS, NEVER_FIRST_NAME_CHARS, ASPECT_MARKERS, AFTER_NAME_VERB_LIST, HONORIFIC_LIST, SHORT_ORG_SUFFIXES, NOT_NAME_LAST, ORG_SUFFIX_SET, NOT_NAME_WORDS, ORG_SUFFIXES, PLACE_NAMES, PLACE_SUFFIXES, SHORT_FORM_ROLES, WEAK_SURNAMES,
  statementVerbAt, surnameLengthAt, titleAt, DELIVERY_VERB_LIST, LIST_JOINER_CHARS, dayOfMonthAt, mannerAt, someWordStartingAt, wordStartingAt,
} from '../../lang/zh';

/** A Han character of the BMP, as names are written. */
export const HAN = /[\u3400-\u9fff]/;

export interface NameCandidate {
  start: number;
  end: number;
  /** The surname needs a title beside it (和, 平, 高 …). */
  weak: boolean;
}

/** Whether text[i] begins the word after a name: punctuation, a title, a verb, a grammar word. */
export function boundaryAt(s: string, i: number): boolean {
  if (i >= s.length || !isHanAt(s, i)) return true;
  const ch = s[i];
  if (titleAt(s, i) || statementVerbAt(s, i) || wordStartingAt(HONORIFIC_LIST, s, i) !== undefined) return true;
  if (wordStartingAt(AFTER_NAME_VERB_LIST, s, i) !== undefined) return true;
  if (wordStartingAt(DELIVERY_VERB_LIST, s, i) !== undefined) return true;
  // 吴某|常强调: an adverb right before a speech verb (whether it ends the name instead, findName asks the text).
  if (ADVERBS_AFTER_NAME.has(ch) && statementVerbAt(s, i + 1)) return true;
  // 王某|激动地说, 李某|笑着表示: a manner phrase before the verb starts the word after the name.
  if (mannerAt(s, i) > 0) return true;
  return AFTER_NAME_CHARS.has(ch) || dayOfMonthAt(s, i);
}

/** Whether a name would run into an organisation or place ending (宁波市, 华山医院). */
function intoOrganisation(s: string, end: number): boolean {
  if (titleAt(s, end)) return false;
  if (PLACE_SUFFIXES.has(s[end] ?? '')) return true;
  return wordStartingAt(ORG_SUFFIXES, s, end) !== undefined;
}

/** Whether s[i] is a Han character of the BMP (HAN's range), without making a one-character string. */
export function isHanAt(s: string, i: number): boolean {
  const u = s.charCodeAt(i);
  return u >= 0x3400 && u <= 0x9fff;
}

function acceptable(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHanAt(s, k)) return false;
  const name = s.slice(start, end);
  if (NOT_NAME_WORDS.has(name) || PLACE_NAMES.has(name) || PLACE_NAMES.has(name.slice(0, 2))) return false;
  // 滕州市, 龙华科(大): a place ending closes the candidate, or an organisation ending runs out of it.
  if (/[市省县区镇乡]$/.test(name)) return false;
  // 卫福部表示: an agency's short name; 药师公会: an organisation's ending after a title word, not a name.
  if (NOT_NAME_LAST.has(name[name.length - 1]) || ORG_SUFFIX_SET.has(name)) return false;
  // 公署副特派员: a one-character organisation ending right before a title closes an organisation, not a name.
  if (SHORT_ORG_SUFFIXES.has(name[name.length - 1]) && titleAt(s, end)) return false;
  if (!titleAt(s, end)) for (let k = start + 1; k < end; k++) if (someWordStartingAt(ORG_SUFFIXES, s, k, (o) => o.length > end - k)) return false;
  return !intoOrganisation(s, end);
}

let countedText = '';
let counts = new Map<string, number>();

/** How often `word` occurs in s (cached per text: the recognisers ask about one text at a time). */
export function occurrences(s: string, word: string): number {
  if (s !== countedText) { countedText = s; counts = new Map(); }
  let n = counts.get(word);
  if (n === undefined) {
    n = 0;
    for (let k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) n++;
    counts.set(word, n);
  }
  return n;
}

/** The two-character form is the name when the text repeats it and writes the three-character form once (黄虹面对 … 黄虹). */
function repeatsShort(s: string, i: number, short: number, long: number): boolean {
  const once = occurrences(s, s.slice(i, long)) === 1;
  return once && occurrences(s, s.slice(i, short)) > 1;
}

/**
 * After a title (strong context) a name need not be followed by a known boundary
 * (主任晏国梁交换了) when the text repeats it elsewhere; the repeated form wins.
 */
function strongName(s: string, i: number, g: number, weak: boolean): NameCandidate | undefined {
  const long = g + 2;
  if (!HAN.test(s[g + 1] ?? '') || titleAt(s, g + 1) || !acceptable(s, i, long)) return undefined;
  const short = g + 1;
  if (repeatsShort(s, i, short, long)) return { start: i, end: short, weak };
  return occurrences(s, s.slice(i, long)) > 1 ? { start: i, end: long, weak } : undefined;
}

let namedText = '';
let named: Array<NameCandidate | null | undefined> = [];

/**
 * The name starting at s[i], or undefined. Prefers a three-character name when both fit.
 * Without `strong` the answer depends on the text and the position only, and every strategy
 * asks at every position: it is kept per text (as `occurrences` is).
 */
export function nameAt(s: string, i: number, strong = false): NameCandidate | undefined {
  if (strong || i < 0 || i >= s.length) return findName(s, i, strong);
  if (s !== namedText) { namedText = s; named = new Array<NameCandidate | null | undefined>(s.length); }
  let c = named[i];
  if (c === undefined) named[i] = c = findName(s, i, false) ?? null;
  return c ?? undefined;
}

/**
 * A transliterated foreign name, its parts joined by the interpunct (苏珊娜·雅各布,
 * 让-保罗·萨特 is rare): two to four parts of one to eight Han characters. Only after a title
 * (strong context): no surname tells where it starts.
 */
const DOTTED_NAME = /^[\u3400-\u9fff]{1,8}(?:[·•‧][\u3400-\u9fff]{1,8}){1,3}/u;

function dottedName(s: string, i: number): NameCandidate | undefined {
  if (titleAt(s, i) || statementVerbAt(s, i)) return undefined; // 干事苏珊娜… : the title goes on
  const m = DOTTED_NAME.exec(s.slice(i, i + 40));
  if (!m) return undefined;
  // the last part ends where the next word starts (雅各布|在视频致辞中说)
  const lastDot = i + Math.max(m[0].lastIndexOf('·'), m[0].lastIndexOf('•'), m[0].lastIndexOf('‧'));
  for (let e = lastDot + 2; e <= i + m[0].length; e++) if (boundaryAt(s, e)) return { start: i, end: e, weak: false };
  return undefined;
}

/**
 * 卜家和|常说, 万建与|表示: a joining character (和, 与, 及) right before a speech verb (or an
 * adverb and one) joins nothing, so it is the name's last character rather than the word after it.
 */
function joinerBeforeSpeech(s: string, at: number): boolean {
  if (!LIST_JOINER_CHARS.includes(s[at]) || !HAN.test(s[at])) return false;
  return !!statementVerbAt(s, at + 1) || (ADVERBS_AFTER_NAME.has(s[at + 1]) && !!statementVerbAt(s, at + 2));
}

function findName(s: string, i: number, strong: boolean): NameCandidate | undefined {
  if (strong) {
    const dotted = dottedName(s, i);
    if (dotted) return dotted;
  }
  const sl = surnameLengthAt(s, i);
  // 董事长, 强调, 致辞: a title or a verb is no name, whatever its first character.
  if (sl === 0 || titleAt(s, i) || statementVerbAt(s, i) || wordStartingAt(DELIVERY_VERB_LIST, s, i) !== undefined) return undefined;
  const g = i + sl;
  if (!isHanAt(s, g) || NEVER_FIRST_NAME_CHARS.has(s[g])) return undefined;
  // 王主任, 刘局长: a surname with a title is a short form, not a name.
  if (wordStartingAt(SHORT_FORM_ROLES, s, g) !== undefined || titleAt(s, g)) return undefined;
  const weak = sl === 1 && WEAK_SURNAMES.has(s[i]);
  const long = g + 2;
  const short = g + 1;
  const longOk = isHanAt(s, g + 1) && !titleAt(s, g + 1) && boundaryAt(s, long) && acceptable(s, i, long);
  // Each test below is pure and asked only when the answer needs it (this runs at every position of a text).
  let shortOk: boolean | undefined;
  const shortFits = () => (shortOk ??= boundaryAt(s, short) && acceptable(s, i, short));
  if (longOk) {
    // 王宁|笑着说: a manner phrase right after two characters ends the name there, as a word-starting character does.
    const nextStartsWord = (AFTER_NAME_CHARS.has(s[g + 1]) && !joinerBeforeSpeech(s, g + 1)) || mannerAt(s, short) > 0;
    const shortRepeated = (strong || ADVERBS_AFTER_NAME.has(s[g + 1])) && repeatsShort(s, i, short, long);
    if (!(nextStartsWord && shortFits()) && !shortRepeated) return { start: i, end: long, weak };
  }
  if (shortFits()) return { start: i, end: short, weak };
  return strong ? strongName(s, i, g, weak) ?? beforeAspectVerb(s, i, g, weak) ?? marriedName(s, i, g) : undefined;
}

/**
 * After a title, a name followed by a two-character verb and its aspect marker (院长高某某剖析了,
 * 教授林某梳理了): the verb need not be one the lists know, the marker tells where it ends.
 * The three-character form first, as elsewhere; none when the name's last character starts a
 * word (李某也参加了 is 李某).
 */
function beforeAspectVerb(s: string, i: number, g: number, weak: boolean): NameCandidate | undefined {
  for (const end of [g + 2, g + 1]) {
    if (!HAN.test(s[end - 1] ?? '') || (end > g + 1 && (titleAt(s, g + 1) || AFTER_NAME_CHARS.has(s[g + 1])))) continue;
    const verb = HAN.test(s[end] ?? '') && HAN.test(s[end + 1] ?? '') && ASPECT_MARKERS.has(s[end + 2] ?? '');
    if (verb && !titleAt(s, end) && !AFTER_NAME_CHARS.has(s[end]) && acceptable(s, i, end)) return { start: i, end, weak };
  }
  return undefined;
}

/**
 * After a title, a name of two surnames and a two-character given name, as Hong Kong writes a
 * married woman's name (行政长官林郑某某, 主席陈冯某某), when no shorter name fits.
 */
function marriedName(s: string, i: number, g: number): NameCandidate | undefined {
  // (the second surname a strong one: 明, 和, 平 … are words more often than a husband's name)
  if (g !== i + 1 || surnameLengthAt(s, g) !== 1 || WEAK_SURNAMES.has(s[g])) return undefined;
  const end = i + 4;
  if (!HAN.test(s[end - 1] ?? '') || titleAt(s, g + 1) || !boundaryAt(s, end) || !acceptable(s, i, end)) return undefined;
  return { start: i, end, weak: false };
}

/** The name that ends exactly at s[end) (for 据…介绍 and 、-lists read backwards), or undefined. */
export function nameEndingAt(s: string, end: number, from: number): NameCandidate | undefined {
  for (const len of [3, 2, 4]) {
    const st = end - len;
    if (st < from) continue;
    const c = nameAt(s, st);
    if (c && c.end === end) return c;
  }
  return undefined;
}
