/**
 * Who speaks where: quotes (“…”, 「…」, 『…』) and statements of one line, attributed to the
 * found people, on the Simplified shadow with the spans and verbs sliced from the original text.
 */
import { findQuotes, type NameResolver } from '../transcript/attribution';
import type { FoundPerson } from './people';
import { shortFormsOf, type References } from './references';
import { sentenceSubject, statementsIn, titleAfter } from './statements';
import { SUBJECT_FILLER } from './context';
import type { TextView } from './types';

export interface Speech {
  kind: 'quote' | 'statement';
  start: number;
  end: number;
  /** The verb as the text writes it. */
  verb: string;
  /** Key (Simplified name) of the speaker, or null. */
  speaker: string | null;
}

/** A resolver for findQuotes: the person a clause (shadow) ends with. */
export function resolver(people: FoundPerson[]): (phrase: string) => string | undefined {
  const forms = people.filter((p) => p.role !== 'reporter').flatMap((p) => [p.key, ...shortFormsOf(p)].map((f) => ({ f, key: p.key })));
  forms.sort((a, b) => b.f.length - a.f.length);
  return (phrase) => {
    for (const x of forms) {
      const at = phrase.lastIndexOf(x.f);
      if (at < 0) continue;
      const end = at + x.f.length;
      const rest = phrase.slice(end + titleAfter(phrase, end).length);
      if (rest === '' || SUBJECT_FILLER.exec(rest)?.[0] === rest) return x.key;
    }
    return undefined;
  };
}

function verbText(view: TextView, verb: string, start: number, end: number): string {
  const before = view.shadow.lastIndexOf(verb, start);
  const at = before >= 0 && start - before <= 60 ? before : view.shadow.indexOf(verb, end);
  return at >= 0 ? view.text.slice(at, at + verb.length) : verb;
}

/** The subject of the sentence holding position `at` (the quote's), as a key, or null. */
function subjectOf(s: string, refs: References, sentences: Array<[number, number]>, at: number): string | null {
  const sentence = sentences.find(([a, b]) => a <= at && at < b);
  return sentence ? sentenceSubject(s, refs, sentence[0], at)?.person.key ?? null : null;
}

/**
 * Quotes and statements of s[from, to) (a line), in text order; `resolve` is `resolver(people)`
 * (made once for all the lines of a text).
 */
export function speechIn(view: TextView, resolve: NameResolver, refs: References, from: number, to: number, sentences: Array<[number, number]>): Speech[] {
  const s = view.shadow;
  const out: Speech[] = [];
  for (const q of findQuotes(s, from, to, resolve)) {
    let speaker: string | null = null;
    if (q.who?.name) speaker = resolve(q.who.name) ?? q.who.name;
    else if (q.who?.pronoun) speaker = refs.last(q.start)?.person.key ?? null;
    else if (q.continued) speaker = subjectOf(s, refs, sentences, q.start);
    out.push({ kind: 'quote', start: q.start, end: q.end, verb: verbText(view, q.verb, q.start, q.end), speaker });
  }
  for (const [a, b] of sentences) {
    for (const st of statementsIn(s, a, b, refs)) {
      if (out.some((q) => q.kind === 'quote' && q.start < st.end && st.start < q.end && q.start <= st.start)) continue;
      out.push({ kind: 'statement', start: st.start, end: st.end, verb: verbText(view, st.verb, st.start, st.end), speaker: st.speaker.person.key });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
