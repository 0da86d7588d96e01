/**
 * Open answers — what / which / why / how: the shortest stretch of the sentence
 * that answers. A definition after 即指/是指/即, the object after the question's
 * last anchor (a quoted title, a 、-list, 第一…第五 points), the words up to the
 * asked-for noun (什么系统 → …测序分析系统), the clause after 为了/因为 or 通过.
 */
import {
  APPOSITION_MARKERS, CAUSE_MARKERS, CONTRAST_AFFIRMATIONS, CONTRAST_DENIALS, DEFINITION_MARKERS, LINK_AFTER_COMMA, LINK_WORDS, MEANS_MARKERS, MEMBER_INTRODUCERS,
  MODAL_WORDS, MODIFIER_STOPS, POINTING_BACK, PREDICATE_OPENERS, TIME_FRAME_ADVERBS,
} from '../../lang/zh/answers';
import { CATEGORY_NOUNS } from '../../lang/zh/grammar';
import { bothScripts } from '../../lang/zh/script';
import { MEANING_QUESTION_WORDS, NAME_QUESTION_WORDS, PLURAL_QUESTION_WORDS, QUESTION_SPEECH_VERBS } from '../../lang/zh/questions';
import { quotedSpans, trimRange } from '../text';
import { escapeRegExp } from '../../text/regexp';
import { type Candidate, type ExtractInput, candidate, rank } from './candidate';

/** Words that link an anchor to what it is or holds; skipped before the answer. */
const LINK = new RegExp(`^(?:\\s|[：:]|[，,](?=${LINK_AFTER_COMMA.join('|')})|${LINK_WORDS.join('|')})+`, 'u');
const CLAUSE_END = /[，,；;。！!？?]/u;
const SENTENCE_END = /[。！!？?]/u;

/**
 * Longest clause (and enumeration) an answer is read from, in characters: an answer is a phrase,
 * and the bound keeps extraction linear in the sentence however long a "sentence" without stops is.
 */
const MAX_CLAUSE = 200;
const MAX_ENUMERATION = 600;

function clauseEnd(text: string, from: number, stops = CLAUSE_END): number {
  const limit = Math.min(text.length, from + (stops === SENTENCE_END ? MAX_ENUMERATION : MAX_CLAUSE));
  let e = from;
  while (e < limit && !stops.test(text[e])) e++;
  return e;
}

/** The answer that follows position `at`: a quoted span, an enumeration, or the rest of the clause. */
export function objectAfter(text: string, at: number): [number, number] | null {
  const skip = LINK.exec(text.slice(at, at + MAX_CLAUSE));
  let s = at + (skip ? skip[0].length : 0);
  if (s >= text.length || CLAUSE_END.test(text[s])) return null;
  const q = quotedSpans(text).find((x) => x.start - 1 === s);
  if (q) return [q.start, q.end];
  let e = clauseEnd(text, s);
  const rest = text.slice(s, s + 2);
  const linkedByColonOrJi = skip && /[：:]|即/u.test(skip[0]);
  const listInClause = /、/u.test(text.slice(s, e));
  if (/^第一/u.test(rest) || (linkedByColonOrJi && !listInClause && /；|;|第二/u.test(text.slice(s, s + MAX_ENUMERATION)))) {
    // an enumeration: up to the end of the sentence
    e = clauseEnd(text, s, SENTENCE_END);
  }
  // a fragment too short to answer ("…模式上，仁济医院…"): the next clause instead
  if (e - s < 2) {
    s = Math.min(text.length, e + 1);
    e = clauseEnd(text, s);
  }
  const contrast = affirmedAfterDenial(text, s, e);
  if (contrast) return contrast;
  const r = trimRange(text, s, e);
  return r[1] > r[0] ? r : null;
}

const DENIAL = new RegExp(`^(?:${CONTRAST_DENIALS.join('|')})`, 'u');
const AFFIRMATION = new RegExp(`^[，,]\\s*(?:${CONTRAST_AFFIRMATIONS.join('|')})`, 'u');

