/**
 * One entry for every transcript format: detects report | markdown | plain and
 * parses accordingly. Never throws: a failure becomes a Problem.
 *
 * Curated data of the bundled summit must not leak into other events: only the
 * topic tree (and segmenter terms) go to the report parser, which would
 * otherwise take the curated event and people for its own; the Markdown and
 * plain parsers use curated speakers only to enrich people they found by name.
 */
import type { Problem } from '../model';
import { decideFormat } from './detectFormat';
import { parseMarkdown } from './markdownParser';
import { parsePlain } from './plainParser';
import { parseReport } from './reportParser';
import type { CuratedData } from './schema';
import type { ParseOutcome, TranscriptFormat } from './transcript/types';

export interface ParseTranscriptOptions {
  id: string;
  file: string;
  curated?: CuratedData;
  /** Force a format instead of detecting it. */
  format?: TranscriptFormat;
}

export interface TranscriptParse extends ParseOutcome {
  format: TranscriptFormat;
}

export function parseTranscript(text: string, opts: ParseTranscriptOptions): TranscriptParse {
  const decision = opts.format ? undefined : decideFormat(text, opts.file);
  const format = opts.format ?? decision!.format;
  const parsed = parseAs(format, text, opts);
  if (decision?.close) {
    parsed.problems.push({ severity: 'info', file: opts.file, line: 1, message: `read as the ${format} format, a close call: ${decision.reason}` });
  }
  return parsed;
}

function parseAs(format: TranscriptFormat, text: string, opts: ParseTranscriptOptions): TranscriptParse {
  const topics = opts.curated?.topics;
  try {
    if (format === 'report') {
      const corpus = parseReport(text, { id: opts.id, file: opts.file, curated: { topics, terms: opts.curated?.terms } });
      const problems: Problem[] = [];
      if (corpus.passages.length === 0) {
        return { format, problems: [{ severity: 'error', file: opts.file, line: 1, message: 'the transcript has no text' }] };
      }
      return { format, corpus, problems };
    }
    const curated = { topics, speakers: opts.curated?.speakers };
    const r = format === 'markdown'
      ? parseMarkdown(text, { id: opts.id, file: opts.file, curated })
      : parsePlain(text, { id: opts.id, file: opts.file, curated });
    return { format, ...r };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { format, problems: [{ severity: 'error', file: opts.file, line: 1, message: `could not parse the ${format} transcript: ${message}` }] };
  }
}
