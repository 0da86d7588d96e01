/**
 * The read-only `summit:` documents: a transcript exactly as it was decoded (so the offsets of
 * passages and quotes map one to one onto document positions), and openLocation, which selects
 * and reveals a span in it.
 */
import * as vscode from 'vscode';
import type { SummitService } from './service';

export const TRANSCRIPT_SCHEME = 'summit';

/** summit:/<file>?<corpus id> — the path gives the tab title and the language (by extension). */
export function transcriptUri(corpusId: string, file: string): vscode.Uri {
  const name = file.replace(/\\/g, '/').replace(/^\/+/, '') || 'transcript.txt';
  return vscode.Uri.from({ scheme: TRANSCRIPT_SCHEME, path: `/${name}`, query: encodeURIComponent(corpusId) });
}

export function corpusIdOf(uri: vscode.Uri): string {
  try {
    return decodeURIComponent(uri.query);
  } catch {
    return uri.query;
  }
}

export class TranscriptDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: SummitService) {
    // A transcript that changed or went away is shown afresh.
    this.subscription = service.onDidChange(() => {
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.scheme === TRANSCRIPT_SCHEME) this.emitter.fire(doc.uri);
      }
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const corpus = this.service.corpus(corpusIdOf(uri));
    if (!corpus) return vscode.l10n.t('This transcript is not loaded any more ({0}).', corpusIdOf(uri));
    return corpus.text;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

export interface LocationArgs {
  corpus: string;
  offset: number;
  length: number;
}

export function isLocationArgs(v: unknown): v is LocationArgs {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.corpus === 'string' && Number.isInteger(o.offset) && Number.isInteger(o.length)
    && (o.offset as number) >= 0 && (o.length as number) >= 0;
}

/**
 * Opens the transcript read-only with [offset, offset + length) selected and revealed. When the
 * user is writing in an ordinary editor, the transcript opens beside it so the draft stays in view.
 */
export async function openLocation(service: SummitService, args: LocationArgs): Promise<vscode.TextEditor | undefined> {
  await service.ready;
  const corpus = service.corpus(args.corpus);
  if (!corpus) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The transcript "{0}" is not loaded.', args.corpus));
    return undefined;
  }
  const start = Math.min(args.offset, corpus.text.length);
  const end = Math.min(start + args.length, corpus.text.length);
  const doc = await vscode.workspace.openTextDocument(transcriptUri(corpus.id, corpus.file));
  const active = vscode.window.activeTextEditor;
  const beside = active !== undefined && active.document.uri.scheme !== TRANSCRIPT_SCHEME;
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    preview: true,
    selection: range,
  });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
