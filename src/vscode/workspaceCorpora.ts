/**
 * Workspace transcripts: finds the files matched by summit.corpus.include /
 * exclude, reads them through vscode.workspace.fs (so remote and virtual
 * workspaces work), and indexes them in the worker thread with a cancellable
 * progress notification (files done / total). A FileSystemWatcher re-indexes
 * only the file that was added or changed, and drops deleted ones. The index
 * cache lives in the extension's global storage. Problems go to the Problems
 * panel (collection "summit") at their line. In an untrusted workspace nothing
 * is read until trust is granted: only the bundled summit is searched.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_MB, megabytes } from '../node/fileLimits';
import { IndexCache } from '../node/indexCache';
import { IndexWorkers } from '../node/indexWorkers';
import type { IndexedForHost, WorkerFile } from '../node/indexWorkerProtocol';
import type { SummitService } from './service';
import { toDiagnostics } from './workspaceDiagnostics';
import { isExcluded } from './workspaceGlob';

export const REINDEX_WORKSPACE = 'summit.reindexWorkspace';
/** Files read and sent to the worker per batch (bounds memory and keeps cancel quick). */
const BATCH = 16;
const DEBOUNCE_MS = 250;

interface Settings {
  include: string[];
  exclude: string[];
  maxBytes: number;
  segmenter: string;
  includeBundled: boolean;
}

function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('summit');
  const mb = c.get<number>('corpus.maxFileSizeMB', DEFAULT_MAX_FILE_MB);
  return {
    include: c.get<string[]>('corpus.include', ['**/*.summit.md', '**/*.summit.txt']).filter((g) => typeof g === 'string' && g.trim() !== ''),
    exclude: c.get<string[]>('corpus.exclude', ['**/node_modules/**']).filter((g) => typeof g === 'string' && g.trim() !== ''),
    maxBytes: Math.max(0, Number.isFinite(mb) ? mb : DEFAULT_MAX_FILE_MB) * 1024 * 1024,
    segmenter: c.get<string>('segmenter', 'node-rs-jieba') === 'nodejieba' ? 'nodejieba' : 'node-rs-jieba',
    includeBundled: c.get<boolean>('corpus.includeBundled', true),
  };
}

export interface IndexRunResult {
  total: number;
  done: number;
  cancelled: boolean;
}