/** 最难的不是技术，而是停机窗口: an object that denies (不是…) and a clause that names (而是…) — what the second names. */
function affirmedAfterDenial(text: string, s: number, e: number): [number, number] | null {
  if (!DENIAL.test(text.slice(s, s + 4))) return null;
  const m = AFFIRMATION.exec(text.slice(e, e + 6));
  if (!m) return null;
  const from = e + m[0].length;
  const r = trimRange(text, from, clauseEnd(text, from));
  return r[1] > r[0] ? r : null;
}

const PREDICATE_START = new RegExp(`^(?:${PREDICATE_OPENERS.join('|')})`, 'u');
const PLURAL_CUE = new RegExp(PLURAL_QUESTION_WORDS.join('|'), 'u');
const MEMBERS_AFTER = new RegExp(`^[，,]?(?:${MEMBER_INTRODUCERS.join('|')}|：|:)`, 'u');
const ASKS_NAME = new RegExp(NAME_QUESTION_WORDS.join('|'), 'u');
const ASKS_MEANING = new RegExp(MEANING_QUESTION_WORDS.join('|'), 'u');
const APPOSITION_BEFORE = new RegExp(`(?:${APPOSITION_MARKERS.join('|')})$`, 'u');
const ASKS_SAID = new RegExp(QUESTION_SPEECH_VERBS.join('|'), 'u');
const DEFINED_BY = new RegExp(`${DEFINITION_MARKERS.join('|')}|：|:`, 'u');

/** Start of the words that modify a noun at `at`: back to punctuation or a verb/particle (keeps a quoted span whole). */
function modifierBefore(text: string, at: number): number | null {
  let s = at;
  if (/[”’」》]/u.test(text[s - 1] ?? '')) {
    const open = text.lastIndexOf({ '”': '“', '’': '‘', '」': '「', '》': '《' }[text[s - 1]]!, s - 2);
    if (open >= 0 && s - open <= 40) return open;
  }
  while (s > 0 && at - s < 16 && /[\u4e00-\u9fffA-Za-z0-9+]/u.test(text[s - 1])) {
    if (MODIFIER_STOPS.some((w) => text.startsWith(w, s - w.length) && s - w.length >= 0 && s < at)) break;
    s--;
  }
  return s < at ? s : null;
}

function lastBeforeHits(input: ExtractInput) {
  const before = input.hits.filter((h) => h.side === 'before');
  return before.length ? before : input.hits;
}

/** Ends an object before "的 + anchor" (专注于医疗语音录入的云知声 → 医疗语音录入). */
function cutRelative(input: ExtractInput, r: [number, number]): [number, number] {
  for (const h of input.hits) {
    // only when the anchor closes the stretch: …的云知声，
    if (h.start > r[0] + 1 && h.end >= r[1] && input.text[h.start - 1] === '的') return trimRange(input.text, r[0], h.start - 1);
  }
  return r;
}

const ORDINAL = /第([一二三四五六七八九十]{1,2})(?:[点条项个步类种])?/u;

/** Item N of an enumeration the question points at by its ordinal (第五点思考 → the words after 第五，). */
export function ordinalItems(text: string, question: string): Candidate[] {
  const m = ORDINAL.exec(question);
  if (!m) return [];
  const out: Candidate[] = [];
  const mark = `第${m[1]}`;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    // an item marker: 第五，… / 第五点是… / 第五、…, in a text that also has an earlier item
    const lead = /^(?:[点条项个步类种])?(?:是|为)?[，,、：:\s]*/u.exec(text.slice(at + mark.length));
    const s = at + mark.length + (lead ? lead[0].length : 0);
    if (!lead || lead[0].length === 0 || !/第[一二三四五六七八九十]/u.test(text.slice(Math.max(0, at - 400), at)) && m[1] !== '一') continue;
    let e = s;
    while (e < text.length && !/[；;。！!？?]/u.test(text[e]) && !/^第[一二三四五六七八九十][，,、：:]/u.test(text.slice(e, e + 3))) e++;
    const r = trimRange(text, s, e);
    if (r[1] - r[0] >= 2) out.push(candidate(text, r[0], r[1], 0.8));
  }
  return out;
}

