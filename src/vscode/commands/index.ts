/** Registers every Summit command. */
import type * as vscode from 'vscode';
import type { CommandContext } from './context';
import { registerSearch } from './search';
import { registerAsk } from './ask';
import { registerLookUpTopic } from './lookUpTopic';
import { registerSearchSelection } from './searchSelection';
import { registerCiteSelection } from './citeSelection';
import { registerCiteSpeaker } from './citeSpeaker';
import { registerInsertQuote } from './insertQuote';
import { registerOpenLocation } from './openLocation';
import { registerShowSpeaker } from './showSpeaker';
import { registerCitationCommands } from './citation';
import { registerRefreshTrees } from './refreshTrees';
import { registerReindex } from './reindex';

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    registerSearch(ctx),
    registerAsk(ctx),
    registerLookUpTopic(ctx),
    registerSearchSelection(ctx),
    registerCiteSelection(ctx),
    registerCiteSpeaker(ctx),
    registerInsertQuote(ctx),
    registerOpenLocation(ctx),
    registerShowSpeaker(ctx),
    ...registerCitationCommands(ctx),
    registerRefreshTrees(ctx),
    registerReindex(ctx),
  ];
}
