/**
 * Statements for a parser that found its own people (report captions, Markdown headings): the
 * general recogniser's statements whose speaker is one of them, each in the passage holding its start.
 */
import type { Location, Passage, Quote, Role, Statement, Topic } from '../../model';
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

const STRONG_EVIDENCE: ReadonlySet<string> = new Set(['title', 'name-title', 'verb']);

/**
 * The people the prose names besides those a parser's own structure gives (a Markdown
 * heading's speaker): an official whose opening address a section without a speaker reports
 * (…副主任某某到会致辞。她表示…), a person a speaker mentions. Each is added as the general
 * recogniser reads them, role included, unless the name is one of the known people's, or part
 * of one (a heading's 欧阳明哲 is not 欧阳明 too).
 */
export function proseSpeakers(
  read: ReadReport, known: ReadonlySet<string>, inProse: (offset: number) => boolean,
  add: (name: string, title: string, organization: string, role: Role) => void,
): void {
  const names = [...known];
  for (const p of read.people) {
    if (p.finalRole === 'reporter' || names.some((n) => n.includes(p.name) || p.name.includes(n))) continue;
    // Named with a title or a speech verb in the prose: a title line or the front matter (…CIO沙龙) vouches for no one.
    if (!p.mentions.some((m) => STRONG_EVIDENCE.has(m.evidence) && inProse(m.start))) continue;
    add(p.name, p.title, p.organization, p.finalRole);
  }
}

/** How far before a quotation its speaker's name may stand for the name to claim it (老院长卜家和常说“…”). */
const NAMED_BEFORE = 24;

/**
 * Quotes the recogniser gives another of the people than the parser did: one the parser could
 * not attribute (她表示：“…” in a section without a speaker), and one whose speaker the
 * sentence names right before it (a speaker retelling what 卜家和常说“…”), not the section's.
 */
export function attributeQuotes(text: string, quotes: Quote[], read: ReadReport, names: ReadonlySet<string>): void {
  const byKey = new Map(read.people.map((p) => [p.key, p.name]));
  const speakerAt = new Map(read.speech.filter((x) => x.kind === 'quote' && x.speaker).map((x) => [x.start, byKey.get(x.speaker!)]));
  for (const q of quotes) {
    const at = q.location.offset;
    const name = speakerAt.get(at);
    if (!name || !names.has(name) || name === q.speaker) continue;
    const before = text.slice(Math.max(0, at - NAMED_BEFORE), at);
    if (q.speaker === null || (before.includes(name) && !/[。！？!?]/u.test(before.slice(before.lastIndexOf(name))))) q.speaker = name;
  }
}
