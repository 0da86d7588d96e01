/**
 * Remembers the text editor the user was last writing in. Focusing the sidebar, a tree or a
 * quick pick blurs the editor (activeTextEditor becomes undefined), so citations go to the
 * editor that was active last — never into a read-only summit: transcript.
 */
import * as vscode from 'vscode';
import { TRANSCRIPT_SCHEME } from './transcriptDocument';

const IGNORED_SCHEMES = new Set([TRANSCRIPT_SCHEME, 'output', 'debug', 'vscode-scm', 'comment']);

export class EditorTracker implements vscode.Disposable {
  private last: vscode.TextEditor | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((e) => this.remember(e)),
      // Typing or moving the cursor marks the editor as the one being written in.
      vscode.window.onDidChangeTextEditorSelection((e) => this.remember(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument((doc) => { if (this.last?.document === doc) this.last = undefined; }),
    ];
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && !IGNORED_SCHEMES.has(editor.document.uri.scheme)) this.last = editor;
  }

  /**
   * The editor to write into: the active one if it is writable, else the last one, shown again
   * when it has been hidden (a hidden editor object can no longer be edited).
   */
  async target(): Promise<vscode.TextEditor | undefined> {
    this.remember(vscode.window.activeTextEditor);
    const last = this.last;
    const writable = vscode.window.visibleTextEditors.filter((e) => !IGNORED_SCHEMES.has(e.document.uri.scheme));
    if (!last || last.document.isClosed) return writable.length === 1 ? writable[0] : undefined;
    const visible = writable.find((e) => e === last) ?? writable.find((e) => e.document === last.document);
    if (visible) return visible;
    const shown = await vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, preserveFocus: false });
    shown.selections = last.selections;
    return shown;
  }

  /** The language of the document a citation would go into (for the `auto` format). */
  languageId(): string | undefined {
    return this.last && !this.last.document.isClosed ? this.last.document.languageId : undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
