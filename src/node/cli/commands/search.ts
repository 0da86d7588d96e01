/**
 * `summit search [QUERY] [--limit N] [--json] [--segmenter ENGINE] [--speaker NAME]
 *  [--corpus PATH] [--no-bundled]`
 *
 * With a QUERY: the results, human-readable (speaker, location, text with the matches
 * marked) or, with --json, one object {query, terms, results, note?}. Without a QUERY:
 * one query per line from standard input, one JSON object per line out (JSON Lines),
 * with the engine loaded once.
 */
import * as readline from 'readline';
import type { SearchHit, SearchOptions, SearchResult } from '../../../core/search/types';
import { isSegmenterEngine, SEGMENTER_ENGINES } from '../../segmenters';
import { openSummit } from '../../summit';
import { UsageError, parseOptions, type CommonOptions } from '../args';
import type { Command } from '../command';
import { reportProblems } from '../problems';

const ALLOWED = ['--json', '--segmenter', '--corpus', '--no-bundled', '--limit', '--speaker'];

export const searchCommand: Command = {
  name: 'search',
  usage: 'search [QUERY] [--limit N] [--json] [--speaker NAME]',
  summary: 'find passages, quotes and speakers (no QUERY: one query per line on stdin, JSON Lines out)',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    if (!isSegmenterEngine(opts.segmenter)) {
      throw new UsageError(`unknown segmenter "${opts.segmenter}" (choose ${SEGMENTER_ENGINES.join(' or ')})`);
    }
    if (opts.text === undefined && process.stdin.isTTY) {
      throw new UsageError('give a QUERY, or pipe queries on standard input, one per line');
    }
    const summit = await openSummit({ segmenter: opts.segmenter, bundled: opts.bundled, corpusPaths: opts.corpus });
    reportProblems(summit.problems);
    if (summit.corpora.length === 0) {
      process.stderr.write('summit: no transcript to search\n');
      return 1;
    }
    const searchOptions = toSearchOptions(opts);
    const search = (q: string): SearchResult => summit.engine.search(q, searchOptions);

    if (opts.text !== undefined) {
      const result = search(opts.text);
      process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : formatHuman(result, !!process.stdout.isTTY));
      return 0;
    }
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      let out: object;
      try {
        out = search(line);
      } catch (err) {
        out = { query: line, terms: [], results: [], error: err instanceof Error ? err.message : String(err) };
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return 0;
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

/** Control characters from a transcript must not drive the terminal. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function where(h: SearchHit): string {
  if (!h.location) return h.file;
  return `${h.file}:${h.location.line}:${h.location.column}`;
}

const KIND_LABEL: Record<SearchHit['kind'], string> = { passage: 'passage', quote: 'quote', speaker: 'speaker' };

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
