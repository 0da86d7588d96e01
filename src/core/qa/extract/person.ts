/**
 * People: the speaker of a quote the question cites, a name or alias right next
 * to the anchor (title + name captions, "… 张三分享到：“…”"), or the host and
 * panelists by role. Answers name the person as the transcript writes the name.
 */
import type { Speaker } from '../../model';
import { findPeople, type PersonMention } from '../people';
import { type Candidate, type ExtractInput, anchorDistance, rank, relationCloseness, segmentAround } from './candidate';
import { findNames } from './place';
import { endsWithTitle } from '../mentions';
import { fold } from '../text';
import {
  ADVERBS_BEFORE_VERB, ORG_REFERENCES, PARTNER_ORG_ENDINGS, PARTNERING_VERBS, QUOTING_VERBS, TOGETHER_ADVERBS,
} from '../../lang/zh/answers';
import { ANSWER_ORG_SUFFIXES } from '../../lang/zh/entities';
import { PLURAL_WHO_WORDS, REPORTER_QUESTION_WORDS } from '../../lang/zh/questions';
import { postQualifierBefore } from '../../lang/zh/titles';

const PARTNER_Q = new RegExp(`(?:和|与|跟|同)谁(?:${TOGETHER_ADVERBS.join('|')})?(?:${PARTNERING_VERBS.join('|')})`, 'u');
const ORG_END = new RegExp(`(?:${PARTNER_ORG_ENDINGS.join('|')})$`, 'u');
const REFERRING = new RegExp(`(?:${ORG_REFERENCES.join('|')})`, 'gu');
const ASKS_PLURAL = new RegExp(PLURAL_WHO_WORDS.join('|'), 'u');

/**
 * 医院X和谁合作: an organisation's partner is an organisation — the one the sentence is
 * about (该公司… 与X合作), named earlier in the paragraph, or written in the same clause.
 */
function partnerOrganization(input: ExtractInput): Candidate[] {
  const { text, analysis } = input;
  if (!PARTNER_Q.test(analysis.text) || findNames(analysis.text, ANSWER_ORG_SUFFIXES).length === 0) return [];
  const out: Candidate[] = [];
  for (const h of input.hits.filter((x) => !x.soft && x.side === 'before')) {
    const lead = text.slice(Math.max(0, h.start - 3), h.start);
    if (!/(?:与|和|跟|同)$/u.test(lead)) continue;
    const head = text.slice(0, h.start);
    // an organisation named earlier in the sentence
    const own = findNames(head, ANSWER_ORG_SUFFIXES).filter((n) => n.end - n.start >= 4 && ORG_END.test(text.slice(n.start, n.end)));
    if (own.length) {
      const n = own[own.length - 1];
      out.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end), score: 0.9 });
      continue;
    }
    // 该公司 / 其: the organisation the paragraph introduced before this sentence
    REFERRING.lastIndex = 0;
    if (!REFERRING.test(head) || !input.before) continue;
    const prior = findNames(input.before, ANSWER_ORG_SUFFIXES).filter((n) => n.end - n.start >= 4 && ORG_END.test(input.before!.slice(n.start, n.end)));
    const known = (input.knownOrgs ?? []).filter((o) => input.before!.includes(o)).sort((a, b) => input.before!.lastIndexOf(b) - input.before!.lastIndexOf(a));
    const name = known[0] ?? (prior.length ? input.before.slice(prior[prior.length - 1].start, prior[prior.length - 1].end) : null);
    if (name) out.push({ start: 0, end: 0, text: name, score: 0.9 });
  }
  return out;
}

const SPEECH_VERB = new RegExp(`^(?:在[^，。“]{0,12})?(?:${ADVERBS_BEFORE_VERB.join('|')})?(?:${QUOTING_VERBS.join('|')})`, 'u');

function personCandidate(m: PersonMention, start: number, end: number, score: number): Candidate {
  return { start, end, text: m.speaker.name, score: Math.max(0, Math.min(1, score)) };
}

/** Sum of the weights of the distinct anchor words among the hits. */
function distinctWeight(hits: ExtractInput['hits']): number {
  const seen = new Map<string, number>();
  for (const h of hits) seen.set(h.word, h.weight);
  let s = 0;
  for (const w of seen.values()) s += w;
  return s;
}

