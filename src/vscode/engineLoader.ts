/**
 * Opens the search engine for the extension through openSummit (the loader the CLI uses too):
 * the configured segmenter, falling back to the default one with a warning when it cannot be
 * loaded. nodejieba blocks for seconds while it loads, so it starts on a worker thread, with a
 * progress notification meanwhile.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core/model';
import { openSummit } from '../node/summit';

export type Opened = Awaited<ReturnType<typeof openSummit>>;
export type Engine = Opened['engine'];
export type SegmenterId = 'node-rs-jieba' | 'nodejieba';
export const DEFAULT_SEGMENTER: SegmenterId = 'node-rs-jieba';

export function configuredSegmenter(): SegmenterId {
  const value = vscode.workspace.getConfiguration('summit').get<string>('segmenter', DEFAULT_SEGMENTER);
  return value === 'nodejieba' ? 'nodejieba' : DEFAULT_SEGMENTER;
}

async function open(segmenter: SegmenterId, bundled: boolean, cacheDir: string, log: vscode.LogOutputChannel): Promise<Opened> {
  const started = Date.now();
  const run = () => openSummit({ segmenter, bundled, cacheDir, segmenterOffThread: true });
  const opened = segmenter !== 'nodejieba' ? await run() : await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Summit: loading the nodejieba segmenter…') },
    () => new Promise<Opened>((resolve, reject) => { setTimeout(() => { run().then(resolve, reject); }, 50); }),
  );
  log.info(`engine ${opened.segmenter.id} loaded ${opened.corpora.length} transcript(s) in ${Date.now() - started} ms`);
  return opened;
}

/**
 * The configured engine, or the default one when that fails (with a warning). Throws the last
 * error when neither loads. `current()` tells whether a newer load has started meanwhile.
 */
export async function openEngine(cacheDir: string, log: vscode.LogOutputChannel, current: () => boolean): Promise<Opened | undefined> {
  const wanted = configuredSegmenter();
  const bundled = vscode.workspace.getConfiguration('summit').get<boolean>('corpus.includeBundled', true);
  try {
    return await open(wanted, bundled, cacheDir, log);
  } catch (err) {
    log.error(`loading the ${wanted} engine failed: ${message(err)}`);
    if (wanted === DEFAULT_SEGMENTER || !current()) throw err;
    void vscode.window.showWarningMessage(vscode.l10n.t(
      'The segmenter "{0}" could not be loaded ({1}). Summit Search uses {2} instead.', wanted, message(err), DEFAULT_SEGMENTER));
    try {
      return await open(DEFAULT_SEGMENTER, bundled, cacheDir, log);
    } catch (again) {
      log.error(`loading the ${DEFAULT_SEGMENTER} engine failed too: ${message(again)}`);
      throw again;
    }
  }
}

/** Each load problem as one log line at its severity. */
export function logProblems(log: vscode.LogOutputChannel, problems: readonly Problem[]): void {
  for (const p of problems) {
    const where = [p.file, p.line, p.field].filter((x) => x !== undefined).join(':');
    const line = `${where ? `${where}: ` : ''}${p.message}`;
    if (p.severity === 'error') log.error(line); else if (p.severity === 'warning') log.warn(line); else log.info(line);
  }
}

/** One line of text for any thrown value (never a stack trace). */
export function message(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err).split('\n')[0];
}