export class WorkspaceCorpora implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('summit');
  /** URI string → corpus id of the transcripts loaded from the workspace. */
  private readonly loadedIds = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private watchers: vscode.Disposable[] = [];
  private settings = readSettings();
  private worker: IndexWorkers | undefined;
  /** Whether the worker's engine id equals the service's (so its indexes can be used as they are). */
  private workerMatches = false;
  private chain: Promise<unknown> = Promise.resolve();
  private pending = new Map<string, 'index' | 'remove'>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private disposed = false;
  readonly cacheDir: string | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly service: SummitService) {
    const storage = context.globalStorageUri;
    this.cacheDir = storage.scheme === 'file' ? path.join(storage.fsPath, 'transcript-index') : undefined;
    this.disposables.push(
      vscode.commands.registerCommand(REINDEX_WORKSPACE, () => this.reindexAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!this.started) return;
        if (e.affectsConfiguration('summit.segmenter') || e.affectsConfiguration('summit.corpus.includeBundled')) {
          // The service re-creates its engine; the worker must follow it.
          void this.restartWorker().then(() => this.reindexAll());
        } else if (e.affectsConfiguration('summit.corpus')) {
          this.settings = readSettings();
          this.watch();
          void this.reindexAll();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { if (this.started) void this.reindexAll(); }),
    );
  }

  /** Starts now if the workspace is trusted, otherwise once trust is granted. */
  start(): void {
    if (vscode.workspace.isTrusted) {
      void this.begin();
      return;
    }
    this.service.log?.info('workspace not trusted: only the bundled summit is searched until trust is granted');
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => { void this.begin(); }));
  }

  private async begin(): Promise<void> {
    if (this.started || this.disposed) return;
    this.started = true;
    this.settings = readSettings();
    this.watch();
    await this.reindexAll();
  }

  /** The URI strings of the workspace transcripts currently searchable. */
  loaded(): string[] {
    return [...this.loadedIds.keys()];
  }

  /** Resolves when all queued indexing has finished. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.timer) await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 20));
      const c = this.chain;
      await c.catch(() => undefined);
      if (c === this.chain && !this.timer) return;
    }
  }

  /** Finds every transcript again, drops those gone, indexes the rest (from the cache when unchanged). */
  reindexAll(token?: vscode.CancellationToken): Promise<IndexRunResult> {
    const run = this.chain.then(async () => {
      if (!vscode.workspace.isTrusted || this.disposed) return { total: 0, done: 0, cancelled: false };
      const uris = await this.findAll();
      const keep = new Set(uris.map((u) => u.toString()));
      for (const [key, id] of [...this.loadedIds]) {
        if (!keep.has(key)) await this.drop(vscode.Uri.parse(key), id);
      }
      for (const [uri] of this.diagnostics) if (!keep.has(uri.toString())) this.diagnostics.delete(uri);
      return this.index(uris, true, token);
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async findAll(): Promise<vscode.Uri[]> {
    if (!vscode.workspace.workspaceFolders?.length || this.settings.include.length === 0) return [];
    const exclude = this.settings.exclude.length === 0 ? null : this.settings.exclude.length === 1 ? this.settings.exclude[0] : `{${this.settings.exclude.join(',')}}`;
    const found = new Map<string, vscode.Uri>();
    for (const glob of this.settings.include) {
      for (const uri of await vscode.workspace.findFiles(glob, exclude)) found.set(uri.toString(), uri);
    }
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of this.settings.include) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidCreate((u) => this.schedule(u, 'index'));
      watcher.onDidChange((u) => this.schedule(u, 'index'));
      watcher.onDidDelete((u) => this.schedule(u, 'remove'));
      this.watchers.push(watcher);
    }
  }

  private schedule(uri: vscode.Uri, what: 'index' | 'remove'): void {
    if (!vscode.workspace.isTrusted || this.disposed) return;
    if (what === 'index' && isExcluded(vscode.workspace.asRelativePath(uri, false), this.settings.exclude)) return;
    this.pending.set(uri.toString(), what);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = [...this.pending];
      this.pending.clear();
      this.chain = this.chain.then(async () => {
        const toIndex: vscode.Uri[] = [];
        for (const [key, w] of batch) {
          const uri = vscode.Uri.parse(key);
          if (w === 'remove') await this.drop(uri, this.loadedIds.get(key));
          else toIndex.push(uri);
        }
        await this.index(toIndex, toIndex.length > 3);
      }).catch((err: unknown) => this.service.log?.error(`re-indexing failed: ${messageOf(err)}`));
    }, DEBOUNCE_MS);
  }

  private async drop(uri: vscode.Uri, id: string | undefined): Promise<void> {
    const key = uri.toString();
    this.loadedIds.delete(key);
    this.diagnostics.delete(uri);
    if (id) await this.service.removeCorpus(id);
    if (this.cacheDir) await new IndexCache(this.cacheDir).delete(key).catch(() => undefined);
  }

  private async ensureWorker(): Promise<IndexWorkers> {
    if (this.worker) return this.worker;
    const worker = new IndexWorkers({
      segmenter: this.settings.segmenter,
      includeBundled: this.settings.includeBundled,
      cacheDir: this.cacheDir,
      maxBytes: this.settings.maxBytes,
    });
    // The worker starts its engine while the editor's engine loads (both off this thread's critical path).
    const [engineId] = await Promise.all([worker.start(), this.service.ready]);
    this.workerMatches = engineId === this.service.segmenterId;
    if (!this.workerMatches) {
      this.service.log?.warn(`the indexing worker's engine (${engineId}) differs from the editor's (${this.service.segmenterId}): its indexes are rebuilt in the editor`);
    }
    this.worker = worker;
    return worker;
  }

  private async restartWorker(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.settings = readSettings();
    await w?.dispose();
  }

  /** Reads a file for the worker; files above the size limit are not read at all. */
  private async read(uri: vscode.Uri): Promise<WorkerFile> {
    const key = uri.toString();
    const file = vscode.workspace.asRelativePath(uri, true);
    const stat = await vscode.workspace.fs.stat(uri);
    const base: WorkerFile = { identity: key, id: key, file, size: stat.size, mtimeMs: stat.mtime };
    if (stat.size > this.settings.maxBytes) return base;
    return { ...base, bytes: await vscode.workspace.fs.readFile(uri) };
  }

  private async index(uris: vscode.Uri[], notify: boolean, external?: vscode.CancellationToken): Promise<IndexRunResult> {
    if (uris.length === 0) return { total: 0, done: 0, cancelled: false };
    const work = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<IndexRunResult> => {
      const worker = await this.ensureWorker();
      const total = uris.length;
      let done = 0;
      let cancelled = false;
      const tooBig: string[] = [];
      progress.report({ message: vscode.l10n.t('{0}/{1} files', 0, total) });
      for (let i = 0; i < uris.length && !cancelled; i += BATCH) {
        if (token.isCancellationRequested || external?.isCancellationRequested) { cancelled = true; break; }
        const files: WorkerFile[] = [];
        for (const uri of uris.slice(i, i + BATCH)) {
          try {
            const f = await this.read(uri);
            if (!f.bytes && f.size > this.settings.maxBytes) tooBig.push(f.file);
            files.push(f);
          } catch (err) {
            // Gone between finding and reading: it is dropped.
            await this.drop(uri, this.loadedIds.get(uri.toString()));
            this.service.log?.info(`${uri.toString()}: ${messageOf(err)}`);
            done++;
          }
        }
        let applying: Promise<void> = Promise.resolve();
        const job = worker.index(files, {
          // One result per turn of the event loop: results queued while the host was busy arrive
          // in one go, and applying them all before the loop turns again would be one long stall.
          onResult: (r) => { applying = applying.then(nextTurn).then(() => this.apply(r)); },
          onProgress: () => {
            done++;
            progress.report({ message: vscode.l10n.t('{0}/{1} files', done, total), increment: 100 / total });
          },
        }, this.settings.maxBytes);
        const subs = [token.onCancellationRequested(() => job.cancel())];
        if (external) subs.push(external.onCancellationRequested(() => job.cancel()));
        try {
          const end = await job.finished;
          if (end.cancelled) cancelled = true;
        } finally {
          for (const s of subs) s.dispose();
          await applying;
        }
      }
      if (tooBig.length > 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t(
          'Summit: {0} transcript(s) skipped: larger than {1} MB (setting summit.corpus.maxFileSizeMB): {2}',
          tooBig.length, megabytes(this.settings.maxBytes), tooBig.slice(0, 3).join(', ') + (tooBig.length > 3 ? ', …' : '')));
      }
      if (cancelled) {
        this.service.log?.info(`indexing cancelled after ${done} of ${total} transcript(s)`);
        void vscode.window.showInformationMessage(vscode.l10n.t(
          'Summit: indexing cancelled; {0} of {1} transcripts are searchable. Run "Summit: Re-index Transcripts" to finish.', done, total));
      }
      return { total, done, cancelled };
    };
    if (!notify) return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Summit: indexing') }, (p) => work(p, new vscode.CancellationTokenSource().token));
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Summit: indexing transcripts'), cancellable: true },
      work,
    );
  }

  /** Takes one worker result into the editor: diagnostics, and the corpus into the search engine. */
  private async apply(r: IndexedForHost): Promise<void> {
    if (this.disposed) return;
    const uri = vscode.Uri.parse(r.identity);
    this.diagnostics.set(uri, toDiagnostics(r.problems));
    for (const p of r.problems) this.service.log?.info(`${r.file}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`);
    if (r.corpus) {
      try {
        await this.service.addCorpus(r.corpus, this.workerMatches ? r.segment : undefined);
        this.loadedIds.set(r.identity, r.corpus.id);
      } catch (err) {
        this.service.log?.error(`${r.file}: could not be indexed: ${messageOf(err)}`);
      }
    } else if (this.loadedIds.has(r.identity)) {
      // It used to parse and no longer does: its old version must not stay searchable.
      await this.service.removeCorpus(this.loadedIds.get(r.identity)!);
      this.loadedIds.delete(r.identity);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    void this.worker?.dispose();
  }
}

/**
 * Call from activate(): starts workspace transcripts (after trust) and registers
 * `summit.reindexWorkspace`. Returns the controller, e.g. for the extension's test API.
 */
export function registerWorkspaceCorpora(context: vscode.ExtensionContext, service: SummitService): WorkspaceCorpora {
  const corpora = new WorkspaceCorpora(context, service);
  context.subscriptions.push(corpora);
  corpora.start();
  return corpora;
}

/** Resolves after the event loop has turned once (timers and I/O in between). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
