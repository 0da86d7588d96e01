/**
 * What every extractor gets and gives: one evidence sentence with the places its
 * anchor words matched, and candidate answer spans scored 0..1.
 */
import type { Speaker } from '../../model';
import type { PersonForm } from '../people';
import type { QuestionAnalysis } from '../question';

/** One evidence sentence prepared for extraction. */
export interface ExtractInput {
  analysis: QuestionAnalysis;
  /** The sentence text (a passage). */
  text: string;
  /** [start, end) ranges in `text` where the question's anchor words matched, with the word's side. */
  hits: Array<{ start: number; end: number; word: string; side: 'before' | 'after'; weight: number; soft?: boolean; entity?: boolean }>;
  /** The question word the answer most directly relates to (the last content word before the question word that the sentence has). */
  key: string | null;
  /** The content words right before and after the question word (the relation asked about), as anchor texts. */
  relations: string[];
  /** A photo caption at the start of the sentence ("title name"), [start, end), not part of the prose. */
  caption?: [number, number];
  /** Text of the earlier sentences of the same paragraph (for 该公司-style references). */
  before?: string;
  /** Ways the transcript names its speakers. */
  forms: PersonForm[];
  speakers: Speaker[];
  /** The person the passage is by or about, per the corpus model. */
  passageSpeaker: string | null;
  /** Quotes inside the sentence, with their speaker. */
  quotes: Array<{ start: number; end: number; speaker: string | null }>;
  /** Other places the corpus names (event venue) and organisations (speakers' organisations). */
  knownPlaces: string[];
  knownOrgs: string[];
}

/** A candidate answer: a span of the sentence. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** 0..1: how well the span fits the question, given its position and form. */
  score: number;
  /** The score before it was capped at 1: orders candidates that both reach 1 (约400个 over 200个 for 多少个应用). */
  raw?: number;
}

export function candidate(text: string, start: number, end: number, score: number): Candidate {
  return { start, end, text: text.slice(start, end), score: Math.max(0, Math.min(1, score)), raw: score };
}

/** Character distance from a range to the nearest anchor hit (Infinity when there are none). */
export function anchorDistance(input: ExtractInput, start: number, end: number, side?: 'before' | 'after'): number {
  let best = Infinity;
  for (const h of input.hits) {
    if (side && h.side !== side) continue;
    let d: number;
    if (h.end <= start) d = start - h.end;
    else if (end <= h.start) d = h.start - end;
    else d = 0;
    if (d < best) best = d;
  }
  return best;
}

/** 1 next to the question's weightiest anchor, less next to a light one, falling off with distance. */
export function proximity(input: ExtractInput, start: number, end: number): number {
  const max = Math.max(0, ...input.hits.map((h) => h.weight));
  if (max <= 0) return 0;
  let best = 0;
  for (const h of input.hits) {
    const d = h.end <= start ? start - h.end : end <= h.start ? h.start - end : 0;
    best = Math.max(best, (0.4 + 0.6 * (h.weight / max)) / (1 + d / 8));
  }
  return best;
}

/** 1 when the span touches a hit of a relation word (the words around the question word), falling off fast. */
export function relationCloseness(input: ExtractInput, start: number, end: number): number {
  let best = 0;
  for (const h of input.hits) {
    if (!input.relations.includes(h.word)) continue;
    // a word before the question word leads to the answer (指导单位是[…]); one after follows it (与[…]合作)
    let d: number;
    if (h.side === 'before') {
      if (h.end > start) continue;
      d = start - h.end;
    } else if (end <= h.start) {
      d = h.start - end;
    } else if (h.end <= start && input.text[start - 1] === '的') {
      // a relative clause: 专注于医疗语音录入的[云知声]
      d = start - h.end;
    } else {
      continue;
    }
    best = Math.max(best, 1 / (1 + d / 2));
  }
  return best;
}

/** True when the span is (part of) something the question itself says. */
export function inQuestion(input: ExtractInput, span: string): boolean {
  return span.length > 0 && input.analysis.text.includes(span);
}

/** Best candidates first, overlapping duplicates removed. */
export function rank(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) if (!out.some((o) => o.text === c.text)) out.push(c);
  return out;
}

/** The list item or clause around a span: bounded by 、，。；：“” and spaces. */
export function segmentAround(text: string, start: number, end: number): [number, number] {
  const stop = /[、，,。；;：:“”\s！!？?]/u;
  let s = start;
  while (s > 0 && !stop.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e])) e++;
  return [s, e];
}

/** 0..1: the anchor weight in the span's own clause or list item (hits inside the span excluded), relative to the heaviest anchor. */
export function localSupport(input: ExtractInput, start: number, end: number): number {
  const [s, e] = segmentAround(input.text, start, end);
  const max = Math.max(0, ...input.hits.map((h) => h.weight));
  if (max <= 0) return 0;
  const seen = new Map<string, number>();
  for (const h of input.hits) {
    if (h.start >= s && h.end <= e && (h.end <= start || h.start >= end)) seen.set(h.word, h.weight);
  }
  let sum = 0;
  for (const w of seen.values()) sum += w;
  return Math.min(1, sum / max);
}
