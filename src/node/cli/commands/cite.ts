/**
 * `summit cite QUERY|ID [--format FORMAT] [--limit N] [--speaker NAME] [--json]`
 *
 * The citation of the best matching quote or passage (or of a hit id such as
 * bundled:summit-2017#q12) in any format the extension inserts: markdown (default), latex,
 * latex-csquotes, bibtex, csl-json, gbt7714, plain. With --limit N, the N best, one after another.
 * With --json: [{ id, format, citation }].
 */
import { output } from '../output';
import { CITATION_FORMATS, formatCitation, isCitationFormat, quoteCovering, type CitationFormat } from '../../../core/cite';
import type { Corpus, Passage, Quote } from '../../../core/model';
import { cliCacheDir } from '../../paths';
import { openForCommand } from '../opening';
import { UsageError, parseOptions } from '../args';
import type { Command } from '../command';
import { reportProblems } from '../problems';

const ALLOWED = ['--json', '--segmenter', '--corpus', '--no-bundled', '--limit', '--speaker', '--cache', '--no-cache'];

/** Takes --format out of argv (the shared parser does not know it). */
export function takeFormat(argv: string[]): { format: CitationFormat; rest: string[] } {
  const rest: string[] = [];
  let format: CitationFormat = 'markdown';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { rest.push(...argv.slice(i)); break; }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (!isCitationFormat(value)) throw new UsageError(`--format needs one of ${CITATION_FORMATS.join(', ')}`);
      format = value;
      continue;
    }
    rest.push(arg);
  }
  return { format, rest };
}

function resolveId(corpora: Corpus[], id: string): { corpus: Corpus; target: Quote | Passage } | undefined {
  const at = id.lastIndexOf('#');
  if (at <= 0) return undefined;
  const corpus = corpora.find((c) => c.id === id.slice(0, at));
  const local = id.slice(at + 1);
  const target = corpus?.quotes.find((q) => q.id === local) ?? corpus?.passages.find((p) => p.id === local);
  return corpus && target ? { corpus, target } : undefined;
}

export const citeCommand: Command = {
  name: 'cite',
  usage: 'cite QUERY|ID [--format FORMAT] [--limit N] [--json]',
  summary: `cite the best matching quote or passage; FORMAT: ${CITATION_FORMATS.join(', ')}`,
  async run(argv: string[]): Promise<number> {
    const { format, rest } = takeFormat(argv);
    const opts = parseOptions(rest, ALLOWED);
    if (opts.text === undefined || !opts.text.trim()) throw new UsageError('give the words (or the id) of the quote to cite');
    const summit = await openForCommand({ segmenter: opts.segmenter, bundled: opts.bundled, corpusPaths: opts.corpus, cacheDir: cliCacheDir(opts), onLateProblem: (p) => reportProblems([p]) });
    reportProblems(summit.problems);
    const picked: Array<{ id: string; corpus: Corpus; target: Quote | Passage }> = [];
    const byId = resolveId(summit.corpora, opts.text.trim());
    if (byId) {
      picked.push({ id: opts.text.trim(), ...byId });
    } else {
      const result = summit.engine.search(opts.text, {
        limit: opts.limit ?? 1,
        kinds: ['quote', 'passage'],
        ...(opts.speaker ? { speakers: [opts.speaker] } : {}),
      });
      for (const hit of result.results) {
        const found = resolveId(summit.corpora, hit.id);
        if (!found) continue;
        // A sentence whose matched words all lie inside one of its quotes is cited as that quote.
        const quote = 'verb' in found.target ? undefined : quoteCovering(found.corpus, found.target, hit.highlights);
        if (quote) picked.push({ id: `${found.corpus.id}#${quote.id}`, corpus: found.corpus, target: quote });
        else picked.push({ id: hit.id, ...found });
      }
    }
    if (picked.length === 0) {
      output.err(`summit: nothing to cite for "${opts.text.slice(0, 80)}"\n`);
      return 1;
    }
    const out = picked.map((p) => ({ id: p.id, format, citation: formatCitation(p.target, p.corpus, format) }));
    if (opts.json) output.out(`${JSON.stringify(out)}\n`);
    else output.out(out.map((o) => (o.citation.endsWith('\n') ? o.citation : `${o.citation}\n`)).join('\n'));
    return 0;
  },
};
