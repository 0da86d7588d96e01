/**
 * `summit search [QUERY] [--limit N] [--json] [--segmenter ENGINE] [--speaker NAME]
 *  [--corpus PATH] [--no-bundled]`
 *
 * With a QUERY: the results, human-readable (speaker, location, text with the matches
 * marked) or, with --json, one object {query, terms, results, note?}. Without a QUERY:
 * one query per line from standard input, one JSON object per line out (JSON Lines),
 * with the engine loaded once.
 */
import { output } from '../output';
import type { SearchHit, SearchOptions, SearchResult } from '../../../core/search/types';
import { cliCacheDir } from '../../paths';
import { openForCommand } from '../opening';
import { parseOptions, type CommonOptions } from '../args';
import type { Command } from '../command';
import { answerEachLine, requireTextOrPipe } from '../lines';
import { reportProblems } from '../problems';
import { clean } from '../terminal';

const ALLOWED = ['--json', '--segmenter', '--corpus', '--no-bundled', '--limit', '--speaker', '--cache', '--no-cache'];

export const searchCommand: Command = {
  name: 'search',
  usage: 'search [QUERY] [--limit N] [--json] [--speaker NAME]',
  summary: 'find passages, quotes and speakers (no QUERY: one query per line on stdin, JSON Lines out)',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    requireTextOrPipe(opts, 'query');
    const summit = await openForCommand({ segmenter: opts.segmenter, bundled: opts.bundled, corpusPaths: opts.corpus, cacheDir: cliCacheDir(opts), onLateProblem: (p) => reportProblems([p]), warm: false });
    reportProblems(summit.problems);
    if (summit.corpora.length === 0 && !summit.problems.some((p) => p.severity !== 'info')) {
      output.err('summit: no transcript to search\n');
      return 1;
    }
    // Every named transcript was skipped: its line above says why, and the search finds nothing.
    const searchOptions = toSearchOptions(opts);
    return answerEachLine<SearchResult>(opts, {
      answer: (q) => summit.engine.search(q, searchOptions),
      human: formatHuman,
      failed: (query, error) => ({ query, terms: [], results: [], error }),
      idle: () => summit.engine.warmUpStep(),
    });
  },
};

function toSearchOptions(opts: CommonOptions): SearchOptions {
  const o: SearchOptions = {};
  if (opts.limit) o.limit = opts.limit;
  if (opts.speaker) o.speakers = [opts.speaker];
  return o;
}

/** Text with highlight ranges marked: bold on a terminal, 【】 otherwise. */
export function markHighlights(text: string, ranges: Array<[number, number]>, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['【', '】'];
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s < pos || e > text.length) continue;
    out += clean(text.slice(pos, s)) + open + clean(text.slice(s, e)) + close;
    pos = e;
  }
  return out + clean(text.slice(pos));
}


function where(h: SearchHit): string {
  if (!h.location) return h.file;
  return `${h.file}:${h.location.line}:${h.location.column}`;
}

const KIND_LABEL: Record<SearchHit['kind'], string> = { passage: 'passage', quote: 'quote', statement: 'statement', speaker: 'speaker' };

export function formatHuman(result: SearchResult, tty: boolean): string {
  const lines: string[] = [];
  if (result.note) lines.push(`note: ${result.note}`);
  if (result.results.length === 0) {
    lines.push(result.terms.length === 0 ? 'Nothing to search for.' : `No results for “${clean(result.query)}”.`);
    return lines.join('\n') + '\n';
  }
  result.results.forEach((h, i) => {
    const who = h.speaker ?? '—';
    const partial = h.partial ? ' (some words)' : '';
    lines.push(`${i + 1}. ${who} · ${KIND_LABEL[h.kind]} · ${where(h)}${partial}`);
    lines.push(`   ${markHighlights(h.text, h.highlights, tty)}`);
  });
  return lines.join('\n') + '\n';
}