/** A 、-list whose members (two or more) end in the category's character (影像科、超声科、病理科 for 科室). */
function classList(text: string, cls: string, input: ExtractInput): Candidate[] {
  const out: Candidate[] = [];
  const re = /[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:、[\u4e00-\u9fffA-Za-z0-9]{1,12})+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const items = m[0].split('、');
    // the last member may run on into 等 (病理科等等使用场景)
    const members = items.map((it, i) => ({ it: it.replace(/等.*$/u, ''), i })).filter(({ it }) => it.length >= 2 && it.endsWith(cls));
    if (members.length < 2) continue;
    // the run of members, from the first to the last
    const first = members[0].i;
    const last = members[members.length - 1].i;
    const s = m.index + items.slice(0, first).reduce((n, it) => n + it.length + 1, 0);
    const e = m.index + items.slice(0, last).reduce((n, it) => n + it.length + 1, 0) + members[members.length - 1].it.length;
    // the first member may carry the words before it in the clause (应用于医院的影像科): keep only the member
    const lead = /[\u4e00-\u9fff]*?的/u.exec(text.slice(s, s + items[first].length));
    const s2 = lead ? s + lead[0].length : s;
    const near = input.hits.some((h) => Math.abs(h.end - s2) < 40 || Math.abs(h.start - e) < 40);
    out.push(candidate(text, s2, e, near ? 0.75 : 0.4));
  }
  return out;
}

/** What the open-answer strategies share about one sentence and question. */
interface WhatContext {
  input: ExtractInput;
  text: string;
  analysis: ExtractInput['analysis'];
  focus: string | null;
  /** The anchor hits before the question word (all hits when none is before it). */
  hits: ExtractInput['hits'];
  /** Is a question word right before the question word, as a verb marked 了/过/着 or a frame adverb? */
  adjacent: (w: string) => boolean;
  cueHit: boolean;
  /** The words after 什么 are a predicate (云环境的什么十分重要), not the noun asked for. */
  predicate: boolean;
  /** 哪三个 / 哪两点: the count and measure the question names. */
  counted: RegExpExecArray | null;
}

const MODAL_BEFORE_VERB = new RegExp(`(?:${[...bothScripts(MODAL_WORDS)].join('|')})$`, 'u');

function whatContext(input: ExtractInput): WhatContext {
  const { text, analysis } = input;
  const focus = analysis.focus;
  const hits = lastBeforeHits(input);
  // the question's word right before its question word (告别了什么, 最初是什么): what follows it in the text answers
  const beforeCue = analysis.text.slice(0, analysis.cue?.start ?? 0);
  // (a verb marked 了/过/着, or a frame adverb such as 最初 before 是; a noun subject before 是 is not one)
  const adjacent = (w: string) => {
    const esc = escapeRegExp(w);
    if (w.length < 2) return false;
    return new RegExp(`${esc}(?:了|过|着)+$`, 'u').test(beforeCue) || (beforeCue.endsWith(w) && MODAL_BEFORE_VERB.test(beforeCue.slice(0, -w.length))) || (TIME_FRAME_ADVERBS.has(w) && new RegExp(`${esc}(?:是|为)?$`, 'u').test(beforeCue));
  };
  const cueHit = hits.some((h) => adjacent(h.word));
  // 什么 + noun: from after the nearest anchor to the end of the noun
  // 云环境的什么十分重要: the words after 什么 are a predicate, not the noun asked for
  // (a noun that merely starts like one, 能力 or 要求, is still the noun: the predicate word must stand as a word of its own)
  const pm = focus ? PREDICATE_START.exec(focus) : null;
  const tokens = analysis.focusTokens;
  const predicate = !!pm && (tokens.length !== 1 || tokens[0].length <= pm[0].length);
  const counted = /哪([一二两三四五六七八九十]+)([个家方项种点条类大])/u.exec(analysis.text);
  return { input, text, analysis, focus, hits, adjacent, cueHit, predicate, counted };
}

