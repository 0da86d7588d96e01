/**
 * Resolution by id: a hit id names its record; every displayed hit and every piece of evidence
 * carries the ids of its passage and (when it is, or lies inside, one) its quote, so a
 * citation travels as an id and is resolved here, never found again from text or offsets.
 */
import type { Corpus, Passage, Quote, Speaker } from '../model';
import type { SearchHit } from '../search/types';
import type { Answer, Evidence } from '../qa/types';
import { formatCitation, quoteCovering, type CitationFormat } from '../cite';
import { hitId, splitHitId } from './hits';

export interface Resolved {
  corpus: Corpus;
  passage?: Passage;
  quote?: Quote;
  speaker?: Speaker;
}

/** The hit ids of the passage and quote a hit or a piece of evidence comes from. */
export interface SourceIds {
  /** `${corpus}#${passage id}`, or null (a speaker). */
  passage: string | null;
  /** `${corpus}#${quote id}` when the text is a quote or its highlighted words lie inside one. */
  quote: string | null;
}

export type HitView = SearchHit & SourceIds;
export type EvidenceView = Evidence & SourceIds;
export type AnswerView = Omit<Answer, 'evidence'> & { evidence: EvidenceView[] };

function speakerOf(corpus: Corpus, name: string | null): Speaker | undefined {
  return name ? corpus.speakers.find((s) => s.name === name) : undefined;
}

/** `${corpusId}#${localId}` → the record it names, or undefined. */
export function resolveHit(corpora: readonly Corpus[], id: string): Resolved | undefined {
  const parts = splitHitId(id);
  const corpus = parts && corpora.find((c) => c.id === parts.corpus);
  if (!parts || !corpus) return undefined;
  const { local } = parts;
  if (local.startsWith('speaker:')) {
    const speaker = corpus.speakers.find((s) => s.name === local.slice('speaker:'.length));
    return speaker ? { corpus, speaker } : undefined;
  }
  const quote = corpus.quotes.find((q) => q.id === local);
  if (quote) return { corpus, quote, passage: corpus.passages.find((p) => p.id === quote.passage), speaker: speakerOf(corpus, quote.speaker) };
  const statement = corpus.statements.find((s) => s.id === local);
  const passage = corpus.passages.find((p) => p.id === (statement ? statement.passage : local));
  return passage ? { corpus, passage, speaker: speakerOf(corpus, passage.speaker) } : undefined;
}

/** The citation of what an id names (its quote, else its passage, else its speaker). */
export function citeById(corpora: readonly Corpus[], id: string, format: CitationFormat): string | undefined {
  const r = resolveHit(corpora, id);
  const target = r && (r.quote ?? r.passage ?? r.speaker);
  return r && target ? formatCitation(target, r.corpus, format) : undefined;
}

/** The ids a hit is cited by: a passage whose matched words all lie inside one quote cites the quote. */
export function hitSourceIds(corpora: readonly Corpus[], hit: SearchHit): SourceIds {
  const r = hit.kind === 'speaker' ? undefined : resolveHit(corpora, hit.id);
  if (!r?.passage) return { passage: null, quote: null };
  const passage = hitId(r.corpus, r.passage.id);
  if (r.quote) return { passage, quote: hit.id };
  const covering = hit.kind === 'passage' ? quoteCovering(r.corpus, r.passage, hit.highlights) : undefined;
  return { passage, quote: covering ? hitId(r.corpus, covering.id) : null };
}

export function hitView(corpora: readonly Corpus[], hit: SearchHit): HitView {
  return { ...hit, ...hitSourceIds(corpora, hit) };
}

/** The id to cite a hit by (its quote when it has one). */
export function citableId(corpora: readonly Corpus[], hit: SearchHit): string {
  const ids = hitSourceIds(corpora, hit);
  return ids.quote ?? ids.passage ?? hit.id;
}

/** The quote whose span is exactly the evidence, and the passage that contains it. */
export function evidenceSourceIds(corpora: readonly Corpus[], ev: Evidence): SourceIds {
  const corpus = corpora.find((c) => c.id === ev.corpus);
  if (!corpus) return { passage: null, quote: null };
  const start = ev.location.offset;
  const end = start + ev.location.length;
  const within = (l: { offset: number; length: number }) => l.offset <= start && end <= l.offset + l.length;
  const quote = corpus.quotes.find((q) => q.location.offset === start && q.location.length === ev.location.length);
  const passage = (quote && corpus.passages.find((p) => p.id === quote.passage))
    ?? corpus.passages.find((p) => within(p.location))
    ?? corpus.passages.find((p) => p.location.offset <= start && start < p.location.offset + p.location.length);
  return { passage: passage ? hitId(corpus, passage.id) : null, quote: quote ? hitId(corpus, quote.id) : null };
}

/** An answer whose evidence carries its passage and quote ids (resolved at the QA boundary). */
export function answerView(corpora: readonly Corpus[], answer: Answer): AnswerView {
  return { ...answer, evidence: answer.evidence.map((ev) => ({ ...ev, ...evidenceSourceIds(corpora, ev) })) };
}