/** What the person strategies share about one sentence and question. */
interface PersonContext {
  input: ExtractInput;
  text: string;
  analysis: ExtractInput['analysis'];
  /** People the question itself names: never the answer. */
  named: Set<string>;
  mentions: PersonMention[];
}

/** A reporter, editor or photographer answers only a question about the report's own making. */
const ASKS_REPORTER = new RegExp(REPORTER_QUESTION_WORDS.join('|'), 'u');

/** A copula right after the question's words (…主席为, …负责人是): who follows is what they are. */
const COPULA = /^[为是]$/u;
/** Punctuation that ends the list a copula opens (its items are joined by 、 only). */
const CLAUSE_BREAK = /[，,。；;！!？?：:\n]/u;

/** A saying quoted right after the verb, with no colon (卜某常说“…”): whether the anchors are inside it. */
function quotedRightAfter(input: ExtractInput, at: number): boolean {
  const close = QUOTE_CLOSE[input.text[at]];
  const end = close ? input.text.indexOf(close, at + 1) : -1;
  return end > at && end - at <= 80 && input.hits.some((h) => h.start > at && h.end <= end);
}
const QUOTE_CLOSE: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** A name in the sentence, near the anchors, before a speech verb or after a title. */
function byMention(ctx: PersonContext): Candidate[] {
  const { input, text, analysis, mentions } = ctx;
  const out: Candidate[] = [];
  const total = input.hits.length ? distinctWeight(input.hits) : 1;
  for (const m of mentions) {
    const d = anchorDistance(input, m.start, m.end);
    let score = d === Infinity ? 0.1 : 0.1 + 0.3 / (1 + d / 6);
    // the anchors in the same list item or clause as the name ("org title name、")
    const [s, e] = segmentAround(text, m.start, m.end);
    const local = distinctWeight(input.hits.filter((h) => h.start >= s && h.end <= e)) / total;
    score += 0.3 * local + 0.1 * relationCloseness(input, m.start, m.end);
    // "title name": the anchor words end right before the name
    if (input.hits.some((h) => h.end <= m.start && m.start - h.end <= 2 && text.slice(h.end, m.start).trim() === '')) score += 0.15;
    // "anchor 为 post name、post name": the people a copula after the question's words names (论坛主席为…副会长某某)
    if (input.hits.some((h) => h.end <= m.start && COPULA.test(text.slice(h.end, h.end + 1)) && !CLAUSE_BREAK.test(text.slice(h.end, m.start)))) score += 0.4;
    // "name 说道：“…anchor…”": the name introduces speech that holds the anchors
    const verb = SPEECH_VERB.exec(text.slice(m.end));
    if (verb) {
      const inSpeech = input.quotes.some((q) => q.start > m.end && q.start - m.end < 24 && input.hits.some((h) => h.start >= q.start && h.end <= q.end))
        || quotedRightAfter(input, m.end + verb[0].length);
      // "…anchor…，name这样说道。": reported speech that ends the sentence refers back
      const reported = /^[。！!；;]?$/u.test(text.slice(m.end + verb[0].length, m.end + verb[0].length + 1)) && input.hits.some((h) => h.end <= m.start);
      score += inSpeech || reported ? 0.35 : 0.1;
    }
    // a photo caption names the previous paragraph's subject, not this sentence's
    if (input.caption && m.end <= input.caption[1] && !input.hits.some((h) => h.end <= m.start)) score -= 0.3;
    if (analysis.role && m.speaker.role === analysis.role) score += 0.3;
    out.push(personCandidate(m, m.start, m.end, score));
  }

  return out;
}

/** At most this many characters (同志, a title) stand between a subject and its verb. */
const SUBJECT_GAP = /^[\u3400-\u9fff]{0,4}$/u;

/**
 * Whether the speech names someone else as the subject of the question's words (a speech that
 * reports 刚才，贺某同志通报了…: who 通报了 is 贺某, not the one who says so): a mention of
 * another person inside it, right before its first anchor word.
 */
