/**
 * Transcript files named on the command line (--corpus PATH, repeatable): a file
 * is taken as it is; a folder is searched recursively for *.summit.md,
 * *.summit.txt, *.md and *.txt (skipping dot-folders and node_modules). Each file
 * is size-checked, decoded and parsed; a bad file becomes a Problem and the rest
 * still load. Only regular files are read, never beyond the size limit (FIFOs, devices and
 * sockets named directly are reported and skipped). This is openSummit's corpus-path loader.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Corpus, Problem } from '../core/model';
import { parseTranscript } from '../core/corpus/parseTranscript';
import type { CuratedData } from '../core/corpus/schema';
import { curatedForTranscripts } from './bundled';
import { decodeTranscript, isDecodeFailure } from './encoding';
import { DEFAULT_MAX_FILE_MB, notRegular, readWithinLimit, specialFileKind } from './fileLimits';
import { sourceFingerprint } from './fingerprint';

/** File names a folder scan picks up. */
export const TRANSCRIPT_FILE = /\.(summit\.md|summit\.txt|md|markdown|txt)$/i;

export interface LoadPathsOptions {
  maxFileSizeMB?: number;
  /** Topic tree etc.; defaults to the bundled curated data. */
  curated?: CuratedData;
  /** Base for the paths shown to the user (default: the current directory). */
  cwd?: string;
}

/** Expands files and folders into a sorted list of transcript files (absolute paths). */
export async function expandCorpusPaths(paths: string[], cwd = process.cwd()): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const walk = async (dir: string) => {
    let entries: import('fs').Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ severity: 'warning', file: dir, message: `cannot read the folder: ${messageOf(err)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        await walk(full);
      } else if (e.isFile() && TRANSCRIPT_FILE.test(e.name)) {
        files.add(full);
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: import('fs').Stats;
    try {
      stat = await fsp.stat(abs);
    } catch {
      problems.push({ severity: 'error', file: p, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.size;
      await walk(abs);
      if (files.size === before) problems.push({ severity: 'warning', file: p, message: 'the folder holds no transcripts (*.summit.md, *.summit.txt, *.md, *.txt)' });
    } else if (stat.isFile()) {
      files.add(abs);
    } else {
      problems.push(notRegular(p, specialFileKind(stat) ?? 'a special file'));
    }
  }
  return { files: [...files], problems };
}

/** How a path is shown: relative to cwd when inside it. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

/** Reads, decodes and parses every transcript under `paths`. Never throws for a bad file. */
export async function loadTranscriptPaths(paths: string[], opts: LoadPathsOptions = {}): Promise<{ corpora: Corpus[]; problems: Problem[] }> {
  const cwd = opts.cwd ?? process.cwd();
  const { files, problems } = await expandCorpusPaths(paths, cwd);
  const maxBytes = (opts.maxFileSizeMB ?? DEFAULT_MAX_FILE_MB) * 1024 * 1024;
  let curated = opts.curated;
  if (!curated) {
    const shared = curatedForTranscripts();
    if (shared.problem) problems.push({ severity: 'warning', message: `topics are not tagged: ${shared.problem}` });
    curated = shared.curated;
  }
  const corpora: Corpus[] = [];
  for (const abs of files) {
    const file = displayPath(abs, cwd);
    try {
      const read = await readWithinLimit(abs, file, maxBytes);
      if (read.problem) { problems.push(read.problem); continue; }
      const decoded = decodeTranscript(read.bytes);
      if (isDecodeFailure(decoded)) {
        problems.push({ severity: 'error', file, message: `skipped: ${decoded.error}` });
        continue;
      }
      const parsed = parseTranscript(decoded.text, { id: `file:${abs}`, file, curated });
      problems.push(...capProblems(parsed.problems.map((p) => ({ ...p, file: p.file ?? file })), file));
      if (parsed.corpus) corpora.push({ ...parsed.corpus, fingerprint: sourceFingerprint(read.bytes, curated) });
    } catch (err) {
      problems.push({ severity: 'error', file, message: `skipped: ${messageOf(err)}` });
    }
  }
  return { corpora, problems };
}

/** At most this many problems are listed for one file (a file of 10,000 broken headings would flood the terminal). */
export const MAX_PROBLEMS_PER_FILE = 20;

/** The first MAX_PROBLEMS_PER_FILE problems of a file, then one line that counts the rest. */
export function capProblems(list: Problem[], file: string): Problem[] {
  if (list.length <= MAX_PROBLEMS_PER_FILE) return list;
  const rest = list.slice(MAX_PROBLEMS_PER_FILE);
  const errors = rest.filter((p) => p.severity === 'error').length;
  return [...list.slice(0, MAX_PROBLEMS_PER_FILE), {
    severity: errors ? 'error' : 'warning',
    file,
    message: `… and ${rest.length} more problems in this file (${errors} errors)`,
  }];
}

/** One line per problem, as `file:line: severity: message`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined && x !== '').join(':');
  return `${where ? `${where}: ` : ''}${p.severity}: ${p.message}`;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
