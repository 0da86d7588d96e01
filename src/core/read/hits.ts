/**
 * Hit ids and displayable hits: the one way every view (sidebar, palette, trees, CLI) names a
 * record. A hit id is `${corpusId}#${localId}`; a speaker's local id is `speaker:${name}`.
 */
import type { Corpus, Passage, Quote, Speaker } from '../model';
import type { SearchHit } from '../search/types';

export function hitId(corpus: Corpus, localId: string): string {
  return `${corpus.id}#${localId}`;
}

/** Splits a hit id at its LAST '#': corpus ids may contain '#', local ids never do. */
export function splitHitId(id: string): { corpus: string; local: string } | undefined {
  const at = id.lastIndexOf('#');
  if (at <= 0 || at === id.length - 1) return undefined;
  return { corpus: id.slice(0, at), local: id.slice(at + 1) };
}

function base(corpus: Corpus) {
  return { score: 0, highlights: [] as Array<[number, number]>, corpus: corpus.id, event: corpus.event.name, file: corpus.file };
}

export function quoteHit(corpus: Corpus, q: Quote): SearchHit {
  return { kind: 'quote', id: hitId(corpus, q.id), text: q.text, speaker: q.speaker, location: q.location, topics: q.topics, ...base(corpus) };
}

export function passageHit(corpus: Corpus, p: Passage): SearchHit {
  return { kind: 'passage', id: hitId(corpus, p.id), text: p.text, speaker: p.speaker, location: p.location, topics: p.topics, ...base(corpus) };
}

export function speakerHit(corpus: Corpus, s: Speaker): SearchHit {
  const text = [s.name, s.title, s.organization].filter(Boolean).join(' ');
  return { kind: 'speaker', id: hitId(corpus, `speaker:${s.name}`), text, speaker: s.name, location: null, topics: [], ...base(corpus) };
}
