/**
 * Who speaks on each line of a transcript written as turns: a line whose head, before a colon,
 * names a person (徐斌：…, **王戈钧**：…), names them with an answer word and an aside
 * (唐志远答（以下简称唐）：…), uses the short name such an aside gave (唐：…), or addresses them
 * by surname and title (胡总：…, when one person found has that surname). A head that names who
 * asks (问：…, 记者：…, 本刊问：…) makes the line a question: nobody's, whoever it addresses.
 *
 * In a transcript of turns (two turns at least, each a sentence rather than a headline), the
 * lines after a turn that have no head of their own continue it until the next turn, question
 * or headline: an answer often runs over several paragraphs. A speech given in full (以下是…讲话全文：)
 * or published on its own (title, byline, date, 同志们：; speechLayout.ts) is its speaker's to the end.
 */
import { ADDRESS_TITLES } from '../../lang/zh/entities';
import { roleEndingAt } from './context';
import { ANSWER_TURN_LABELS, HONORIFIC_LIST, SALUTATION_LEADS, simplifiedShadow, titleAt, NOT_QUESTION_ENDINGS, OUTLET_TURN_ENDINGS, QUESTION_TURN_ENDINGS, QUESTION_TURN_LABELS, SPEECH_TEXT_ENDINGS, SPEECH_TEXT_LEADS, SPEECH_TEXT_NOUNS, TURN_ALIAS_LEADS, TURN_ANSWER_WORDS, TURN_HEAD_BRACKETS, TURN_HEAD_MAX } from '../../lang/zh';
import type { FoundPerson } from './people';
import { speechHeaders } from './speechLayout';
import type { Speech } from './speech';
import type { TextView } from './types';

/** What a line is in a transcript of turns. */
export type LineTurn =
  /**
   * The line opens a turn of this person (a key of the people found); what they say starts at
   * `from` (after the head). `speech`: the line is a turn of a transcript of turns, not a headline.
   */
  | { kind: 'turn'; speaker: string; from: number; speech: boolean }
  /** The line continues the turn before it (it is all speech). */
  | { kind: 'continued'; speaker: string }
  /** The line is a question of the interviewer's. */
  | { kind: 'question' }
  | { kind: 'none' };

type Line = { start: number; end: number };
const ASKS = 'asks';
/** An answer whose head names nobody (答：, A：): the interviewee's, once known. */
const ANSWERS = 'answers';
/** An answer of nobody known: it ends the turn before it and is nobody's. */
const NOBODY = 'nobody';
type Head = string | typeof ASKS | typeof ANSWERS | typeof NOBODY;
/** A line's head: who, whether it stands alone (the speech below it), where its words start, and whether it opens a speech given in full. */
type HeadFound = { who: Head; alone: boolean; from: number; whole?: boolean };

