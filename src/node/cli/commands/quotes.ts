/**
 * `summit quotes [--speaker NAME] [--limit N] [--statements] [--json] [--corpus PATH] [--no-bundled]`
 * Direct speech with who said it and where; with --statements also reported speech without
 * quotation marks (X表示，…), in text order.
 * --json: [{ text, speaker, location: { line, column, offset, length }, topics }]; with --statements
 * each row also has kind (quote | statement) and verb.
 */
import { output } from '../output';
import type { Corpus, Quote, Statement } from '../../../core/model';
import { parseOptions, UsageError } from '../args';
import type { Command } from '../command';
import { loadCorpora, resolveSpeakerNames, where } from '../corpora';

const ALLOWED = ['--json', '--speaker', '--limit', '--corpus', '--no-bundled', '--segmenter', '--cache', '--no-cache'];

export interface QuoteJson {
  text: string;
  speaker: string | null;
  location: { line: number; column: number; offset: number; length: number };
  topics: string[];
}

export function quoteJson(q: Quote | Statement): QuoteJson {
  const { line, column, offset, length } = q.location;
  return { text: q.text, speaker: q.speaker, location: { line, column, offset, length }, topics: [...q.topics] };
}

function human(corpus: Corpus, q: Quote | Statement, statement: boolean): string {
  const who = q.speaker ?? '(unattributed)';
  return `${who} ${q.verb}${statement ? ' (statement)' : ''}  ${where(corpus, q.location)}\n  ${statement ? q.text : `“${q.text}”`}`;
}

type Row = { c: Corpus; q: Quote | Statement; statement: boolean };

function rowsOf(c: Corpus, withStatements: boolean): Row[] {
  const rows: Row[] = c.quotes.map((q) => ({ c, q, statement: false }));
  if (withStatements) rows.push(...c.statements.map((q) => ({ c, q, statement: true })));
  return rows.sort((a, b) => a.q.location.offset - b.q.location.offset);
}

export const quotesCommand: Command = {
  name: 'quotes',
  usage: 'quotes [--speaker NAME] [--limit N] [--json]',
  summary: 'direct speech, with speaker and location',
  async run(argv: string[]): Promise<number> {
    // --statements is this command's own flag; the shared parser reads the rest.
    const withStatements = argv.includes('--statements');
    const opts = parseOptions(argv.filter((a) => a !== '--statements'), ALLOWED);
    if (opts.text !== undefined) throw new UsageError(`quotes takes no words (got "${opts.text}"); use --speaker NAME`);
    const corpora = await loadCorpora(opts);
    const only = opts.speaker !== undefined ? resolveSpeakerNames(corpora, opts.speaker) : undefined;
    let rows = corpora.flatMap((c) => rowsOf(c, withStatements)).filter((r) => !only || (r.q.speaker !== null && only.has(r.q.speaker)));
    if (opts.limit !== undefined) rows = rows.slice(0, opts.limit);
    if (opts.json) {
      const json = rows.map((r) => (withStatements ? { kind: r.statement ? 'statement' : 'quote', verb: r.q.verb, ...quoteJson(r.q) } : quoteJson(r.q)));
      output.out(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    if (!rows.length) {
      output.out('no quotes\n');
      return 0;
    }
    const noun = withStatements ? (rows.length === 1 ? 'quote or statement' : 'quotes and statements') : rows.length === 1 ? 'quote' : 'quotes';
    output.out(rows.map((r) => human(r.c, r.q, r.statement)).join('\n\n') + `\n\n${rows.length} ${noun}\n`);
    return 0;
  },
};
