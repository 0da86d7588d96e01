/**
 * Summit: Search for Selection (editor context menu): the selected words as a query — in the
 * sidebar when it is available, else in the Search quick pick.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { openSearch } from './search';

const MAX_QUERY = 200;

export function selectedText(editor: vscode.TextEditor | undefined): string {
  if (!editor) return '';
  const text = editor.selections.map((s) => editor.document.getText(s)).join(' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

export function registerSearchSelection(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.searchSelection', async (args?: unknown) => {
    const query = selectedText(vscode.window.activeTextEditor) || selectedText(await ctx.tracker.target());
    const quickPick = typeof args === 'object' && args !== null && (args as { pick?: unknown }).pick === true;
    if (!query) return openSearch(ctx);
    if (ctx.sidebar && !quickPick) {
      try {
        await ctx.sidebar.search(query);
        return query;
      } catch (err) {
        ctx.service.log.warn(`the sidebar could not search: ${String(err)}`);
      }
    }
    return openSearch(ctx, { query });
  });
}
