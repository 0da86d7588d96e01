/** summit.refreshTrees: rebuilds the Topics and Speakers trees from the loaded transcripts. */
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export function registerRefreshTrees(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.refreshTrees', () => {
    ctx.topics.refresh();
    ctx.speakers.refresh();
  });
}
