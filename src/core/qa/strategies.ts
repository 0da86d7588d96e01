/**
 * Question answering as named strategies. A sentence strategy reads one evidence sentence and
 * proposes spans; a record strategy answers from where the record states a thing once (the
 * event's date, its organisers, a person's title) and may decline. Each says which questions it
 * applies to and carries a named weight that scales its candidates' scores; each has a spec test
 * on a small hand-written corpus (test/unit/qa/strategies.test.ts).
 */
import type { Corpus } from '../model';
import type { PersonForm } from './people';
import type { QuestionAnalysis } from './question';
import type { QuestionType } from './types';
import type { Candidate, ExtractInput } from './extract/candidate';
import { extractPerson } from './extract/person';
import { extractNumber } from './extract/number';
import { extractDate } from './extract/date';
import { extractOrganization, extractPlace } from './extract/place';
import { extractHow, extractWhat, extractWhy } from './extract/span';
import { type Verdict, eventDate, eventVenue, organisers, personTitle } from './entity';
import { headerField } from './fields';
import { personSaid } from './said';
import { INTERROGATIVE_WORDS } from '../lang/zh/questions';

/** The weights, by name: one place to tune how much each strategy's candidates count. */
export const WEIGHTS = {
  person: 1,
  quantity: 1,
  date: 1,
  place: 1,
  organization: 1,
  cause: 1,
  means: 1,
  open: 1,
  personTitle: 0.9,
  organisers: 0.9,
  eventDate: 0.9,
  eventVenue: 0.9,
  personSaid: 0.9,
  headerField: 0.9,
} as const;

export interface SentenceStrategy {
  name: string;
  /** The question types it answers. */
  appliesTo: readonly QuestionType[];
  weight: number;
  extract(input: ExtractInput): Candidate[];
}

export interface RecordStrategy {
  name: string;
  /** In words: the questions it answers (it checks them itself and returns null otherwise). */
  appliesTo: string;
  weight: number;
  answer(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[]): Verdict | null;
}

export const SENTENCE_STRATEGIES: readonly SentenceStrategy[] = [
  { name: 'person', appliesTo: ['who'], weight: WEIGHTS.person, extract: extractPerson },
  { name: 'quantity', appliesTo: ['quantity'], weight: WEIGHTS.quantity, extract: extractNumber },
  { name: 'date', appliesTo: ['when'], weight: WEIGHTS.date, extract: extractDate },
  { name: 'place', appliesTo: ['where'], weight: WEIGHTS.place, extract: extractPlace },
  { name: 'organization', appliesTo: ['organization'], weight: WEIGHTS.organization, extract: extractOrganization },
  { name: 'cause', appliesTo: ['why'], weight: WEIGHTS.cause, extract: extractWhy },
  { name: 'means', appliesTo: ['how'], weight: WEIGHTS.means, extract: extractHow },
  { name: 'open', appliesTo: ['what', 'other'], weight: WEIGHTS.open, extract: extractWhat },
];

export const RECORD_STRATEGIES: readonly RecordStrategy[] = [
  { name: 'person-title', appliesTo: 'X担任什么职务 / X是什么职位: a named person\'s title', weight: WEIGHTS.personTitle, answer: personTitle },
  { name: 'organisers', appliesTo: '由谁主办 / 承办单位是谁 / 主办方: the organisations in that role', weight: WEIGHTS.organisers, answer: (a, c) => organisers(a, c) },
  { name: 'event-date', appliesTo: 'when the event itself took place', weight: WEIGHTS.eventDate, answer: (a, c) => eventDate(a, c) },
  { name: 'person-said', appliesTo: 'X要求什么 / X汇报了什么: the parser\'s statement or quote of that person with that verb', weight: WEIGHTS.personSaid, answer: personSaid },
  { name: 'header-field', appliesTo: '记录人是谁 / 出席人有哪些: the value of a header line with that label', weight: WEIGHTS.headerField, answer: (a, c) => headerField(a, c) },
  { name: 'event-venue', appliesTo: 'where the event itself took place, when a header labels it (地点：…)', weight: WEIGHTS.eventVenue, answer: (a, c) => eventVenue(a, c) },
];

/** The sentence strategies for a question type (optionally only those named). */
export function sentenceStrategiesFor(type: QuestionType, only?: readonly string[]): SentenceStrategy[] {
  return SENTENCE_STRATEGIES.filter((s) => s.appliesTo.includes(type) && (!only || only.includes(s.name)));
}

/** Candidates of every applicable sentence strategy, their scores scaled by its weight. */
export function extractCandidates(input: ExtractInput, only?: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentenceStrategiesFor(input.analysis.type, only)) {
    for (const c of s.extract(input)) {
      if (!echoesAQuestion(input.text, c)) out.push({ ...c, score: Math.min(1, c.score * s.weight), raw: (c.raw ?? c.score) * s.weight });
    }
  }
  return out;
}

/** A span that repeats a question asked in the record (a host's …最大的风险是什么？ gives 什么): it holds an interrogative and its sentence ends asking. */
function echoesAQuestion(text: string, c: Candidate): boolean {
  const stop = text.slice(c.end).search(/[。！!？?\n]/u);
  if (stop < 0 || !/[？?]/u.test(text[c.end + stop])) return false;
  return INTERROGATIVE_WORDS.some((w) => c.text.includes(w));
}

/** The first record strategy that reaches a verdict (an answer or a reasoned null). */
export function recordVerdict(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[], only?: readonly string[]): Verdict | null {
  for (const s of RECORD_STRATEGIES) {
    if (only && !only.includes(s.name)) continue;
    const v = s.answer(analysis, corpora, forms);
    if (!v) continue;
    return v.answer === null ? v : { ...v, score: Math.min(1, v.score * s.weight) };
  }
  return null;
}