/** The words up to the asked-for noun (什么系统 → …测序分析系统), its coordinated and defined members. */
function byFocusNoun(ctx: WhatContext): Candidate[] {
  const { input, text, analysis, focus, hits, adjacent, cueHit, predicate } = ctx;
  const out: Candidate[] = [];
  if (focus) {
    for (let at = text.indexOf(focus); at >= 0; at = text.indexOf(focus, at + 1)) {
      const end = predicate ? at : at + focus.length;
      const linkEnd = (h: { end: number }) => {
        const skip = LINK.exec(text.slice(h.end, at));
        return h.end + (skip ? skip[0].length : 0);
      };
      // anchors earlier in the clause that leave some words before the noun
      const prior = hits.filter((h) => h.end <= at && at - h.end <= MAX_CLAUSE && !text.slice(h.end, at).match(CLAUSE_END) && linkEnd(h) < at);
      if (prior.length === 0) {
        // no anchor before it: the modifier right before the noun (基于“公有云+私有云”模式)
        const m = modifierBefore(text, at);
        if (m && !predicate) out.push(candidate(text, m, end, 0.55));
        continue;
      }
      const keyed = prior.filter((h) => h.word === input.key);
      const nearest = (keyed.length ? keyed : prior).reduce((a, b) => (b.end > a.end ? b : a));
      const r = trimRange(text, linkEnd(nearest), end);
      if (r[1] <= r[0]) continue;
      // the question's verb next to its question word stands elsewhere in the text: this noun is not its object
      const score = 0.55 + 0.3 / (1 + (at - nearest.end) / 10) + (keyed.length ? 0.1 : 0) - (cueHit && !prior.some((h) => adjacent(h.word)) ? 0.1 : 0);
      out.push(candidate(text, r[0], r[1], score));
      // 哪些能力: 运算能力和存储能力 — the coordinated nouns of the same kind belong to the answer
      if (!predicate && PLURAL_CUE.test(analysis.cue?.word ?? '')) {
        const more = new RegExp(`^(?:(?:和|与|及|以及|、)[\\u4e00-\\u9fffA-Za-z0-9]{1,10}?${escapeRegExp(focus)})+`, 'u').exec(text.slice(r[1]));
        if (more) out.push(candidate(text, r[0], r[1] + more[0].length, score + 0.05));
      }
      // 分为三个阶段，即A、B、C: the members named right after the noun answer 哪三个 better
      const def = MEMBERS_AFTER.exec(text.slice(end));
      if (def) {
        const d = objectAfter(text, end + def[0].length);
        if (d) out.push(candidate(text, d[0], d[1], score + 0.1));
      }
    }
  }
  return out;
}

/** 哪三个院区: the modifier before the counted noun in the text. */
function byCountedModifier(ctx: WhatContext): Candidate[] {
  const { text, focus, predicate, counted } = ctx;
  const out: Candidate[] = [];
  if (counted) {
    const unit = counted[1] + counted[2] + (focus && !predicate ? focus : '');
    for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
      const m = modifierBefore(text, at);
      if (m !== null && m < at) out.push(candidate(text, m, at + unit.length, 0.6));
    }
  }

  return out;
}

/** The words the text puts between two adjacent question words (GCSAS测序分析系统). */
function byWordsBetween(ctx: WhatContext): Candidate[] {
  const { input, text, analysis } = ctx;
  const out: Candidate[] = [];
  // GCSAS系统 asked about, the text writing GCSAS测序分析系统: the words the text puts between the two say what it is
  const q = analysis.text.toLowerCase();
  for (const a of input.hits) {
    if (a.soft || a.side !== 'before') continue;
    for (const b of input.hits) {
      const gap = text.slice(a.end, b.start);
      if (b.soft || b.start <= a.end || gap.length > 8 || !q.includes(a.word + b.word)) continue;
      if (!/^[\u4e00-\u9fffA-Za-z0-9+]{2,}$/u.test(gap) || /[的是了和与及从在到]/u.test(gap)) continue;
      out.push(candidate(text, a.start, b.end, 0.7));
    }
  }

  return out;
}

/** Item N of a 第一…第N enumeration (第五点). */
function byOrdinal(ctx: WhatContext): Candidate[] {
  const { text, analysis } = ctx;
  const out: Candidate[] = [];
  // 第五点 / 第三条: item N of a 第一…第N enumeration, up to the next item or the sentence end
  for (const c of ordinalItems(text, analysis.text)) out.push(c);

  return out;
}

