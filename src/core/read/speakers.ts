/**
 * Read-model of a speaker: one `Speaker` (src/core/model.ts) with what the record says about
 * them, and the views derived from it — the CLI's JSON, the sidebar's card, the speaker list
 * and tree rows. The CLI and the extension both build them here, so they agree.
 */
import { detectFormat } from '../corpus/detectFormat';
import type { TranscriptFormat } from '../corpus/transcript/types';
import type { Corpus, Quote, Speaker, Statement } from '../model';
import type { SearchHit } from '../search/types';
import { quoteHit } from './hits';

/** A speaker of one corpus with their quotes and the topics they talk about. */
export interface SpeakerProfile {
  corpus: Corpus;
  speaker: Speaker;
  /** Their quotes, in transcript order. */
  quotes: Quote[];
  /** What the record reports them saying without quotation marks (X表示，…), in transcript order. */
  statements: Statement[];
  /** Topic ids of their passages, quotes and statements, most frequent first (ties by id). */
  topics: string[];
}

/** Who a speaker is, as every view shows it. */
export type SpeakerIdentity = Pick<Speaker, 'name' | 'title' | 'organization' | 'role'>;

/** `summit speakers --json`: one entry per speaker. */
export type SpeakerJson = SpeakerIdentity & {
  quotes: Array<Pick<Quote, 'text' | 'location'>>;
  statements: Array<Pick<Statement, 'text' | 'verb' | 'location'>>;
  topics: string[];
  /** The transcript the person is in, and the format it was read as (report | markdown | plain). */
  file: string;
  format: TranscriptFormat;
};

/** The sidebar's speaker card. */
export type SpeakerCard = SpeakerIdentity & Pick<Speaker, 'aliases'> & {
  corpus: string;
  event: string;
  topics: string[];
  /** The person's quotes, as displayable hits (kind "quote", no highlights). */
  quotes: SearchHit[];
};

/** A row of the speaker list (filters, trees): who, where, how many quotes. */
export type SpeakerRow = SpeakerIdentity & { corpus: string; quotes: number };

export function speakerProfile(corpus: Corpus, speaker: Speaker): SpeakerProfile {
  const quotes = corpus.quotes.filter((q) => q.speaker === speaker.name);
  const statements = corpus.statements.filter((st) => st.speaker === speaker.name);
  const tally = new Map<string, number>();
  for (const rec of [...quotes, ...statements, ...corpus.passages.filter((p) => p.speaker === speaker.name)]) {
    for (const t of rec.topics) tally.set(t, (tally.get(t) ?? 0) + 1);
  }
  const topics = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  return { corpus, speaker, quotes, statements, topics };
}

/** Everyone in every corpus, in corpus then transcript order. */
export function speakerProfiles(corpora: readonly Corpus[]): SpeakerProfile[] {
  return corpora.flatMap((c) => c.speakers.map((s) => speakerProfile(c, s)));
}

/** A speaker by exact name, then by alias: in one corpus, or in the first corpus that knows them. */
export function findSpeaker(corpora: readonly Corpus[], nameOrAlias: string, corpusId?: string): { corpus: Corpus; speaker: Speaker } | undefined {
  for (const corpus of corpusId ? corpora.filter((c) => c.id === corpusId) : corpora) {
    const speaker = corpus.speakers.find((s) => s.name === nameOrAlias) ?? corpus.speakers.find((s) => s.aliases.includes(nameOrAlias));
    if (speaker) return { corpus, speaker };
  }
  return undefined;
}

function identity(s: Speaker): SpeakerIdentity {
  return { name: s.name, title: s.title, organization: s.organization, role: s.role };
}

export function speakerJson(p: SpeakerProfile): SpeakerJson {
  return {
    ...identity(p.speaker),
    quotes: p.quotes.map((q) => ({ text: q.text, location: { ...q.location } })),
    statements: p.statements.map((st) => ({ text: st.text, verb: st.verb, location: { ...st.location } })),
    topics: [...p.topics],
    file: p.corpus.file,
    format: formatOf(p.corpus),
  };
}

const formats = new WeakMap<Corpus, TranscriptFormat>();

/** The format a corpus was read as (detected again from its text, as the parser did). */
export function formatOf(corpus: Corpus): TranscriptFormat {
  let f = formats.get(corpus);
  if (!f) formats.set(corpus, (f = detectFormat(corpus.text, corpus.file)));
  return f;
}

export function speakerCard(p: SpeakerProfile): SpeakerCard {
  return {
    ...identity(p.speaker),
    aliases: [...p.speaker.aliases],
    corpus: p.corpus.id,
    event: p.corpus.event.name,
    topics: [...p.topics],
    quotes: p.quotes.map((q) => quoteHit(p.corpus, q)),
  };
}

export function speakerRow(p: SpeakerProfile): SpeakerRow {
  return { ...identity(p.speaker), corpus: p.corpus.id, quotes: p.quotes.length };
}
