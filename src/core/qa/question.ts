/**
 * Question analysis: what kind of answer a Chinese question wants (from its
 * wording) and which content words anchor it in the record.
 */
import type { Role } from '../model';
import type { Segmenter } from '../segmenter';
import type { QuestionType } from './types';
import { EVENT_ROLE_WORDS } from '../lang/zh/entities';
import { FUNCTION_CHARS, SOFT_WORDS, STOP_WORDS } from '../lang/zh/grammar';
import { MEASURE_WORDS } from '../lang/zh/measures';
import {
  ASKED_PLACE_KINDS, ORG_ROLE_NOUNS, PERSON_BEFORE, QUANTITY_FRAME_NOUNS, QUANTITY_LEADS, QUANTITY_LEADS_TRIMMED, QUESTION_SPEECH_VERBS, QUESTION_WORDS,
  ROLE_COPULAS, SHARE_CUES, TYPE_RULES, VERBS_TAKING_WEI,
} from '../lang/zh/questions';
import { longestFirst } from '../lang/zh/match';
import { normalizeQuestion, quotedSpans } from './text';

/** A content word of the question. */
export interface QuestionWord {
  text: string;
  /** Before or after the question word. */
  side: 'before' | 'after';
  /** A word of the question's frame (主题, 职务, 举行…) that the record need not contain. */
  soft: boolean;
  /** Quoted text from the question: must be found nearly verbatim. */
  quoted: boolean;
}

export interface QuestionAnalysis {
  question: string;
  /** Normalised question text. */
  text: string;
  type: QuestionType;
  /** The question word as written (谁, 多少, 哪里…), with its position in `text`; null when none. */
  cue: { word: string; start: number; end: number } | null;
  /** Measure word after 多少/几 (家, 张, 个…) or the unit asked for (年 for 哪一年). */
  measure: string | null;
  /** The noun asked about right after the question word (医疗机构 in 多少家医疗机构, 系统 in 什么系统). */
  focus: string | null;
  /** The words the focus was read from (a long focus is shortened to what the record contains). */
  focusTokens: string[];
  /** A two-character category noun the record never writes (科室): its first character, which the listed members end in (影像科). */
  focusClass?: string;
  /** The event role a who-question asks about (主持人 → host). */
  role: Role | null;
  /** Content words, in question order. */
  words: QuestionWord[];
  /** Text inside quotation marks in the question. */
  quoted: string[];
}




const MEASURES_LONGEST_FIRST = [...new Set(MEASURE_WORDS)].sort((a, b) => b.length - a.length);


/** Detects the question type from its wording. */
export function detectType(text: string): { type: QuestionType; cue: QuestionAnalysis['cue'] } {
  for (const rule of TYPE_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    // 报告叫什么 names a thing; only a person's title before 叫什么 makes it a who-question
    // 被形容为什么 / 称为什么: 为 belongs to the verb, the question is what
    if (rule.type === 'why' && m[0] === '为什么' && WEI_VERB_BEFORE.test(text.slice(0, m.index))) {
      return { type: 'what', cue: { word: '什么', start: m.index + 1, end: m.index + 3 } };
    }
    if (rule.type === 'who' && m[0] === '叫什么' && !PERSON_BEFORE.test(text.slice(0, m.index))) {
      return { type: 'what', cue: { word: m[0], start: m.index, end: m.index + m[0].length } };
    }
    return { type: rule.type, cue: { word: m[0], start: m.index, end: m.index + m[0].length } };
  }
  return { type: 'other', cue: null };
}

/** Splits text into word-like tokens: with a segmenter its `cut`, otherwise runs between function characters. */
/**
 * The question's words, each known name kept whole: the segmenter knows the bundled summit's
 * people, not those of the reports a user brings (蓝海生 would be cut 蓝海|生是).
 */
function wordsOf(text: string, segmenter: Segmenter | undefined, names: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let at = -1;
    let name = '';
    for (const n of names) {
      const i = text.indexOf(n, from);
      if (i >= 0 && (at < 0 || i < at || (i === at && n.length > name.length))) { at = i; name = n; }
    }
    if (at < 0) break;
    out.push(...tokenize(text.slice(from, at), segmenter), name);
    from = at + name.length;
  }
  out.push(...tokenize(text.slice(from), segmenter));
  return out;
}

