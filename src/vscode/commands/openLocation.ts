/** summit.openLocation ({ corpus, offset, length }): the transcript, read-only, with the span selected. */
import * as vscode from 'vscode';
import { isLocationArgs, openLocation } from '../transcriptDocument';
import type { CommandContext } from './context';

export function registerOpenLocation(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.openLocation', async (args?: unknown) => {
    if (!isLocationArgs(args)) {
      ctx.service.log.warn(`summit.openLocation called with invalid arguments: ${JSON.stringify(args)?.slice(0, 200)}`);
      return undefined;
    }
    return openLocation(ctx.service, args);
  });
}
