/**
 * Statement attribution: reported speech without quotation marks. A clause whose subject is a
 * person (by name, short form, 该院副院长 or 他/她) and whose verb reports speech — X表示，…;
 * X在致辞中指出…; 据X介绍，…; X汇报了…; 他认为… — states what follows, up to the sentence end.
 */
import { HONORIFIC_LIST, STATEMENT_LEADS, attitudeAt, statementVerbAt, titleAt, wordStartingAt } from '../../lang/zh';
import { SUBJECT_FILLER } from './context';
import type { References, Reference } from './references';

export interface FoundStatement {
  start: number;
  end: number;
  verb: string;
  speaker: Reference;
}

const CLAUSE_OPEN = /[，,；;：:]/;
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

/** One statement whose subject reference starts a clause in [clause, end). */
function statementAt(s: string, ref: Reference, clause: number, end: number): FoundStatement | undefined {
  const lead = s.slice(clause, ref.start);
  const titled = ref.kind === 'name' && ref.person.mentions.some((m) => m.start === ref.start && (m.phraseStart ?? ref.start) >= clause);
  if (!LEADS.test(lead) && !titled) return undefined;
  const subjectEnd = afterAside(s, ref.end + titleAfter(s, ref.end).length);
  const rest = s.slice(subjectEnd, subjectEnd + 40);
  const filler = SUBJECT_FILLER.exec(rest)?.[0] ?? '';
  const at = subjectEnd + filler.length;
  const verb = statementVerbAt(s, at) ?? (filler ? statementVerbAt(s, subjectEnd) : undefined);
  if (!verb) return undefined;
  const after = (statementVerbAt(s, at) ? at : subjectEnd) + verb.length;
  if (verb.length === 1 && !/[，,：:了道]/.test(s[after] ?? '')) return undefined;
  // 表示感谢, 对…表示热烈欢迎: an attitude expressed, no words reported
  if (verb === '表示' && attitudeAt(s, after)) return undefined;
  const start = contentStart(s, after, end);
  if (start === undefined) return undefined;
  const e = trimEnd(s, start, end);
  return e - start >= 4 ? { start, end: e, verb, speaker: ref } : undefined;
}

/** The statements of the sentence s[from, to). */
export function statementsIn(s: string, from: number, to: number, refs: References): FoundStatement[] {
  const out: FoundStatement[] = [];
  let clause = from;
  for (let i = from; i < to; i++) {
    if (out.length && i < out[out.length - 1].end) continue;
    if (CLAUSE_OPEN.test(s[i])) { clause = i + 1; continue; }
    const ref = refs.at(s, i);
    if (!ref) continue;
    const st = statementAt(s, ref, clause, to);
    if (st) { out.push(st); i = st.end - 1; } else i = ref.end - 1;
  }
  return out;
}
