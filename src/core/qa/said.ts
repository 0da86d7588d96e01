/**
 * 龚某要求什么？ 霍某汇报了什么？ — what a named person said with a given verb: the parser's own
 * statement or quote of theirs with that verb answers it, whichever sentence it stands in (a
 * pronoun may have stood for the name: 他要求，一、…). A record strategy: with no such speech it
 * leaves the question to the sentence strategies, as it does a generic verb (说了什么: anything
 * they said, which the open strategy reads).
 */
import type { Corpus, Speech } from '../model';
import { GENERIC_SPEECH_VERBS, SPEECH_VERB_LIST, STATEMENT_VERB_LIST, wordStartingAt } from '../lang/zh';
import { SAID_CONTENT_NOUNS, SPEAKER_ADVERBS, WHAT_WORDS } from '../lang/zh/questions';
import { type Verdict, evidenceAt } from './entity';
import { type PersonForm, findPeople } from './people';
import type { QuestionAnalysis } from './question';
import { fold } from './text';

/** Between the name and the verb (在会上, 还, 也), and after the verb up to the question's end. */
const FILLER = new RegExp(`^(?:在[^，。？?]{0,8}?[上中时])?(?:${SPEAKER_ADVERBS.join('|')})?`, 'u');
const ASKS_WHAT = new RegExp(`^(?:了|过)?(?:${WHAT_WORDS.join('|')})(?:${SAID_CONTENT_NOUNS.join('|')})?[？?。！!\\s]*$`, 'u');

/** The person and the verb a question asks about (龚某 + 要求), or null. */
function askedSpeech(analysis: QuestionAnalysis, forms: PersonForm[]): { name: string; verb: string } | null {
  const text = fold(analysis.text);
  const named = findPeople(text, forms).filter((m) => m.full);
  if (named.length !== 1) return null;
  let at = named[0].end;
  at += FILLER.exec(text.slice(at))?.[0].length ?? 0;
  const verb = wordStartingAt(STATEMENT_VERB_LIST, text, at) ?? wordStartingAt(SPEECH_VERB_LIST, text, at);
  if (!verb || GENERIC_SPEECH_VERBS.has(verb) || !ASKS_WHAT.test(text.slice(at + verb.length))) return null;
  return { name: named[0].speaker.name, verb };
}

/** A statement that stopped at the first item of a list (一、…；二、…): the sentence to its end. */
function wholeSentence(c: Corpus, sp: Speech): [number, number] {
  const start = sp.location.offset;
  let end = start + sp.location.length;
  if (c.text[end] === '；' || c.text[end] === ';') {
    const stop = c.text.slice(end).search(/[。！？!?\n]/u);
    end = stop < 0 ? c.text.length : end + stop;
  }
  return [start, end];
}

export function personSaid(analysis: QuestionAnalysis, corpora: Corpus[], forms: PersonForm[]): Verdict | null {
  const asked = askedSpeech(analysis, forms);
  if (!asked) return null;
  for (const c of corpora) {
    const speech = [...(c.statements ?? []), ...c.quotes].filter((s) => s.speaker === asked.name && fold(s.verb) === asked.verb);
    speech.sort((a, b) => a.location.offset - b.location.offset);
    if (!speech.length) continue;
    const [s, e] = wholeSentence(c, speech[0]);
    return { answer: c.text.slice(s, e), score: 1, evidence: evidenceAt(c, s, e) };
  }
  return null;
}
