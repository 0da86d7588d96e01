/**
 * Statements for a parser that found its own people (report captions, Markdown headings): the
 * general recogniser's statements whose speaker is one of them, each in the passage holding its start.
 */
import type { Location, Passage, Statement, Topic } from '../../model';
import { tagTopics } from '../topics';
import type { ReadReport } from './index';

export function knownStatements(
  text: string, read: ReadReport, names: ReadonlySet<string>, passages: Passage[],
  locate: (offset: number, length: number) => Location, topics: Topic[],
): Statement[] {
  const byKey = new Map(read.people.map((p) => [p.key, p.name]));
  const out: Statement[] = [];
  for (const x of read.speech) {
    const name = x.speaker ? byKey.get(x.speaker) : undefined;
    if (x.kind !== 'statement' || !name || !names.has(name)) continue;
    const passage = passages.find((p) => p.location.offset <= x.start && x.start < p.location.offset + p.location.length);
    if (!passage) continue;
    const words = text.slice(x.start, x.end);
    const own = tagTopics(words, topics);
    out.push({ id: `s${out.length + 1}`, text: words, speaker: name, verb: x.verb, location: locate(x.start, words.length), passage: passage.id, topics: own.length ? own : passage.topics });
  }
  return out;
}