/** 哪两点 answered by "即A和B，这两点…": what the demonstrative points back to. */
function byPointingBack(ctx: WhatContext): Candidate[] {
  const { text, counted } = ctx;
  const out: Candidate[] = [];
  // 哪两点问题 answered by "即A和B，这两点问题…": the words the demonstrative points back to
  if (counted) {
    const back = new RegExp(`(?:${POINTING_BACK.join('|')})${counted[1]}${counted[2]}`, 'u');
    const bm = back.exec(text);
    if (bm) {
      let s = bm.index;
      while (s > 0 && !/[。！？!?：:]/u.test(text[s - 1]) && !text.startsWith('即', s - 1)) s--;
      if (text.startsWith('即', s - 1)) {
        const r = trimRange(text, s, bm.index);
        if (r[1] - r[0] >= 2) out.push(candidate(text, r[0], r[1], 0.8));
      }
    }
  }

  return out;
}

/** A quoted title or slogan near the anchors (主题, 名称, 口号). */
function byQuotedTitle(ctx: WhatContext): Candidate[] {
  const { input, text, analysis } = ctx;
  const out: Candidate[] = [];
  // a quoted title or slogan near the anchors answers 主题 / 名称 / 口号 questions
  const asksName = ASKS_NAME.test(analysis.text);
  for (const q of quotedSpans(text)) {
    if (q.text.length < 2 || (input.caption && q.start < input.caption[1])) continue;
    // a title whose own head noun is the question's word (《…调查报告》 for 调查报告的名称) names it
    const headed = asksName && q.mark === '《' && input.hits.some((h) => !h.soft && h.end === q.end && h.start > q.start);
    if (headed) { out.push(candidate(text, q.start, q.end, 0.85)); continue; }
    if (input.hits.some((h) => h.start >= q.start && h.end <= q.end)) continue;
    const near = input.hits.reduce((best, h) => Math.min(best, h.end <= q.start ? q.start - h.end : Math.max(0, h.start - q.end)), Infinity);
    const score = asksName ? 0.55 + (near === Infinity ? 0 : 0.25 / (1 + near / 6)) : 0.2 + (near === Infinity ? 0 : 0.2 / (1 + near / 6));
    out.push(candidate(text, q.start, q.end, score));
  }

  return out;
}

const FRAME_CLOSERS = /^[为作来当]/u;

/** The characters that frame a question word in the question (以|什么|为题), when both sides have some and no punctuation. */
function frameOf(question: string, cue: { word: string; start: number; end: number }): [string, string] | null {
  // (以什么 read as one question word of means: its preposition is the frame's left side)
  const preposition = /^[以用拿]/u.exec(cue.word)?.[0] ?? '';
  const left = preposition || (/[\u4e00-\u9fff]{1,2}$/u.exec(question.slice(Math.max(0, cue.start - 2), cue.start))?.[0] ?? '');
  const right = /^[\u4e00-\u9fff]{1,2}/u.exec(question.slice(cue.end, cue.end + 2))?.[0] ?? '';
  // (only a frame that closes with a copula or a verb of use, 为题 or 来做: 什么系统 asks for the whole noun, which focus-noun reads)
  return left && right && left.length + right.length >= 3 && FRAME_CLOSERS.test(right) ? [left, right] : null;
}

/** 以什么为题 ↔ 以《…》为题: what the text writes inside the same frame the question puts around its question word. */
function framed(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  const frame = analysis.cue ? frameOf(analysis.text, analysis.cue) : null;
  if (!frame) return [];
  const out: Candidate[] = [];
  // (both sides are Han characters: no escaping needed)
  for (const m of text.matchAll(new RegExp(`${frame[0]}([^，,。；;！!？?\\n]{1,30}?)${frame[1]}`, 'gu'))) {
    const start = m.index! + frame[0].length;
    out.push(candidate(text, start, start + m[1].length, 0.9));
  }
  return out;
}

