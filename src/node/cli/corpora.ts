/**
 * The transcripts a corpus command (speakers, quotes, topics) works on: the bundled summit
 * unless --no-bundled, plus every --corpus PATH, read through the parse cache as search reads
 * them. Problems go to stderr, one line each; no search index is built.
 */
import type { Corpus, Speaker } from '../../core/model';
import { cliCacheDir } from '../paths';
import { readCorpora } from '../summit';
import { reportProblems } from './problems';
import type { CommonOptions } from './args';

/** The transcripts, through the parse cache (--cache DIR, the user's by default, none with --no-cache) as search reads them. */
export async function loadCorpora(opts: CommonOptions): Promise<Corpus[]> {
  const { corpora, problems } = await readCorpora({ bundled: opts.bundled, corpusPaths: opts.corpus, cacheDir: cliCacheDir(opts) });
  reportProblems(problems);
  if (corpora.length === 0) throw new Error('no transcript to read (drop --no-bundled or add --corpus PATH)');
  return corpora;
}

/** Whether `query` names this speaker: name, alias or pinyin (spaces and case ignored). */
export function speakerMatches(s: Speaker, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return false;
  return s.name === query.trim() || s.aliases.includes(query.trim()) || s.pinyin.replace(/\s+/g, '') === q || (s.en?.name ?? '').toLowerCase().replace(/\s+/g, '') === q;
}

/** The canonical names `query` refers to across the corpora, or throws a clear message listing who is known. */
export function resolveSpeakerNames(corpora: Corpus[], query: string): Set<string> {
  const names = new Set<string>();
  for (const c of corpora) for (const s of c.speakers) if (speakerMatches(s, query)) names.add(s.name);
  if (names.size === 0) {
    const known = [...new Set(corpora.flatMap((c) => c.speakers.map((s) => s.name)))];
    throw new Error(`no speaker "${query}" in the transcript (known: ${known.join('、')})`);
  }
  return names;
}

/** "corpus/summit-2017.txt:12:34" */
export function where(corpus: Corpus, loc: { line: number; column: number }): string {
  return `${corpus.file}:${loc.line}:${loc.column}`;
}

/** Cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
