/**
 * Summit: Re-index Transcripts. The workspace-transcripts part registers the real work as
 * `summit.reindexWorkspace`; this command runs it when present, and reloads the engine (the
 * bundled corpus) otherwise.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export const WORKSPACE_REINDEX = 'summit.reindexWorkspace';

export function registerReindex(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.reindex', async () => {
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes(WORKSPACE_REINDEX)) return vscode.commands.executeCommand(WORKSPACE_REINDEX);
    await ctx.service.reload();
    return ctx.service.isReady;
  });
}
