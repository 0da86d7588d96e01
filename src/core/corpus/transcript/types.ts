/** Shared types of the transcript parsers (report, Markdown, plain text). */
import type { Corpus, Problem, Speaker, Topic } from '../../model';

/** Curated data that enriches a parse: the topic tree, and optionally known speakers. */
export interface CuratedInput {
  topics?: Topic[];
  speakers?: Array<Partial<Speaker> & { name: string }>;
}

export interface TranscriptOptions {
  /** Corpus id, e.g. a workspace-relative path. */
  id: string;
  /** File name or path shown to the user. */
  file: string;
  curated?: CuratedInput;
}

/** A parse never throws: it returns a corpus (possibly with warnings) or only problems. */
export interface ParseOutcome {
  corpus?: Corpus;
  problems: Problem[];
}

export type TranscriptFormat = 'report' | 'markdown' | 'plain';
