/**
 * Ordering and merging of raw matches: a quote and the passage that contains it are
 * one hit (the better-scoring one is kept); a document that contains the query as one
 * unbroken phrase ranks above one that merely contains its words; the any-word
 * fallback ranks below everything else.
 */
import type { Corpus, Location } from '../model';
import type { HitKind } from './types';

export interface RawHit {
  corpus: Corpus;
  localId: string;
  score: number;
  matched: Set<string>;
  /** The document contains the whole query as one phrase. */
  phrase: boolean;
  stored: {
    kind: HitKind;
    display: string;
    who: string | null;
    location: Location | null;
    topics: string[];
    passage?: string;
  };
}

const PHRASE_BONUS = 3;
const PARTIAL_FACTOR = 0.5;

export function rankHits(raw: RawHit[], partial: boolean): RawHit[] {
  for (const h of raw) {
    if (h.phrase) h.score *= PHRASE_BONUS;
    if (partial) h.score *= PARTIAL_FACTOR;
  }
  return mergeDuplicates(raw).sort((a, b) => b.score - a.score || (a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0));
}

/** A quote and the sentence that contains it: keep one, the higher-scoring. */
function mergeDuplicates(raw: RawHit[]): RawHit[] {
  const byKey = new Map<string, RawHit>();
  const passageOf = (h: RawHit) => (h.stored.kind === 'quote' ? h.stored.passage ?? h.localId : h.localId);
  for (const h of raw) {
    if (h.stored.kind === 'speaker') { byKey.set(`${h.corpus.id}#${h.localId}`, h); continue; }
    const key = `${h.corpus.id}#text:${passageOf(h)}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, h); continue; }
    if (h.score > prev.score) byKey.set(key, h);
  }
  return [...byKey.values()];
}