function tokenize(text: string, segmenter?: Segmenter): string[] {
  if (!text) return [];
  if (segmenter) {
    try {
      return segmenter.cut(text).filter((t) => t.trim() !== '');
    } catch {
      /* fall through to the plain split */
    }
  }
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (FUNCTION_CHARS.has(ch) || /[\s\p{P}]/u.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
      if (FUNCTION_CHARS.has(ch)) out.push(ch);
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function isContent(token: string): boolean {
  if (/^[\s\p{P}\p{S}]+$/u.test(token)) return false;
  if (token.length === 1 && FUNCTION_CHARS.has(token)) return false;
  if (STOP_WORDS.has(token)) return false;
  if (QUESTION_WORDS.includes(token)) return false;
  // tokens made only of function characters (了的, 是在…)
  if ([...token].every((c) => FUNCTION_CHARS.has(c))) return false;
  return true;
}

/** Strips question words glued to a token by the segmenter (是什么 → '', 几个 → 个). */
function stripQuestionWords(token: string): string {
  let t = token;
  for (const q of QUESTION_WORDS) if (q.length > 1 || q === '谁' || q === '几' || q === '哪') t = t.split(q).join(' ');
  return t.trim();
}

const WEI_VERB_BEFORE = new RegExp(`(?:${VERBS_TAKING_WEI.join('|')})$`, 'u');
const FRAME_NOUN = new RegExp(`^(?:${QUANTITY_FRAME_NOUNS.join('|')})$`, 'u');
const COUNT_FRAME = new RegExp(`^(?:${[...QUANTITY_FRAME_NOUNS, '多少'].join('|')})$`, 'u');
const PLACE_KIND = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(${ASKED_PLACE_KINDS.join('|')})`, 'u');
const COUNTED_BEFORE = new RegExp(`(?:${QUANTITY_LEADS.join('|')})$`, 'u');
const COUNT_LEADS = new RegExp(`(?:${QUANTITY_LEADS_TRIMMED.join('|')})+$`, 'u');
const SHARE_CUE = new RegExp(SHARE_CUES.join('|'), 'u');

/** Reads measure word and focus noun right after the question word. */
function readFocus(after: string, type: QuestionType, segmenter?: Segmenter): { measure: string | null; focus: string | null; tokens?: string[] } {
  let rest = after.replace(/^[的是]/u, '');
  let measure: string | null = null;
  if (type === 'quantity' || type === 'when') {
    for (const m of MEASURES_LONGEST_FIRST) {
      if (rest.startsWith(m)) {
        measure = m;
        rest = rest.slice(m.length);
        break;
      }
    }
  }
  if (type === 'when' && !measure) measure = null;
  if (type === 'organization' || type === 'where') {
    const kind = PLACE_KIND.exec(rest);
    return { measure: null, focus: kind ? rest.slice(0, kind[0].length) : null };
  }
  const tokens = tokenize(rest, segmenter);
  // 多少比例的医院: the frame noun gives way to the noun it measures
  while (tokens.length > 2 && FRAME_NOUN.test(tokens[0]) && tokens[1] === '的') tokens.splice(0, 2);
  const head: string[] = [];
  for (const t of tokens) {
    if (!isContent(t) || /[\p{P}\s]/u.test(t)) break;
    head.push(t);
    if (head.join('').length >= 8) break;
  }
  const focus = head.join('');
  return { measure, focus: focus || null, tokens: head };
}

/** An organisation's part in the event or a relation, right before 是谁 (指导单位是, 主办方为). */
const ORG_ROLE_BEFORE = new RegExp(`(?:${ORG_ROLE_NOUNS.join('|')})(?:${ROLE_COPULAS.join('|')})?$`, 'u');

/** 副 + 主任 split by the segmenter is one title: 副主任. */
function joinDeputy(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '副' && i + 1 < tokens.length && /^[\u4e00-\u9fff]{1,4}$/u.test(tokens[i + 1])) {
      out.push('副' + tokens[i + 1]);
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

/**
 * Analyses a question. The segmenter, when given, splits content words the way the index does;
 * `names` (the people the records name) stay whole words.
 */
const SPEECH_VERB_AFTER_CUE = new RegExp(`^(?:${longestFirst(QUESTION_SPEECH_VERBS).join('|')})`, 'u');

export function analyzeQuestion(question: string, segmenter?: Segmenter, names: readonly string[] = []): QuestionAnalysis {
  const text = normalizeQuestion(question);
  const detected = detectType(text);
  const cue = detected.cue;
  // 指导单位是谁 / 主办方是谁: the one asked for is an organisation, not a person
  const type: QuestionType = detected.type === 'who' && cue && ORG_ROLE_BEFORE.test(text.slice(0, cue.start)) ? 'organization' : detected.type;
  const quoted = quotedSpans(text).map((q) => q.text.trim()).filter((q) => q.length > 0);

  const before = cue ? text.slice(0, cue.start) : text;
  const after = cue ? text.slice(cue.end) : '';
  // the cue word sometimes swallows the measure word (哪一年 → 年, 几个 → 个)
  const read = cue && type !== 'who' ? readFocus(after, type, segmenter) : { measure: null, focus: null };
  const m0 = read.measure;
  let focus = read.focus;
  // 开发商有多少家 / 医院比例是多少: the counted noun stands before the question word
  if (!focus && cue && type === 'quantity' && (COUNTED_BEFORE.test(before) || SHARE_CUE.test(cue.word))) {
    const tokens = tokenize(before.replace(COUNT_LEADS, ''), segmenter).filter((t) => isContent(t) && !/^[\p{P}\s]+$/u.test(t));
    const nouns = tokens.filter((t) => !COUNT_FRAME.test(t));
    const last = nouns[nouns.length - 1];
    if (last) focus = last;
  }
  let measure = m0;
  if (!measure && cue && type === 'when') {
    if (/年/u.test(cue.word)) measure = '年';
    else if (/月/u.test(cue.word)) measure = '月';
    else if (/天|日|号/u.test(cue.word)) measure = '日';
  }

  let role: Role | null = null;
  if (type === 'who') {
    for (const [w, r] of EVENT_ROLE_WORDS) if (text.includes(w)) { role = r; break; }
  }

  const words: QuestionWord[] = [];
  const seen = new Set<string>();
  const push = (raw: string, side: 'before' | 'after', isQuoted: boolean) => {
    for (const part of (isQuoted ? raw : stripQuestionWords(raw)).split(' ')) {
      const t = part.trim();
      if (!t || seen.has(t)) continue;
      if (!isQuoted && !isContent(t)) continue;
      seen.add(t);
      words.push({ text: t, side, soft: !isQuoted && SOFT_WORDS.has(t), quoted: isQuoted });
    }
  };
  for (const q of quoted) push(q, cue && text.indexOf(q) >= cue.end ? 'after' : 'before', true);
  const unquoted = (s: string) => s.replace(/[“"「『《‘][^”"」』》’]*[”"」』》’]/gu, ' ');
  for (const t of joinDeputy(wordsOf(unquoted(before), segmenter, names))) push(t, 'before', false);
  let afterText = unquoted(after);
  if (measure && afterText.startsWith(measure)) afterText = afterText.slice(measure.length);
  // 谁说区女士…: the speech verb after 谁 is a word of its own (jieba may glue it to the next character: 说区)
  const verb = type === 'who' ? SPEECH_VERB_AFTER_CUE.exec(afterText)?.[0] : undefined;
  if (verb) afterText = `${verb} ${afterText.slice(verb.length)}`;
  for (const t of joinDeputy(wordsOf(afterText, segmenter, names))) push(t, 'after', false);

  return { question, text, type, cue, measure, focus, focusTokens: focus ? read.tokens ?? [focus] : [], role, words, quoted };
}
