/**
 * A search hit on a sentence often exists only because of the quote inside it (the engine merges a
 * quote with the sentence around it). When every matched word lies inside one quote of the
 * sentence, that quote — the speaker's own words, without the reporter's frame — is what to cite.
 */
import type { Corpus, Passage, Quote } from '../model';

/** The quote containing every highlighted range; `highlights` are relative to the passage text. */
export function quoteCovering(corpus: Corpus, passage: Passage, highlights: ReadonlyArray<readonly [number, number]>): Quote | undefined {
  if (highlights.length === 0) return undefined;
  const base = passage.location.offset;
  return corpus.quotes.find((q) => highlights.every(([s, e]) =>
    base + s >= q.location.offset && base + e <= q.location.offset + q.location.length));
}