function namesOtherSubject(ctx: PersonContext, q: ExtractInput['quotes'][number], anchored: ExtractInput['hits']): boolean {
  const first = Math.min(...anchored.map((h) => h.start));
  return ctx.mentions.some((m) => m.speaker.name !== q.speaker && m.start >= q.start && m.end <= first && SUBJECT_GAP.test(ctx.text.slice(m.end, first)));
}

/** The speaker of a quote or statement that holds the question's words. */
function bySpeaker(ctx: PersonContext): Candidate[] {
  const { input, named, mentions } = ctx;
  const out: Candidate[] = [];
  // quoted words of the question found inside a quote: the quote's speaker
  for (const q of input.quotes) {
    if (!q.speaker || named.has(q.speaker)) continue;
    const anchored = input.hits.filter((h) => h.start >= q.start && h.end <= q.end);
    if (anchored.length === 0 || namesOtherSubject(ctx, q, anchored)) continue;
    const sp = input.speakers.find((s) => s.name === q.speaker);
    if (!sp) continue;
    const mention = mentions.find((m) => m.speaker === sp);
    const m: PersonMention = mention ?? { speaker: sp, form: sp.name, full: true, start: q.start, end: q.start };
    out.push(personCandidate(m, m.start, m.end, 0.75 + 0.05 * anchored.length));
  }

  return out;
}

/** The host or panelists, when the sentence speaks of that role. */
function byRole(ctx: PersonContext): Candidate[] {
  const { input, analysis, named, mentions } = ctx;
  const out: Candidate[] = [];
  // the host / panelists by role, when the sentence speaks of that role
  if (analysis.role) {
    for (const sp of input.speakers.filter((s) => s.role === analysis.role)) {
      if (named.has(sp.name)) continue;
      const m = mentions.find((x) => x.speaker === sp);
      if (m) continue; // already scored above with the role bonus
      if (input.hits.length > 0) {
        out.push({ start: 0, end: 0, text: sp.name, score: 0.45 });
      }
    }
  }

  return out;
}

/** 哪些专家 / 哪几位: the 、-list of names in the sentence, whole. */
function byList(ctx: PersonContext): Candidate[] {
  const { input, text, analysis, mentions } = ctx;
  const out: Candidate[] = [];
  // 哪些专家 / 哪几位: the 、-list of names in the sentence, whole
  const plural = ASKS_PLURAL.test(analysis.text);
  if (mentions.length >= 2) {
    const listed = mentions.filter((m) => m.full);
    for (let i = 0; i + 1 < listed.length; i++) {
      let j = i;
      for (;;) {
        if (j + 1 >= listed.length) break;
        const between = text.slice(listed[j].end, listed[j + 1].start);
        if (!between.includes('、') || /[，。；;！？]/u.test(between)) break;
        j++;
      }
      if (j > i) {
        const [s] = segmentAround(text, listed[i].start, listed[i].end);
        const d = anchorDistance(input, s, listed[j].end);
        // "A、B、C四位专家…": a counted group answers 谁参与了 as a whole too
        const group = /^[一二两三四五六七八九十\d]+[位名个]/u.test(text.slice(listed[j].end));
        if (plural || group) out.push({ start: s, end: listed[j].end, text: text.slice(s, listed[j].end), score: (plural ? 0.6 : 0.45) + 0.3 / (1 + d / 8) + 0.02 * (j - i) });
        i = j;
      }
    }
  }

  return out;
}

export function extractPerson(input: ExtractInput): Candidate[] {
  const partners = partnerOrganization(input);
  if (partners.length) return rank(partners);
  const { text, analysis } = input;
  const named = new Set(findPeople(analysis.text, input.forms).map((m) => m.speaker.name));
  const mentions = findPeople(text, input.forms).filter((m) => !named.has(m.speaker.name));
  const ctx: PersonContext = { input, text, analysis, named, mentions };
  const out = [...byMention(ctx), ...bySpeaker(ctx), ...byRole(ctx), ...byList(ctx)];
  // the passage's own speaker, when no name is written in it
  if (out.length === 0 && input.passageSpeaker && !named.has(input.passageSpeaker)) {
    out.push({ start: 0, end: 0, text: input.passageSpeaker, score: 0.3 });
  }
  if (!ASKS_REPORTER.test(analysis.text)) {
    const reporters = new Set(input.speakers.filter((s) => s.role === 'reporter').map((s) => s.name));
    for (const c of out) if (reporters.has(c.text)) c.score = Math.max(0, c.score - 0.4);
  }
  return rank(out);
}

