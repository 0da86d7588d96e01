/** Summit: New Transcript — opens an untitled Markdown transcript (format 2) to fill in. */
import * as vscode from 'vscode';
import { MARKDOWN_TEMPLATE } from '../../core/corpus/transcript/template';

export const NEW_TRANSCRIPT = 'summit.newTranscript';

export async function openNewTranscript(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: MARKDOWN_TEMPLATE });
  return vscode.window.showTextDocument(doc);
}

export function registerNewTranscript(context: vscode.ExtensionContext): vscode.Disposable {
  const d = vscode.commands.registerCommand(NEW_TRANSCRIPT, openNewTranscript);
  context.subscriptions.push(d);
  return d;
}
