/**
 * A corpus whose bulky part (its text, sections, passages, quotes and statements) is read
 * only when something first touches it. A search needs none of it (a segment stores what a
 * hit shows), so a warm start over a hundred reports reads a few kilobytes of each instead of
 * parsing every cached transcript. The summary (id, file, event, speakers, topics, fingerprint)
 * and the number of items of each kind are known at once.
 *
 * A lazy corpus is a plain Corpus to everyone else: reading `corpus.passages` loads the body
 * (once, for all five fields), assigning to a field replaces it, and JSON.stringify or
 * structured clone see every field.
 */
import type { Corpus } from '../model';

export const BODY_FIELDS = ['text', 'sections', 'passages', 'quotes', 'statements'] as const;
export type BodyField = (typeof BODY_FIELDS)[number];
export type CorpusBody = Pick<Corpus, BodyField>;
export type CorpusSummary = Omit<Corpus, BodyField>;

/** How many documents of each kind a corpus holds. */
export interface CorpusCounts {
  passages: number;
  quotes: number;
  statements: number;
}

const COUNTS = Symbol('summit.corpusCounts');

/** A corpus's summary and body (for a cache that stores them apart). */
export function splitCorpus(corpus: Corpus): { summary: CorpusSummary; body: CorpusBody; counts: CorpusCounts } {
  const { text, sections, passages, quotes, statements, ...summary } = corpus;
  return { summary, body: { text, sections, passages, quotes, statements }, counts: countsOf(corpus) };
}

/** A corpus from its summary; `load` gives the body the first time any body field is read. */
export function lazyCorpus(summary: CorpusSummary, counts: CorpusCounts, load: () => CorpusBody): Corpus {
  const corpus = { ...summary } as Corpus;
  let loaded = false;
  const settle = (body: Partial<CorpusBody>) => {
    loaded = true;
    for (const f of BODY_FIELDS) Object.defineProperty(corpus, f, { value: body[f], writable: true, enumerable: true, configurable: true });
  };
  for (const f of BODY_FIELDS) {
    Object.defineProperty(corpus, f, {
      enumerable: true,
      configurable: true,
      get() { if (!loaded) settle(load()); return corpus[f]; },
      set(value: unknown) { if (!loaded) settle(load()); Object.defineProperty(corpus, f, { value, writable: true, enumerable: true, configurable: true }); },
    });
  }
  Object.defineProperty(corpus, COUNTS, { value: { ...counts }, enumerable: false });
  return corpus;
}

/** Whether a lazy corpus has not read its body yet (for tests and measurements). */
export function bodyPending(corpus: Corpus): boolean {
  return typeof Object.getOwnPropertyDescriptor(corpus, 'passages')?.get === 'function';
}

/** The number of passages, quotes and statements, without loading a lazy corpus's body. */
export function countsOf(corpus: Corpus): CorpusCounts {
  const known = (corpus as Corpus & { [COUNTS]?: CorpusCounts })[COUNTS];
  if (known && bodyPending(corpus)) return known;
  return { passages: corpus.passages.length, quotes: corpus.quotes.length, statements: (corpus.statements ?? []).length };
}