/**
 * The words right before a speaker's name in a sentence (their title and organisation, as the
 * text writes them); with `chain`, the whole chain of posts joined by 、 (学会会长、原某局局长).
 */
export function describedAs(text: string, mention: { start: number }, chain = false): [number, number] | null {
  const stops = chain ? '，,。；;：:“”"（(\n' : '、，,。；;：:“”"（(\n';
  // (总行政经理（资讯科技）潘某: the post ends before the bracket that qualifies it)
  const start = postQualifierBefore(text, mention.start) ?? mention.start;
  let s = start;
  while (s > 0 && !stops.includes(text[s - 1])) s--;
  let e = start;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  if (e - s < 2 || e - s > (chain ? 80 : 40)) return null;
  return [s, e];
}

/** A post in brackets right after a speaker's name (柯某（副院长）, 邵某(东川市卫生局局长)): the bracket's inside. */
export function bracketedAfter(text: string, mention: { end: number }): [number, number] | null {
  const open = text[mention.end];
  if (open !== '（' && open !== '(') return null;
  const close = text.indexOf(open === '（' ? '）' : ')', mention.end + 1);
  if (close < 0 || close - mention.end - 1 < 2 || close - mention.end > 40) return null;
  return [mention.end + 1, close];
}

/**
 * The person's post inside the clause before their name (会议听取了|信息中心主任|蓝某): from their
 * organisation, else their title, to the title's end, when the clause writes the title the
 * record gives them; else the whole clause when a title ends it; else null.
 */
function postWithin(text: string, [s, e]: [number, number], sp: Speaker): [number, number] | null {
  const clause = text.slice(s, e);
  const title = sp.title ? fold(sp.title) : '';
  const t = title ? clause.lastIndexOf(title) : -1;
  // (一、…项目由|柯某牵头: a clause that ends in no title describes nobody)
  if (t < 0) return endsWithTitle(clause) ? [s, e] : null;
  const org = sp.organization ? clause.lastIndexOf(fold(sp.organization), t) : -1;
  return [s + (org >= 0 ? org : t), s + t + title.length];
}

/** The rest of a programme row after a name and its white space (柏某   南湖省疾控中心副主任). */
function rowAfter(text: string, mention: { end: number }): [number, number] | null {
  let s = mention.end;
  while (s < text.length && /[ \t\u3000\u00a0]/u.test(text[s])) s++;
  if (s === mention.end) return null;
  let e = text.indexOf('\n', s);
  if (e < 0) e = text.length;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return e - s >= 2 && e - s <= 40 && !/[，,。；;：:！？!?]/u.test(text.slice(s, e)) ? [s, e] : null;
}

/**
 * Where the text gives a speaker's post at a mention: the clause before the name, or the whole
 * chain of posts before it when only an earlier item holds the record's title (市卫健委副主任、
 * 原某中心主任潘某: the present post), or a bracket after the name (柯某（副院长）), or the rest
 * of a programme row (柏某   南湖省疾控中心副主任).
 */
export function postOf(text: string, m: { start: number; end: number }, sp: Speaker): [number, number] | null {
  const title = sp.title ? fold(sp.title) : '';
  const before = describedAs(text, m);
  const chain = describedAs(text, m, true);
  const holds = (r: [number, number] | null) => r !== null && title !== '' && text.slice(r[0], r[1]).includes(title);
  const clause = holds(before) || !holds(chain) ? before : chain;
  const after = bracketedAfter(text, m) ?? rowAfter(text, m);
  return (clause && postWithin(text, clause, sp)) ?? (after && postWithin(text, after, sp));
}

export function speakerByName(speakers: Speaker[], name: string): Speaker | undefined {
  return speakers.find((s) => s.name === name);
}
