import type { Location } from '../model';

export type QuestionType = 'who' | 'when' | 'where' | 'quantity' | 'organization' | 'what' | 'why' | 'how' | 'other';
export const QUESTION_TYPES: readonly QuestionType[] = ['who', 'when', 'where', 'quantity', 'organization', 'what', 'why', 'how', 'other'];

export interface Evidence {
  /** The sentence that supports the answer. */
  text: string;
  speaker: string | null;
  location: Location;
  /** [start, end) ranges in `text`: the answer span and the anchor words. */
  highlights: Array<[number, number]>;
  corpus: string;
  event: string;
  file: string;
}

export interface Answer {
  question: string;
  type: QuestionType;
  /** A span of the transcript, or null when the record does not answer the question. */
  answer: string | null;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  /** Other candidate spans, best first. */
  alternatives: string[];
}