/** X，即[anchor]: the clause before 即 explains the anchor. */
function byDefinition(ctx: WhatContext): Candidate[] {
  const { input, text, analysis } = ctx;
  const out: Candidate[] = [];
  // X，即[anchor]: the words before 即 explain what the anchor means
  const asksMeaning = ASKS_MEANING.test(analysis.text);
  for (const h of input.hits) {
    const lead = APPOSITION_BEFORE.exec(text.slice(Math.max(0, h.start - 4), h.start));
    if (!lead) continue;
    // the clause right before 即 (…，都要根据医院的自身发展需求，即因地制宜)
    let e = h.start - lead[0].length;
    while (e > 0 && /[，,\s]/u.test(text[e - 1])) e--;
    let s = e;
    while (s > 0 && !/[，,；;。！？!?：:]/u.test(text[s - 1])) s--;
    const r = trimRange(text, s, e);
    if (r[1] - r[0] >= 2) out.push(candidate(text, r[0], r[1], asksMeaning ? 0.65 : 0.35));
  }

  return out;
}

/** What someone said: their quote or statement in the sentence. */
function bySpeech(ctx: WhatContext): Candidate[] {
  const { input, text, analysis } = ctx;
  const out: Candidate[] = [];
  // said / shared by someone: their quote in the sentence
  if (ASKS_SAID.test(analysis.text.slice(0, analysis.cue?.start ?? 0))) {
    for (const q of input.quotes) {
      if (q.end > text.length || q.end - q.start < 4) continue;
      const r = trimRange(text, q.start, q.end);
      out.push(candidate(text, r[0], r[1], q.speaker && input.hits.some((h) => h.end <= q.start + 1 || h.start >= q.end) ? 0.55 : 0.4));
    }
  }

  return out;
}

