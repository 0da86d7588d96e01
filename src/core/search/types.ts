import type { Location } from '../model';

/** What a search result is. */
/** What a hit is: direct speech, reported speech (a statement without quotation marks), a sentence or a person. */
export const HIT_KINDS = ['quote', 'statement', 'passage', 'speaker'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

/** One search result, ready to display. */
export interface SearchHit {
  kind: HitKind;
  /** Unique across the engine: `${corpusId}#${localId}`. */
  id: string;
  /** The text shown: the sentence, the quote, or the speaker's "name title organisation" line. */
  text: string;
  /** Name of the person who said it or whom it is about (the speaker themself for kind speaker), or null. */
  speaker: string | null;
  /** Where `text` sits in its transcript; null for speaker hits that have no single location. */
  location: Location | null;
  /** Topic ids. */
  topics: string[];
  score: number;
  /** [start, end) UTF-16 ranges in `text` covering exactly the matched words, sorted, non-overlapping. */
  highlights: Array<[number, number]>;
  /** Corpus id, event name and file of the source, so results across transcripts can be told apart. */
  corpus: string;
  event: string;
  file: string;
  /** True when the hit came from the any-word fallback (not every query word matched). */
  partial?: boolean;
}

export interface SearchOptions {
  /** Maximum results (default 20). */
  limit?: number;
  /** Treat the last query word as a prefix (search as you type). Default false. */
  prefix?: boolean;
  /** Only these kinds. */
  kinds?: HitKind[];
  /** Only hits whose speaker is one of these names. */
  speakers?: string[];
  /** Only hits tagged with one of these topic ids (a parent id includes its children). */
  topics?: string[];
  /** Only these corpus ids. */
  corpora?: string[];
}

export interface SearchResult {
  query: string;
  /** The words the query was understood as (after normalisation, segmentation and expansion). */
  terms: string[];
  results: SearchHit[];
  /** A note for the user, e.g. that a very long query was truncated. */
  note?: string;
}
