/**
 * People named in the evidence itself, for answers that must not depend on a speaker list:
 * a name right after a title word (…副院长刘芳、), or a name that opens a clause and reports
 * speech (陈晓明在致辞中指出…, 据刘芳介绍). Each is a name of 2–3 characters that starts with a
 * surname and is followed by a boundary (punctuation, 和/及/以及/等, a speech verb).
 * Read on the Simplified shadow of the text; positions are the text's.
 */
import type { Corpus, Speaker } from '../model';
import { looksLikeName } from '../corpus/transcript/people';
import { splitOrgTitle } from '../corpus/titles';
import { DAY_OF_MONTH_SOURCE, DAY_WORDS, DELIVERY_VERB_LIST, ROLE_WORD_LIST, SPEECH_VERB_LIST } from '../lang/zh';
import { ADVERBS_BEFORE_REPORT, ADVERBS_BEFORE_VERB, LIST_LEADS, NAME_FOLLOWERS, NAME_INTRODUCERS, ORG_WORD_ENDINGS } from '../lang/zh/answers';
import { lazy } from '../lazy';
import { shadowOf } from './text';

export interface TextMention {
  name: string;
  start: number;
  end: number;
  /** The organisation + title phrase written right before the name, if any. */
  described: [number, number] | null;
}

// Built on first use: the Simplified shadows of the word lists need the script converter.
const titles = lazy(() => [...new Set(ROLE_WORD_LIST.map(shadowOf))].filter((t) => /[\u4e00-\u9fff]/u.test(t)).sort((a, b) => b.length - a.length));
const verbs = lazy(() => [...new Set([...SPEECH_VERB_LIST, ...DELIVERY_VERB_LIST].map(shadowOf))].sort((a, b) => b.length - a.length));
/** What may follow a name: punctuation, a conjunction, a speech verb, or a verb phrase opener. */
const afterName = lazy(() => new RegExp(`^(?:[\\s、，,。；;：:（(）)”」]|${NAME_FOLLOWERS.join('|')}|$|${DAY_OF_MONTH_SOURCE}|${[...DAY_WORDS, ...verbs(), ...titles()].join('|')})`, 'u'));
/** Where a name may start when no title precedes it: the start of a clause, or after 据 / 由. */
const CLAUSE_START = new RegExp(`(?:^|[，,。；;！!？?：:\\n“「]|${NAME_INTRODUCERS.join('|')})$`, 'u');
const LIST_LEAD = new RegExp(`^(?:.*?(?:${LIST_LEADS.join('|')}))(?=[\\u4e00-\\u9fff]{3})`, 'u');
const ORG_WORD_END = new RegExp(`(?:${ORG_WORD_ENDINGS.join('|')})[^医大公集委卫协学研]*$`, 'u');
const ORG_WORD = new RegExp(`(?:${ORG_WORD_ENDINGS.join('|')})`, 'u');
const ADVERB_AT_END = new RegExp(`([\\u4e00-\\u9fff]{2,3})(?:在[^，。；“”]{1,10}?[中上时])?(?:${ADVERBS_BEFORE_VERB.join('|')})?$`, 'u');
/** 他/她 and the like are not names; nor are words that open a clause like a name (大家表示). */
const NOT_AFTER_TITLE = /^(?:们|等|和|及)/u;

/** Does the (shadow) text end in a title word (…副院长, …主任)? */
export function endsWithTitle(text: string): boolean {
  return titles().some((t) => text.endsWith(t));
}

/** A name is not a surname + title (黄主任, 王总). */
function isAddress(name: string): boolean {
  return titles().some((t) => name.endsWith(t) || name.endsWith(t.slice(0, 1))) || /[总们]$/u.test(name);
}