/** The object after a question word in the text. */
function byObjectAfter(ctx: WhatContext): Candidate[] {
  const { input, text, analysis, focus, hits, adjacent, predicate } = ctx;
  const out: Candidate[] = [];
  // the object after an anchor
  for (const h of hits) {
    const r0 = objectAfter(text, h.end);
    if (!r0) continue;
    // 实现[广州妇女儿童医疗中心]关键业务秒级接管: the question's own subject is not the answer
    for (let moved = true; moved; ) {
      moved = false;
      const lead = input.hits.find((x) => x.start === r0[0] && x.end < r0[1] && x !== h && !x.soft);
      if (lead) {
        const skip = LINK.exec(text.slice(lead.end, r0[1]));
        r0[0] = lead.end + (skip ? skip[0].length : 0);
        moved = r0[0] < r0[1];
      }
    }
    if (r0[1] <= r0[0]) continue;
    const r = cutRelative(input, r0);
    if (r[1] <= r[0]) continue;
    if (input.caption && r[0] < input.caption[1]) continue;
    const between = text.slice(h.end, r[0]);
    let score = h.word === input.key ? 0.45 : input.hits.some((x) => x.word === input.key) ? 0.3 : 0.15;
    if (DEFINED_BY.test(between)) score += 0.3;
    // the question's words right before this one too (最终实现…)
    else if (h.word === input.key && input.hits.some((x) => x !== h && x.end <= h.start && h.start - x.end <= 2 && x.word !== h.word)) score += 0.1;
    // the question names the kind of thing it wants (什么模式): an object without it fits less
    const nextToCue = adjacent(h.word) && !/[，,]/u.test(between);
    if (nextToCue) score += 0.35;
    if (focus && !predicate && !text.slice(r[0], r[1]).includes(focus) && !(nextToCue && CATEGORY_NOUNS.has(focus))) score -= 0.1;
    else if (/是|为/u.test(between)) score += 0.25;
    if (/^[“《"「]/u.test(text.slice(r[0] - 1, r[0])) && (h.word === input.key || ASKS_NAME.test(analysis.text))) score += 0.2;
    // the later the anchor in the question, the closer to what is asked
    const order = analysis.words.findIndex((w) => w.text === h.word);
    score += 0.1 * (order / Math.max(1, analysis.words.length));
    // an answer that merely repeats the question is no answer
    const span = text.slice(r[0], r[1]);
    // (现在的戴尔中国4.0 repeats 戴尔 but says more: only a span mostly made of question words is penalised)
    const inside = input.hits.filter((x) => x.start >= r[0] && x.end <= r[1] && x !== h);
    const repeated = inside.reduce((n, x) => n + x.end - x.start, 0);
    if (inside.length && (inside.some((x) => !x.entity) || span.length - repeated < Math.max(4, span.length / 2))) score -= 0.1;
    if (span.length > 80) score -= 0.2;
    // 这两点问题值得深思 only points back to the answer
    if (/^(?:这|那|此|该)(?:些|[一二两三四五六七八九十]?[个点种项条类])/u.test(span)) score -= 0.2;
    out.push(candidate(text, r[0], r[1], score));
  }
  return out;
}

/** The open-answer strategies for what / which questions, in the order their candidates are ranked on ties. */
export const WHAT_STRATEGIES: ReadonlyArray<{ name: string; appliesTo: string; weight: number; find: (ctx: WhatContext) => Candidate[] }> = [
  { name: 'focus-noun', appliesTo: 'the words up to the asked-for noun (什么系统 → …测序分析系统), its coordinated and defined members', weight: 1, find: byFocusNoun },
  { name: 'counted-modifier', appliesTo: '哪三个院区: the modifier before the counted noun in the text', weight: 1, find: byCountedModifier },
  { name: 'words-between', appliesTo: 'the words the text puts between two adjacent question words (GCSAS测序分析系统)', weight: 1, find: byWordsBetween },
  { name: 'ordinal-item', appliesTo: 'item N of a 第一…第N enumeration (第五点)', weight: 1, find: byOrdinal },
  { name: 'pointing-back', appliesTo: '哪两点 answered by "即A和B，这两点…": what the demonstrative points back to', weight: 1, find: byPointingBack },
  { name: 'quoted-title', appliesTo: 'a quoted title or slogan near the anchors (主题, 名称, 口号)', weight: 1, find: byQuotedTitle },
  { name: 'frame', appliesTo: '以什么为题 ↔ 以《…》为题: the words inside the frame the question puts around its question word', weight: 1, find: (ctx) => framed(ctx.input) },
  { name: 'definition-before', appliesTo: 'X，即[anchor]: the clause before 即 explains the anchor', weight: 1, find: byDefinition },
  { name: 'speech-content', appliesTo: 'what someone said: their quote or statement in the sentence', weight: 1, find: bySpeech },
  { name: 'object-after-anchor', appliesTo: 'the object after a question word in the text', weight: 1, find: byObjectAfter },
];

export function extractWhat(input: ExtractInput): Candidate[] {
  if (input.analysis.focusClass) return rank(classList(input.text, input.analysis.focusClass, input));
  const ctx = whatContext(input);
  return rank(WHAT_STRATEGIES.flatMap((s) => s.find(ctx).map((c) => ({ ...c, score: Math.min(1, c.score * s.weight) }))));
}

const CAUSE = new RegExp(`(?:${CAUSE_MARKERS.join('|')})`, 'gu');
const MEANS = new RegExp(`(?:${MEANS_MARKERS.join('|')})`, 'gu');

function markedClauses(input: ExtractInput, re: RegExp): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + m[0].length;
    let e = clauseEnd(text, s);
    // 通过 X 实现 Y: the means ends where the anchor verb starts
    const stopAt = input.hits.find((h) => h.start > s && h.start < e);
    if (stopAt && stopAt.start - s >= 2) e = stopAt.start;
    const r = trimRange(text, s, e);
    if (r[1] - r[0] < 2) continue;
    const near = input.hits.some((h) => Math.abs(h.start - m!.index) < 40);
    out.push(candidate(text, r[0], r[1], near ? 0.7 : 0.4));
  }
  return out;
}

export function extractWhy(input: ExtractInput): Candidate[] {
  const cands = markedClauses(input, CAUSE);
  return rank(cands.length ? cands : extractWhat(input).map((c) => ({ ...c, score: c.score * 0.6 })));
}

export function extractHow(input: ExtractInput): Candidate[] {
  // 以什么为题 asks what, in the frame 以…为题, not how
  const inFrame = framed(input);
  if (inFrame.length) return rank(inFrame);
  const cands = markedClauses(input, MEANS);
  return rank([...cands, ...extractWhat(input).map((c) => ({ ...c, score: c.score * 0.7 }))]);
}
