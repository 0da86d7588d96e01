/**
 * Statement attribution: reported speech without quotation marks. A clause whose subject is a
 * person (by name, short form, 该院副院长 or 他/她) and whose verb reports speech — X表示，…;
 * X在致辞中指出…; 据X介绍，…; X汇报了…; 他认为… — states what follows, up to the sentence end.
 */
import { CONTINUATION_WORDS, HONORIFIC_LIST, STATEMENT_LEADS, attitudeAt, statementVerbAt, titleAt, wordStartingAt } from '../../lang/zh';
import { SUBJECT_FILLER } from './context';
import type { References, Reference } from './references';

export interface FoundStatement {
  start: number;
  end: number;
  verb: string;
  speaker: Reference;
}

/** The marks after which a clause opens (，；：), as code units. */
const CLAUSE_OPEN_UNITS: ReadonlySet<number> = new Set([...'，,；;：:'].map((c) => c.charCodeAt(0)));

/** Whether a unit is one of them (asked at every position of a sentence: no one-character string is made). */
function clauseMarkUnit(unit: number): boolean {
  return CLAUSE_OPEN_UNITS.has(unit);
}

/** What may stand before a statement's speaker: a lead word or 在…中/上/时/后 (anchored, so the order of the two is free). */
const LEADS = new RegExp(`^(?:${STATEMENT_LEADS.join('|')}|在[^，。；]{1,12}?[中上时后])?$`);

/** The content after a verb: skip 了/：/，/space; undefined when a quotation follows (that is a quote). */
function contentStart(s: string, at: number, end: number): number | undefined {
  let k = at;
  // 分享到：“…”, 介绍道，… : 到/道 belong to the verb.
  if (/[到道]/.test(s[k] ?? '') && /[：:，,“「\s]/.test(s[k + 1] ?? '')) k++;
  while (k < end && /[了：:，,\s]/.test(s[k])) k++;
  if (k >= end || /[“「『"]/.test(s[k])) return undefined;
  return k;
}

function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[。！？!?；;\s…]/.test(s[e - 1])) e--;
  return e;
}

/** A title or honorific right after a name (覃振华院长表示, 孟群同志指出), or ''. */
export function titleAfter(s: string, end: number): string {
  return titleAt(s, end) ?? wordStartingAt(HONORIFIC_LIST, s, end) ?? '';
}

/** A bracketed aside right after the subject (魏佳（放射科主任）介绍，…): where it ends, else `at`. */
function afterAside(s: string, at: number): number {
  if (s[at] !== '（') return at;
  const close = s.indexOf('）', at);
  return close > at && close - at <= 40 ? close + 1 : at;
}

/** Whether a reference is its clause's subject: after a lead word only, or after its own post (院长某某). */
function opensClause(s: string, ref: Reference, clause: number): boolean {
  const titled = ref.kind === 'name' && ref.person.mentions.some((m) => m.start === ref.start && (m.phraseStart ?? ref.start) >= clause);
  return titled || LEADS.test(s.slice(clause, ref.start));
}

/** One statement whose subject reference starts a clause in [clause, end). */
function statementAt(s: string, ref: Reference, clause: number, end: number): FoundStatement | undefined {
  if (!opensClause(s, ref, clause)) return undefined;
  const subjectEnd = afterAside(s, ref.end + titleAfter(s, ref.end).length);
  const rest = s.slice(subjectEnd, subjectEnd + 40);
  const filler = SUBJECT_FILLER.exec(rest)?.[0] ?? '';
  const at = subjectEnd + filler.length;
  const verb = statementVerbAt(s, at) ?? (filler ? statementVerbAt(s, subjectEnd) : undefined);
  if (!verb) return undefined;
  const after = (statementVerbAt(s, at) ? at : subjectEnd) + verb.length;
  return reported(s, verb, after, end, ref, /[，,：:了道]/);
}

/**
 * The words a speech verb ending at s[after) reports, up to `end`, as the speaker's statement;
 * none when a one-character verb is not followed by `oneCharNext` (说/称 inside words), for an
 * attitude (表示感谢), in a relative clause (…谈到的) or for fewer than four characters.
 */
function reported(s: string, verb: string, after: number, end: number, speaker: Reference, oneCharNext: RegExp): FoundStatement | undefined {
  if (verb.length === 1 && !oneCharNext.test(s[after] ?? '')) return undefined;
  // 表示感谢, 对…表示热烈欢迎: an attitude expressed, no words reported
  if (verb === '表示' && attitudeAt(s, after)) return undefined;
  // 正如X谈到的，…; X提出的方案: the verb is in a relative clause (…的), what follows is no statement of X's
  if (s[after] === '的') return undefined;
  const start = contentStart(s, after, end);
  if (start === undefined) return undefined;
  const e = trimEnd(s, start, end);
  return e - start >= 4 ? { start, end: e, verb, speaker } : undefined;
}

/** What may open a clause that goes on with the sentence's subject before its verb: 院长某某肯定了…，并表示，… */
const CONTINUATION = new RegExp(`^(?:${CONTINUATION_WORDS.join('|')})?`);

/**
 * A clause with no subject of its own that reports speech (…，并表示，…; …，他还指出 is a
 * pronoun's): the words are the sentence subject's, the person its first clause opens with.
 */
function continuedAt(s: string, subject: Reference, at: number, end: number): FoundStatement | undefined {
  const v = at + CONTINUATION.exec(s.slice(at, at + 4))![0].length;
  const verb = statementVerbAt(s, v);
  return verb ? reported(s, verb, v + verb.length, end, subject, /[，,：:]/) : undefined;
}

/**
 * The last person before s[at) that a clause of s[from, at) opens with — who a subjectless
 * clause there goes on with (院长某某肯定了…，并表示; 主委某某赞誉…，期勉「…」) — never a
 * reporter (the byline's 〔记者某某／台中报导〕 opens the sentence, not the clause chain); or undefined.
 */
export function sentenceSubject(s: string, refs: References, from: number, at: number): Reference | undefined {
  let clause = from;
  let subject: Reference | undefined;
  for (let i = from; i < at; i++) {
    if (clauseMarkUnit(s.charCodeAt(i))) { clause = i + 1; continue; }
    const ref = refs.at(s, i);
    if (!ref) continue;
    if (opensAsSubject(s, ref, clause)) subject = ref;
    i = ref.end - 1;
  }
  return subject;
}

/** A clause's subject who can go on into a later subjectless clause (not a reporter). */
function opensAsSubject(s: string, ref: Reference, clause: number): boolean {
  return ref.person.role !== 'reporter' && opensClause(s, ref, clause);
}

/** The statements of the sentence s[from, to). */
export function statementsIn(s: string, from: number, to: number, refs: References): FoundStatement[] {
  const out: FoundStatement[] = [];
  let clause = from;
  // The last person a clause opened with so far (院长某某肯定了…): who a later subjectless clause's verb is by (sentenceSubject's reading).
  let subject: Reference | undefined;
  for (let i = from; i < to; i++) {
    if (out.length && i < out[out.length - 1].end) continue;
    if (clauseMarkUnit(s.charCodeAt(i))) { clause = i + 1; continue; }
    const ref = refs.at(s, i);
    if (!ref) {
      const st = subject && i === clause && clause > subject.end ? continuedAt(s, subject, i, to) : undefined;
      if (st) { out.push(st); i = st.end - 1; }
      continue;
    }
    if (opensAsSubject(s, ref, clause)) subject = ref;
    const st = statementAt(s, ref, clause, to);
    if (st) { out.push(st); i = st.end - 1; } else i = ref.end - 1;
  }
  return out;
}
