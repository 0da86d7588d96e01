/**
 * Reading who said what in a report of any layout: the people (recognizePeople), their quotes
 * and statements line by line, page debris left out of the passages, and each passage's speaker
 * (the person whose turn the line is or continues, 徐斌：… (turns.ts), and nobody on a question
 * line; else the first quote or statement in it; else the speaker of the sentence before in the
 * same paragraph, when it names nobody else; else a caption line next to the paragraph; else the
 * one person it names).
 */
import type { Role } from '../../model';
import { sentences } from '../transcript/spans';
import { collectiveAt, collectiveLines } from './collective';
import { isDebrisLine, trailingTags } from './debris';
import { recognizePeople, type FoundPerson } from './people';
import { References } from './references';
import { roleOf } from './roles';
import { resolver, speechIn, type Speech } from './speech';
import { lineTurns, turnStatements, type LineTurn } from './turns';
import { textView } from './view';
import type { TextView } from './types';

export interface ReadSentence {
  start: number;
  end: number;
  line: number;
  /** Key of the person who speaks or whom it is about, or null. */
  speaker: string | null;
}

export interface ReadReport {
  view: TextView;
  people: (FoundPerson & { finalRole: Role })[];
  sentences: ReadSentence[];
  speech: Speech[];
}

/** A caption line: short, no sentence end, names exactly one person (国家卫计委…副主任周恭伟致辞). */
function captionPerson(view: TextView, refs: References, line: { start: number; end: number }): string | null {
  const t = view.shadow.slice(line.start, line.end).trim();
  if (t.length === 0 || t.length > 50 || /[。！？；]/.test(t)) return null;
  const named = new Set(refs.within(line.start, line.end).filter((r) => r.kind === 'name' && r.person.role !== 'reporter').map((r) => r.person.key));
  return named.size === 1 ? [...named][0] : null;
}

function sentenceSpeaker(refs: References, speech: Speech[], a: number, b: number, carried: string | null, turn: LineTurn, body: boolean): string | null {
  if (turn.kind === 'turn') return turn.speaker;
  if (turn.kind === 'question') return null;
  const own = speech.find((x) => x.start >= a && x.start < b && x.speaker);
  if (own) return own.speaker;
  // 会议决定：…由某某牵头: what a body says is nobody's, whom it names (collective.ts).
  if (body) return null;
  if (turn.kind === 'continued') return turn.speaker;
  const named = new Set(refs.within(a, b).filter((r) => r.person.role !== 'reporter').map((r) => r.person.key));
  if (named.size === 0) return carried;
  return named.size === 1 ? [...named][0] : null;
}

/** A person only a quote's attribution names (the quote finder vouches for the name). */
function quotedOnly(view: TextView, key: string, speech: Speech[]): FoundPerson {
  const near = speech.find((x) => x.speaker === key)!.start;
  let at = view.shadow.lastIndexOf(key, near);
  if (at < 0) at = view.shadow.indexOf(key, near);
  if (at < 0) at = near;
  return { name: view.text.slice(at, at + key.length), key, title: '', organization: '', mentions: [{ start: at, end: at + key.length, evidence: 'verb' }] };
}

export function readReport(text: string): ReadReport {
  const view = textView(text);
  const people = recognizePeople(view);
  const refs = new References(view.shadow, people);
  const out: ReadSentence[] = [];
  const speech: Speech[] = [];
  const kept = view.lines.filter((l) => l.end > l.start && !isDebrisLine(view.shadow.slice(l.start, l.end)));
  const lines = kept.slice(0, kept.length - trailingTags(kept.map((l) => view.shadow.slice(l.start, l.end))));
  const turns = lineTurns(view, people, lines);
  const bodies = collectiveLines(view.shadow, lines);
  // A turn's head (…副司长 方志诚：) names one person on a short line, but it is no caption of the lines around it.
  const captions = lines.map((l, i) => (turns[i].kind === 'none' ? captionPerson(view, refs, l) : null));
  const resolve = resolver(people);
  lines.forEach((line, li) => {
    const spans = sentences(view.shadow, line.start, line.end);
    const mine = speechIn(view, resolve, refs, line.start, line.end, spans);
    speech.push(...mine);
    let carried: string | null = captions[li] ? null : captions[li - 1] ?? captions[li + 1] ?? null;
    for (const [a, b] of spans) {
      const speaker = sentenceSpeaker(refs, mine, a, b, carried, turns[li], bodies[li] || collectiveAt(view.shadow, a) >= 0);
      carried = speaker;
      out.push({ start: a, end: b, line: li, speaker });
    }
  });
  speech.push(...turnStatements(view.shadow, lines, turns, (a, b) => sentences(view.shadow, a, b), speech));
  speech.sort((x, y) => x.start - y.start);
  const spoke = new Set(speech.map((x) => x.speaker).filter((k): k is string => !!k));
  for (const key of spoke) if (!people.some((p) => p.key === key)) people.push(quotedOnly(view, key, speech));
  for (const c of captions) if (c) spoke.add(c);
  for (const t of turns) if (t.kind !== 'none' && t.kind !== 'question') spoke.add(t.speaker);
  const mentions = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  return { view, people: people.map((p) => ({ ...p, finalRole: roleOf(view, p, spoke, mentions) })), sentences: out, speech };
}
