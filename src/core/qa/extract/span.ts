/**
 * Open answers — what / which / why / how: the shortest stretch of the sentence
 * that answers. A definition after 即指/是指/即, the object after the question's
 * last anchor (a quoted title, a 、-list, 第一…第五 points), the words up to the
 * asked-for noun (什么系统 → …测序分析系统), the clause after 为了/因为 or 通过.
 */
import { quotedSpans, trimRange } from '../text';
import { type Candidate, type ExtractInput, candidate, rank } from './candidate';

/** Words that link an anchor to what it is or holds; skipped before the answer. */
const LINK = /^(?:\s|[：:]|到了|到|即指|是指|指的是|就是|即为|即是|即|指|是|为|了|的|有|于|在|着|包括|包含|主要|分别|共同|一系列)+/u;
const CLAUSE_END = /[，,；;。！!？?]/u;
const SENTENCE_END = /[。！!？?]/u;

function clauseEnd(text: string, from: number, stops = CLAUSE_END): number {
  let e = from;
  while (e < text.length && !stops.test(text[e])) e++;
  return e;
}

/** The answer that follows position `at`: a quoted span, an enumeration, or the rest of the clause. */
export function objectAfter(text: string, at: number): [number, number] | null {
  const skip = LINK.exec(text.slice(at));
  let s = at + (skip ? skip[0].length : 0);
  if (s >= text.length) return null;
  const q = quotedSpans(text).find((x) => x.start - 1 === s);
  if (q) return [q.start, q.end];
  let e = clauseEnd(text, s);
  const rest = text.slice(s);
  const linkedByColonOrJi = skip && /[：:]|即/u.test(skip[0]);
  const listInClause = /、/u.test(text.slice(s, e));
  if (/^第一/u.test(rest) || (linkedByColonOrJi && !listInClause && /；|;|第二/u.test(text.slice(s)))) {
    // an enumeration: up to the end of the sentence
    e = clauseEnd(text, s, SENTENCE_END);
  }
  // a too-short clause ("起初，…") reaches into the next one
  if (e - s < 2) e = clauseEnd(text, Math.min(text.length, e + 1));
  const r = trimRange(text, s, e);
  return r[1] > r[0] ? r : null;
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

export function extractWhat(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  const out: Candidate[] = [];
  const focus = analysis.focus;
  const hits = lastBeforeHits(input);
  // 什么 + noun: from after the nearest anchor to the end of the noun
  if (focus) {
    for (let at = text.indexOf(focus); at >= 0; at = text.indexOf(focus, at + 1)) {
      const end = at + focus.length;
      const prior = hits.filter((h) => h.end <= at && !text.slice(h.end, at).match(CLAUSE_END));
      if (prior.length === 0) continue;
      const keyed = prior.filter((h) => h.word === input.key);
      const nearest = (keyed.length ? keyed : prior).reduce((a, b) => (b.end > a.end ? b : a));
      const skip = LINK.exec(text.slice(nearest.end, at));
      let s = nearest.end + (skip ? skip[0].length : 0);
      if (s >= at) s = at;
      const r = trimRange(text, s, end);
      const score = 0.55 + 0.3 / (1 + (at - nearest.end) / 10);
      out.push(candidate(text, r[0], r[1], score));
      // 分为三个阶段，即A、B、C: the members named right after the noun answer 哪三个 better
      const def = /^[，,]?(?:即为|即是|即|分别是|分别为|包括|：|:)/u.exec(text.slice(end));
      if (def) {
        const d = objectAfter(text, end + def[0].length);
        if (d) out.push(candidate(text, d[0], d[1], score + 0.1));
      }
    }
  }
  // a quoted title or slogan near the anchors answers 主题 / 名称 / 口号 questions
  const asksName = /主题|话题|题目|名称|名字|口号|标题|叫什么/u.test(analysis.text);
  for (const q of quotedSpans(text)) {
    if (q.text.length < 2 || (input.caption && q.start < input.caption[1])) continue;
    if (input.hits.some((h) => h.start >= q.start && h.end <= q.end)) continue;
    const near = input.hits.reduce((best, h) => Math.min(best, h.end <= q.start ? q.start - h.end : Math.max(0, h.start - q.end)), Infinity);
    const score = 0.3 + (asksName ? 0.25 : 0) + (near === Infinity ? 0 : 0.25 / (1 + near / 6));
    out.push(candidate(text, q.start, q.end, score));
  }

  // the object after an anchor
  for (const h of hits) {
    const r0 = objectAfter(text, h.end);
    if (!r0) continue;
    const r = cutRelative(input, r0);
    if (r[1] <= r[0]) continue;
    if (input.caption && r[0] < input.caption[1]) continue;
    const between = text.slice(h.end, r[0]);
    let score = h.word === input.key ? 0.45 : 0.3;
    if (/即指|是指|指的是|即|：|:/u.test(between)) score += 0.3;
    else if (/是|为/u.test(between)) score += 0.25;
    if (/^[“《"「]/u.test(text.slice(r[0] - 1, r[0]))) score += 0.2;
    // the later the anchor in the question, the closer to what is asked
    const order = analysis.words.findIndex((w) => w.text === h.word);
    score += 0.1 * (order / Math.max(1, analysis.words.length));
    // an answer that merely repeats the question is no answer
    const span = text.slice(r[0], r[1]);
    if (input.hits.some((x) => x.start >= r[0] && x.end <= r[1] && x !== h)) score -= 0.1;
    if (span.length > 80) score -= 0.2;
    out.push(candidate(text, r[0], r[1], score));
  }
  return rank(out);
}

const CAUSE = /(?:是为了|为了|因为|由于|目的是|旨在|以便)/gu;
const MEANS = /(?:通过|利用|借助|采用|依靠|凭借|基于|用)/gu;

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
  const cands = markedClauses(input, MEANS);
  return rank([...cands, ...extractWhat(input).map((c) => ({ ...c, score: c.score * 0.7 }))]);
}