/** What may stand around a turn's head: spaces and Markdown bold. */
const TURN_MARKS = /[ \t\u3000*]/;
/** A head holds no sentence punctuation (a colon after it would be a clause's, not a turn's). */
const NOT_HEAD = /[，。！？；、,.!?;“”「」"]/;
/** A post before the name may list several (…新闻发言人、宣传司副司长 方志诚), but holds no other punctuation, nor a headline's bar (专访｜…). */
const NOT_IN_POST = /[，。！？；,.!?;“”「」"|｜]/;
/** A sentence end: a turn that has one is spoken, not a headline (王某：医疗结合科技). */
const SPOKEN = /[。！？!?…]/;
/** A line this short with no sentence end reads as a headline or caption, which ends a turn. */
const HEADLINE_MAX = 30;
/** How a line that leads into the next one ends (各位媒体朋友：, 我们请来了：). */
const LEADS_ON = /[：:，,；;、]/;
/** The longest head that ends with who asks (中央广播电视总台央视记者). */
const QUESTION_HEAD_MAX = 16;

/** A short line with no sentence end that leads into nothing (各位媒体朋友： does): a headline or caption. */
function headline(s: string, l: Line): boolean {
  const text = s.slice(l.start, l.end).trimEnd();
  return text.length <= HEADLINE_MAX && !SPOKEN.test(text) && !LEADS_ON.test(text[text.length - 1] ?? '');
}

export function lineTurns(view: TextView, people: FoundPerson[], lines: Line[]): LineTurn[] {
  const aliases = new Map<string, Head>();
  const layout = speechLayoutHeads(view.shadow, people, lines);
  const found = lines.map((l, i) => layout.get(i) ?? headOf(view.shadow, people, aliases, l) ?? stackedHead(view.shadow, people, l, lines[i - 1]) ?? speechTextHead(view.shadow, people, l));
  const heads = withInterviewee(view.shadow, people, lines, found);
  const opens = (i: number) => heads[i]!.alone || SPOKEN.test(view.shadow.slice(lines[i].start, lines[i].end)) || lines[i].end - lines[i].start > HEADLINE_MAX;
  // A head alone on its line (…总设计师吴某：) says the lines below are that person's, even the only one.
  const personAlone = (h: HeadFound | undefined) => h !== undefined && h.alone && h.who !== ASKS && h.who !== ANSWERS && h.who !== NOBODY;
  const carries = heads.filter((h, i) => h !== undefined && opens(i)).length >= 2 || heads.some((h) => h?.whole || personAlone(h));
  let current: Head | null = null;
  let whole = false;
  return heads.map((h, i): LineTurn => {
    if (h !== undefined) {
      current = opens(i) ? h.who : null;
      whole = h.whole === true;
      if (h.who === NOBODY) current = null;
      if (h.who === NOBODY || h.who === ANSWERS) return { kind: 'none' };
      return h.who === ASKS ? { kind: 'question' } : { kind: 'turn', speaker: h.who, from: h.from, speech: carries && opens(i) };
    }
    // A speech given in full runs to the end: its section headings are the speaker's too; so is
    // the title right under a head alone on its line (委员通道: 吴某：/ 加快深空探测步伐 / …).
    if (!whole && headline(view.shadow, lines[i]) && !personAlone(heads[i - 1])) current = null;
    if (!carries || current === null) return { kind: 'none' };
    return current === ASKS ? { kind: 'question' } : { kind: 'continued', speaker: current };
  });
}

/**
 * Answers whose head names nobody (答：…, A：…) are the interviewee's: the one person, other than
 * reporters, that the lines before the first question or answer name (本刊专访了…主任邵某). With
 * none or several, an answer is nobody's, but still ends the question before it.
 */
function withInterviewee(s: string, people: FoundPerson[], lines: Line[], heads: Array<HeadFound | undefined>): Array<HeadFound | undefined> {
  const first = heads.findIndex((h) => h?.who === ANSWERS || h?.who === ASKS);
  if (first < 0 || !heads.some((h) => h?.who === ANSWERS)) return heads;
  const before = s.slice(lines[0].start, lines[first].start);
  const named = people.filter((p) => p.role !== 'reporter' && before.includes(p.key));
  const who = named.length === 1 ? named[0].key : NOBODY;
  return heads.map((h) => (h?.who === ANSWERS ? { ...h, who } : h));
}

/** The head of a speech given in full (以下是…局长X今日在…的开场发言全文：): the one person it names, every later line theirs. */
function speechTextHead(s: string, people: FoundPerson[], line: Line): HeadFound | undefined {
  const text = s.slice(line.start, line.end).trim().replace(/[：:]$/, '');
  if (!SPEECH_TEXT_LEADS.some((w) => text.startsWith(w))) return undefined;
  if (!SPEECH_TEXT_NOUNS.some((n) => SPEECH_TEXT_ENDINGS.some((e) => text.endsWith(n + e)))) return undefined;
  const named = new Set(people.filter((p) => p.role !== 'reporter' && text.includes(p.key)).map((p) => p.key));
  return named.size === 1 ? { who: [...named][0], alone: true, from: line.end, whole: true } : undefined;
}

/**
 * The salutations that open speeches published on their own (title, byline, date, 同志们：;
 * speechLayout.ts), by line: each a head alone on its line of the byline's speaker, every later
 * line theirs.
 */
function speechLayoutHeads(s: string, people: FoundPerson[], lines: Line[]): Map<number, HeadFound> {
  const out = new Map<number, HeadFound>();
  for (const h of speechHeaders(s, lines)) {
    const key = s.slice(h.name.start, h.name.end);
    if (people.some((p) => p.role !== 'reporter' && p.key === key)) out.set(h.head, { who: key, alone: true, from: lines[h.head].end, whole: true });
  }
  return out;
}

/**
 * The person (or the interviewer) a line's head names, and whether the head stands alone on its
 * line (the speech follows below), or undefined when the line has no head; records any short
 * name its aside gives.
 */
function headOf(s: string, people: FoundPerson[], aliases: Map<string, Head>, line: Line): HeadFound | undefined {
  let at = line.start;
  while (at < line.end && TURN_MARKS.test(s[at])) at++;
  const colon = colonAfter(s, at, Math.min(line.end, at + TURN_HEAD_MAX + 1));
  if (colon < 0) return bracketedAlone(s, people, aliases, line);
  let end = colon;
  while (end > at && TURN_MARKS.test(s[end - 1])) end--;
  if (TURN_HEAD_BRACKETS[s[at]] !== undefined && s[end - 1] === TURN_HEAD_BRACKETS[s[at]]) { at++; end--; }
  const { name, aside } = splitAside(s.slice(at, end));
  if (name === '' || NOT_IN_POST.test(name)) return undefined;
  const who = (NOT_HEAD.test(name) ? undefined : resolveHead(name, people, aliases)) ?? afterPost(s, at, at + name.length, people) ?? unknownPost(name);
  if (who === undefined) return undefined;
  const alias = aside === undefined ? undefined : aliasIn(aside);
  if (alias !== undefined) aliases.set(alias, who);
  return { who, alone: s.slice(colon + 1, line.end).trim() === '', from: colon + 1 };
}

/** A line that is only a bracketed head ([主持人], 【王某】): the person or who asks, the speech below. */
function bracketedAlone(s: string, people: FoundPerson[], aliases: Map<string, Head>, line: Line): HeadFound | undefined {
  const text = s.slice(line.start, line.end).trim();
  const close = TURN_HEAD_BRACKETS[text[0]];
  if (close === undefined || text.length < 3 || text.length > TURN_HEAD_MAX || text[text.length - 1] !== close) return undefined;
  const inner = text.slice(1, -1).trim();
  if (inner === '' || NOT_HEAD.test(inner) || NOT_IN_POST.test(inner)) return undefined;
  const who = resolveHead(inner, people, aliases);
  return who === undefined || who === NOBODY || who === ANSWERS ? undefined : { who, alone: true, from: line.end };
}

/**
 * A head without a colon, as pages that set each part in a block of its own write it: a line
 * that is only a found person's name under a line that is only their post (…首席专家 / 吴某),
 * or only who asks (中央广播电视总台央视记者). It stands alone: the speech follows.
 */
function stackedHead(s: string, people: FoundPerson[], line: Line, prev: Line | undefined): HeadFound | undefined {
  const text = s.slice(line.start, line.end).trim();
  if (text.length === 0 || text.length > QUESTION_HEAD_MAX || NOT_IN_POST.test(text) || /[：:]/.test(text)) return undefined;
  if (asks(text)) return { who: ASKS, alone: true, from: line.end };
  const person = people.find((p) => p.role !== 'reporter' && p.key === text);
  if (!person || !prev) return undefined;
  const post = s.slice(prev.start, prev.end).trimEnd();
  return !NOT_IN_POST.test(post) && roleEndingAt(s, prev.start + post.length) ? { who: person.key, alone: true, from: line.end } : undefined;
}

/** A head that gives the speaker's post, then the name (…宣传司副司长 方志诚): the person, when a role word ends the post. */
function afterPost(s: string, from: number, to: number, people: FoundPerson[]): string | undefined {
  const person = people.find((p) => p.role !== 'reporter' && to - p.key.length > from && s.startsWith(p.key, to - p.key.length));
  if (!person) return undefined;
  const post = roleEndingAt(s, to - person.key.length);
  return post && post.start > from ? person.key : undefined;
}

function colonAfter(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (s[i] === '：' || s[i] === ':') return i;
  return -1;
}

/** 唐志远答（以下简称唐） → name 唐志远答, aside 以下简称唐. */
function splitAside(head: string): { name: string; aside?: string } {
  const close = head[head.length - 1];
  if (close !== '）' && close !== ')') return { name: head };
  const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
  if (open < 0) return { name: head };
  return { name: head.slice(0, open).trimEnd(), aside: head.slice(open + 1, -1).trim() };
}

/** The short name an aside gives (以下简称唐 → 唐), if it gives one. */
function aliasIn(aside: string): string | undefined {
  const lead = TURN_ALIAS_LEADS.find((w) => aside.startsWith(w));
  if (lead === undefined) return undefined;
  const alias = aside.slice(lead.length).replace(/^[「“"'‘\s]+|[」”"'’\s]+$/g, '');
  return alias.length >= 1 && alias.length <= 4 && !NOT_HEAD.test(alias) ? alias : undefined;
}

function resolveHead(head: string, people: FoundPerson[], aliases: Map<string, Head>): Head | undefined {
  const answered = TURN_ANSWER_WORDS.find((w) => head.length > w.length && head.endsWith(w));
  for (const name of answered ? [head, head.slice(0, -answered.length)] : [head]) {
    const person = people.find((p) => p.role !== 'reporter' && p.key === name);
    if (person) return person.key;
    const known = aliases.get(name);
    if (known !== undefined) return known;
  }
  if (QUESTION_TURN_LABELS.includes(head) || asks(head)) return ASKS;
  if (ANSWER_TURN_LABELS.includes(head)) return ANSWERS;
  return titledHead(head, people) ?? postHead(head, people) ?? addressed(head, people);
}

/** 周某医生, 高某局长, 王某先生: a found person's name and then a title or a form of address. */
function titledHead(head: string, people: FoundPerson[]): string | undefined {
  const addressedBy = (rest: string) => titleAt(rest, 0) === rest || HONORIFIC_LIST.includes(rest);
  return people.find((p) => p.role !== 'reporter' && head.length > p.key.length && head.startsWith(p.key) && addressedBy(head.slice(p.key.length)))?.key;
}

/**
 * 食物及卫生局局长：… — a head that is only a post: the one person found who holds it (the
 * organisation and title the text gave them, or the title alone), as government transcripts
 * write each turn after the first naming.
 */
function postHead(head: string, people: FoundPerson[]): string | undefined {
  const holders = new Set(people.filter((p) => p.role !== 'reporter' && p.title).filter((p) => {
    const title = simplifiedShadow(p.title);
    return head === simplifiedShadow(p.organization) + title || head === title;
  }).map((p) => p.key));
  return holders.size === 1 ? [...holders][0] : undefined;
}

/**
 * 行政长官：… when no one found holds the post: a turn of someone unknown, which ends the turn
 * before it and is nobody's (not a salutation such as 各位院长：, not a list).
 */
function unknownPost(head: string): Head | undefined {
  if (NOT_HEAD.test(head) || SALUTATION_LEADS.some((w) => head.startsWith(w))) return undefined;
  return roleEndingAt(head, head.length) ? NOBODY : undefined;
}

/** 新华社记者, 本刊问, 人民网: a head that ends with who asks (not 顾问). */
function asks(head: string): boolean {
  const ending = (w: string) => head.endsWith(w);
  return head.length <= QUESTION_HEAD_MAX && (QUESTION_TURN_ENDINGS.some(ending) || OUTLET_TURN_ENDINGS.some(ending)) && !NOT_QUESTION_ENDINGS.some(ending);
}

/** 胡总 → the one person found whose name starts with 胡 (none when two do). */
function addressed(head: string, people: FoundPerson[]): string | undefined {
  const title = ADDRESS_TITLES.find((t) => head.length > t.length && head.length <= t.length + 2 && head.endsWith(t));
  if (title === undefined) return undefined;
  const surname = head.slice(0, -title.length);
  const keys = new Set(people.filter((p) => p.role !== 'reporter' && p.key.length > surname.length && p.key.startsWith(surname)).map((p) => p.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Sentence spans a turn's words may be cut into (transcript/spans.ts's `sentences`). */
type Spans = (from: number, to: number) => Array<[number, number]>;

/**
 * The statements of a transcript of turns: each sentence of a turn (after its head) and of the
 * lines that continue it, as its speaker's, unless the speech already read there overlaps it.
 * Sentences shorter than a few characters (谢谢。), headings and salutations say nothing to cite.
 */
export function turnStatements(s: string, lines: Line[], turns: LineTurn[], spans: Spans, taken: Array<{ start: number; end: number }>): Speech[] {
  const out: Speech[] = [];
  turns.forEach((t, i) => {
    if (!(t.kind === 'continued' || (t.kind === 'turn' && t.speech))) return;
    const from = t.kind === 'turn' ? t.from : lines[i].start;
    for (const [a, b] of spans(from, lines[i].end)) {
      let start = Math.max(a, from);
      while (start < b && /[\s*]/.test(s[start])) start++;
      let end = b;
      while (end > start && /[。！？!?；;\s…]/.test(s[end - 1])) end--;
      if (end - start < TURN_STATEMENT_MIN || taken.some((x) => x.start < end && start < x.end)) continue;
      // a section heading or a salutation (（一）发展…, 主席、各位委员：) says nothing to cite
      if (!SPOKEN.test(s.slice(start, b)) && b - start <= HEADLINE_MAX) continue;
      out.push({ kind: 'statement', start, end, verb: '：', speaker: t.speaker });
    }
  });
  return out;
}

/** The fewest characters a turn's sentence has to be a statement. */
const TURN_STATEMENT_MIN = 4;
