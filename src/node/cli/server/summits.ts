/**
 * The summits the resident server keeps open between commands. A command gets the kept
 * copy only when everything it was opened from is as it was: the same options and folder,
 * and the same transcript files, each by size, time and inode (the list found the same way
 * openSummit finds it). Anything changed, added or removed, and the summit is opened again,
 * exactly as a new process would open it (from the persistent cache, re-reading only what
 * changed). So a command answered from a kept copy prints what it would print on its own.
 */
import { promises as fsp } from 'fs';
import type { Problem } from '../../../core/model';
import { openSummit, type OpenSummitOptions, type Summit } from '../../summit';
import { expandCorpusPaths } from '../../transcriptFiles';
import { reportsRepair } from '../../transcriptPipeline';
import type { StatusReply } from './wire';

/** What `summit server status` shows of a kept summit. */
type Held = StatusReply['held'][number];

interface Kept {
  key: string;
  held: Held;
  /** The transcript files and their stats when it was opened. */
  inputs: string;
  summit: Summit;
  /** Its problems as a later command would see them (without the repairs its opening made). */
  problems: Problem[];
}

export class KeptSummits {
  private kept: Kept[] = [];

  /** @param max how many summits are kept (the least recently used is closed first) */
  constructor(private readonly max = 2) {}

  /** The summit for these options: the kept one if nothing it was opened from changed, else a new one. */
  async open(options: OpenSummitOptions): Promise<Summit> {
    const held: Held = { corpus: options.corpusPaths ?? [], cache: options.cacheDir ?? null, bundled: options.bundled !== false };
    const key = JSON.stringify([process.cwd(), options.segmenter ?? '', held]);
    const inputs = await inputsOf(options.corpusPaths ?? []);
    const at = this.kept.findIndex((k) => k.key === key);
    if (at >= 0) {
      const [found] = this.kept.splice(at, 1);
      if (found.inputs === inputs) {
        this.kept.unshift(found);
        return { ...found.summit, problems: found.problems };
      }
      found.summit.engine.close();
    }
    const summit = await openSummit({ ...options, warm: false });
    // A repair is said by the command that made it; a new process would not say it again.
    const problems = summit.problems.filter((p) => !reportsRepair(p));
    this.kept.unshift({ key, held, inputs, summit, problems });
    for (const old of this.kept.splice(this.max)) old.summit.engine.close();
    return summit;
  }

  /** One step of building a kept summit's query tables; true when none is left. */
  warmUpStep(): boolean {
    return this.kept.every((k) => k.summit.engine.warmUpStep());
  }

  /** What is kept, for `summit server status`. */
  describe(): Held[] {
    return this.kept.map((k) => k.held);
  }
}

/** The transcript files under these paths with their size, time and inode, and the problems of finding them. */
async function inputsOf(paths: string[]): Promise<string> {
  if (paths.length === 0) return '';
  const { files, problems } = await expandCorpusPaths(paths, process.cwd());
  const stats = await Promise.all(files.map((f) => fsp.stat(f).then(
    (s) => `${f}\t${s.size}\t${s.mtimeMs}\t${s.ctimeMs}\t${s.ino}`,
    () => `${f}\tgone`,
  )));
  return [...stats, ...problems.map((p) => `${p.file ?? ''}\t${p.message}`)].join('\n');
}
