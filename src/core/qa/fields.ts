/**
 * 记录人是谁？ 出席人有哪些？ — a label the record's header gives on a line of its own
 * (记录人：唐某; 出席人：柯某（副院长）、蓝某), asked about by name: the line's value answers it.
 * Minutes, programmes and press releases state their people so, once. A record strategy: a
 * question that names no label of a header line is left to the others.
 */
import type { Corpus } from '../model';
import { EVENT_ROLE_WORDS } from '../lang/zh/entities';
import { ATTENDING_VERBS, MEETING_WORDS, WHO_WORDS } from '../lang/zh/questions';
import { type Verdict, evidenceAt } from './entity';
import type { QuestionAnalysis } from './question';
import { foldedText } from './retrieve';

/** A header line: a short label (its characters may be padded: 出 席 人), a colon, a value with no sentence end. */
const FIELD_LINE = /^[ \t\u3000]*([\u3400-\u9fff](?:[ \t\u3000]*[\u3400-\u9fff]){1,5})[ \t\u3000]*[：:][ \t\u3000]*([^。！？!?\n]{1,120}?)[ \t\u3000]*$/u;
/** The question asks who or what the label is (记录人是谁, 谁是记录人, 出席人有哪些, 列席人员有谁). */
const ASKS_VALUE = /^(?:谁是)?(.{2,6}?)(?:是谁|有谁|有哪些人?|是哪些人?|都有谁|是什么人)?[？?]*$/u;

/** 谁出席了会议 / 哪些人参加了会议: who did what a header labels (出席人, 参会人员, 列席人). */
const ASKS_WHO_DID = new RegExp(`^(?:${WHO_WORDS.join('|')})(${ATTENDING_VERBS.join('|')})了?(?:${MEETING_WORDS.join('|')})?[？?]*$`, 'u');

/** The label a question asks about: named (记录人是谁), or the one a header gives who did what it asks (谁出席了会议 → 出席…). */
function askedLabel(text: string): ((label: string) => boolean) | null {
  const did = ASKS_WHO_DID.exec(text);
  if (did) return (label) => label.startsWith(did[1]) || (did[1] === '参加' && label.startsWith('参会'));
  const m = ASKS_VALUE.exec(text);
  if (!m || m[0] === m[1]) return null;
  return (label) => label === m[1];
}

export function headerField(analysis: QuestionAnalysis, corpora: Corpus[]): Verdict | null {
  if (analysis.type !== 'who' && !/哪些/u.test(analysis.text)) return null;
  const asks = askedLabel(analysis.text);
  // (主持人是谁: the role answer reads the name by the role word, see answerByRole)
  if (!asks || EVENT_ROLE_WORDS.some(([w]) => asks(w))) return null;
  for (const c of corpora) {
    // (the whole text, not the passages: a byline label such as 记录人 is page debris to the parser)
    for (const line of foldedText(c).matchAll(/^.*$/gmu)) {
      const f = FIELD_LINE.exec(line[0]);
      if (!f || !asks(f[1].replace(/[ \t\u3000]/gu, ''))) continue;
      const start = line.index + f[0].length - f[2].length - (f[0].length - f[0].trimEnd().length);
      return { answer: c.text.slice(start, start + f[2].length), score: 1, evidence: evidenceAt(c, start, start + f[2].length) };
    }
  }
  return null;
}
