/** Shared types of the people recognisers. */
import type { Role } from '../../model';

/** The text a recogniser reads: the original, its Simplified shadow (same length) and its lines. */
export interface TextView {
  text: string;
  shadow: string;
  lines: { start: number; end: number }[];
}

/** One place where the text names a person, and why it is taken for one. */
export interface Mention {
  start: number;
  end: number;
  evidence: 'title' | 'name-title' | 'verb' | 'list' | 'byline' | 'repeat';
  title?: string;
  organization?: string;
  /** Where the organisation + title phrase begins (for title chains). */
  phraseStart?: number;
  /** A role the context gives (reporter from a byline, host from 主持). */
  role?: Role;
}
