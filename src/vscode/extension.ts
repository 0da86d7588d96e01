// Temporary entry point: the sidebar/commands issue replaces it with the real activate().
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext) {
  const ids = ['summit.search', 'summit.ask', 'summit.lookUpTopic', 'summit.citeSelection'];
  for (const id of ids) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => vscode.window.showInformationMessage(`${id}: coming soon`)));
  }
  return {};
}

export function deactivate() {}