function nameAt(text: string, at: number): [number, number] | null {
  // two characters first: 刘芳以及, 谢桦在, 孙杨也 are names of two followed by a function word
  for (const len of [2, 3]) {
    const cand = text.slice(at, at + len);
    if (cand.length < len || !looksLikeName(cand) || isAddress(cand)) continue;
    if (!afterName().test(text.slice(at + len, at + len + 4))) continue;
    return [at, at + len];
  }
  return null;
}

/** The organisation + title phrase that ends at `end` (…医院副院长), back to punctuation. */
function phraseBefore(text: string, end: number): [number, number] | null {
  let s = end;
  while (s > 0 && end - s < 40 && !/[、，,。；;：:“”"\n\s]/u.test(text[s - 1])) s--;
  // 以及 / 和 join list members, 邀请了 / 包括 introduce them, 同时也是 a second post: the phrase starts after them
  const lead = LIST_LEAD.exec(text.slice(s, end));
  if (lead && end - s - lead[0].length >= 2) s += lead[0].length;
  return end - s >= 2 ? [s, end] : null;
}

/** 林启瑞校长表示, 胡建平主任指出: a name written right before its title. */
function nameBefore(shadow: string, at: number, title: string): [number, number] | null {
  if (title.length < 2) return null;
  for (const len of [3, 2]) {
    const s = at - len;
    if (s < 0) continue;
    const cand = shadow.slice(s, at);
    if (!looksLikeName(cand) || isAddress(cand)) continue;
    // the name stands at a boundary: start of a clause, after a list mark, or after an organisation
    if (s > 0 && !/[、，,。；;：:\s“「（(]|[会院局委部厅校司团心所学大网]$/u.test(shadow.slice(s - 1, s))) continue;
    return [s, at];
  }
  return null;
}

/** Every person the (shadow) text names, by title or as the subject of reported speech. */
export function mentionsIn(shadow: string): TextMention[] {
  const out: TextMention[] = [];
  const taken = new Set<number>();
  const push = (r: [number, number], described: [number, number] | null) => {
    if (taken.has(r[0])) return;
    taken.add(r[0]);
    out.push({ name: shadow.slice(r[0], r[1]), start: r[0], end: r[1], described });
  };
  for (const t of titles()) {
    for (let at = shadow.indexOf(t); at >= 0; at = shadow.indexOf(t, at + 1)) {
      let after = at + t.length;
      // 亚洲大学校长 蔡进发 表示: a space may stand between title and name
      while (after < shadow.length && after - at - t.length < 2 && /[ \u3000]/u.test(shadow[after])) after++;
      if (NOT_AFTER_TITLE.test(shadow.slice(after, after + 1))) continue;
      const r = nameAt(shadow, after);
      if (r) push(r, phraseBefore(shadow, at + t.length));
      const before = nameBefore(shadow, at, t);
      if (before) push(before, null);
    }
  }
  for (const v of verbs()) {
    for (let at = shadow.indexOf(v); at >= 0; at = shadow.indexOf(v, at + 1)) {
      // the name right before the verb, or before 在…中 (陈晓明在致辞中指出)
      const head = shadow.slice(Math.max(0, at - 16), at);
      const m = ADVERB_AT_END.exec(head);
      if (!m) continue;
      const start = at - head.length + m.index;
      const r = nameAt(shadow, start);
      if (r && r[1] === start + m[1].length && CLAUSE_START.test(shadow.slice(Math.max(0, start - 4), start))) push(r, null);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const cache = new WeakMap<Corpus, Speaker[]>();

/**
 * People the corpus text names whom its speaker list lacks, as `mentioned` people with the
 * title and organisation written before their first mention (cached per corpus).
 */
export function textPeople(corpus: Corpus): Speaker[] {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const known = new Set((corpus.speakers ?? []).map((s) => shadowOf(s.name)));
  const shadow = shadowOf(corpus.text);
  const out = new Map<string, Speaker>();
  for (const m of mentionsIn(shadow)) {
    if (known.has(m.name)) continue;
    // 记者李理说: a known speaker's name and the word after it, not another person
    if (m.name.length > 2 && known.has(m.name.slice(0, -1))) continue;
    const written = corpus.text.slice(m.start, m.end);
    const phrase = m.described ? corpus.text.slice(m.described[0], m.described[1]) : '';
    const prior = out.get(m.name);
    if (prior && (prior.title || !phrase)) continue;
    // split on the shadow, shown as written (the shadow has the text's positions)
    const split = phrase ? splitOrgTitle(shadowOf(phrase)) : { organization: '', title: '' };
    // the split never cuts a word of two characters (信息网|络中心 is 信息网络 + 中心)
    if (/网$/u.test(split.organization) && /^络/u.test(split.title)) {
      const cut = split.organization.slice(0, -1).search(ORG_WORD_END);
      if (cut > 0) {
        const m = ORG_WORD.exec(split.organization.slice(cut))!;
        split.title = split.organization.slice(cut + m[0].length) + split.title;
        split.organization = split.organization.slice(0, cut + m[0].length);
      }
    }
    const organization = phrase.slice(0, split.organization.length);
    const title = split.title ? phrase.slice(phrase.length - split.title.length) : '';
    out.set(m.name, { name: written, title, organization, role: 'mentioned', aliases: [], pinyin: '' });
  }
  const list = [...out.values()];
  cache.set(corpus, list);
  return list;
}

/** Speech verbs that report what someone said without quotation marks. */
const reportVerbs = lazy(() => [...new Set(SPEECH_VERB_LIST.map(shadowOf))]
  .filter((v) => /^[\u4e00-\u9fff]+$/u.test(v)).sort((a, b) => b.length - a.length));
const reportRe = lazy(() => new RegExp(`(据)?(他|她|[\\u4e00-\\u9fff·]{2,8}?)(?:在[^，。；“”]{1,12}?[中上时])?(?:${ADVERBS_BEFORE_REPORT.join('|')})?(${reportVerbs().join('|')})(?:到|道)?(?:说)?([，,：:]|(?=[\\u4e00-\\u9fff]))`, 'gu'));

export interface ReportedSpeech {
  /** The reported content, [start, end) in the sentence. */
  start: number;
  end: number;
  /** The person as the speaker list or the text names them. */
  speaker: string;
}

/**
 * Reported speech in a (shadow) sentence: a named person + a speech verb + what they said, to
 * the end of the sentence (X表示，…；X指出…；据X介绍，…). The speaker is found among `names`
 * (shadow form → name as written); other subjects are not people.
 */
/** The known name a subject ends in (…副院长刘芳), or that it ends in followed by a title (唐秀英教授). */
function subjectName(subject: string, names: ReadonlyMap<string, string>): string | undefined {
  const bare = titles().find((t) => subject.endsWith(t) && subject.length - t.length >= 2);
  for (const s of bare ? [subject, subject.slice(0, -bare.length)] : [subject]) {
    for (let k = 0; k < s.length - 1; k++) {
      const hit = names.get(s.slice(k));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** 他/她: the person named last before the pronoun. */
function lastNamed(text: string, names: ReadonlyMap<string, string>): string | undefined {
  let best = -1;
  let who: string | undefined;
  for (const [form, name] of names) {
    const at = text.lastIndexOf(form);
    if (at > best) { best = at; who = name; }
  }
  return who;
}

export function reportedSpeech(shadow: string, names: ReadonlyMap<string, string>, before = ''): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  const re = reportRe();
  re.lastIndex = 0;
  for (let m = re.exec(shadow); m; m = re.exec(shadow)) {
    const speaker = m[2] === '他' || m[2] === '她' ? lastNamed(before + shadow.slice(0, m.index), names) : subjectName(m[2], names);
    if (!speaker) continue;
    const start = m.index + m[0].length;
    let end = start;
    while (end < shadow.length && !/[。！？!?\n]/u.test(shadow[end]) && end - start < 300) end++;
    if (end - start >= 2) out.push({ start, end, speaker });
  }
  return out;
}
