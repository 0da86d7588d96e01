/**
 * The transcripts a corpus command (speakers, quotes, topics) works on: the bundled summit
 * unless --no-bundled, plus every --corpus PATH. Problems go to stderr, one line each; no
 * search index is built.
 */
import type { Corpus, Speaker } from '../../core/model';
import { loadBundledCorpus } from '../bundled';
import { loadTranscriptPaths } from '../transcriptFiles';
import { reportProblems } from './problems';
import type { CommonOptions } from './args';

export async function loadCorpora(opts: CommonOptions): Promise<Corpus[]> {
  const corpora: Corpus[] = [];
  if (opts.bundled) corpora.push(loadBundledCorpus());
  if (opts.corpus.length) {
    const loaded = await loadTranscriptPaths(opts.corpus);
    reportProblems(loaded.problems);
    corpora.push(...loaded.corpora);
  }
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
