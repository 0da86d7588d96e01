/**
 * `summit quotes [--speaker NAME] [--limit N] [--json] [--corpus PATH] [--no-bundled]`
 * Direct speech with who said it and where.
 * --json: [{ text, speaker, location: { line, column, offset, length }, topics }].
 */
import type { Corpus, Quote } from '../../../core/model';
import { parseOptions, UsageError } from '../args';
import type { Command } from '../command';
import { loadCorpora, resolveSpeakerNames, where } from '../corpora';

const ALLOWED = ['--json', '--speaker', '--limit', '--corpus', '--no-bundled', '--segmenter'];

export interface QuoteJson {
  text: string;
  speaker: string | null;
  location: { line: number; column: number; offset: number; length: number };
  topics: string[];
}

export function quoteJson(q: Quote): QuoteJson {
  const { line, column, offset, length } = q.location;
  return { text: q.text, speaker: q.speaker, location: { line, column, offset, length }, topics: [...q.topics] };
}

function human(corpus: Corpus, q: Quote): string {
  const who = q.speaker ?? '(unattributed)';
  return `${who} ${q.verb}  ${where(corpus, q.location)}\n  “${q.text}”`;
}

export const quotesCommand: Command = {
  name: 'quotes',
  usage: 'quotes [--speaker NAME] [--limit N] [--json]',
  summary: 'direct speech, with speaker and location',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    if (opts.text !== undefined) throw new UsageError(`quotes takes no words (got "${opts.text}"); use --speaker NAME`);
    const corpora = await loadCorpora(opts);
    const only = opts.speaker !== undefined ? resolveSpeakerNames(corpora, opts.speaker) : undefined;
    let rows = corpora.flatMap((c) => c.quotes.filter((q) => !only || (q.speaker !== null && only.has(q.speaker))).map((q) => ({ c, q })));
    if (opts.limit !== undefined) rows = rows.slice(0, opts.limit);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(rows.map((r) => quoteJson(r.q)), null, 2)}\n`);
      return 0;
    }
    if (!rows.length) {
      process.stdout.write('no quotes\n');
      return 0;
    }
    process.stdout.write(rows.map((r) => human(r.c, r.q)).join('\n\n') + `\n\n${rows.length} ${rows.length === 1 ? 'quote' : 'quotes'}\n`);
    return 0;
  },
};
