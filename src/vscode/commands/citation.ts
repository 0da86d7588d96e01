/**
 * summit.insertCitation / summit.copyCitation ({ id, format? }): the citation of a hit id
 * (`${corpus}#${local}`) inserted into the last active editor or put on the clipboard. Used by
 * the sidebar, the palette buttons and the hover links.
 */
import * as vscode from 'vscode';
import { isCitationFormat, type CitationFormat } from '../../core/cite';
import { formatFor, insertCitation, type InsertResult } from '../insert';
import type { CommandContext } from './context';
import { isObj } from './search';

export interface CitationArgs {
  id: string;
  format?: CitationFormat;
}

export function parseCitationArgs(args: unknown): CitationArgs | undefined {
  if (typeof args === 'string' && args) return { id: args };
  // A tree item's element (inline actions in the Topics and Speakers views).
  if (isObj(args) && isObj(args.corpus) && typeof args.corpus.id === 'string') {
    const record = args.kind === 'quote' ? args.quote : args.kind === 'passage' ? args.passage : undefined;
    if (isObj(record) && typeof record.id === 'string') return { id: `${args.corpus.id}#${record.id}` };
  }
  if (!isObj(args) || typeof args.id !== 'string' || !args.id) return undefined;
  return { id: args.id, format: isCitationFormat(args.format) ? args.format : undefined };
}

async function known(ctx: CommandContext, args: unknown): Promise<CitationArgs | undefined> {
  const parsed = parseCitationArgs(args);
  if (!parsed) {
    ctx.service.log.warn(`citation command called without a valid id: ${JSON.stringify(args)?.slice(0, 200)}`);
    return undefined;
  }
  await ctx.service.ready;
  if (!ctx.service.resolve(parsed.id)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Nothing to cite: "{0}" is not in the loaded transcripts.', parsed.id));
    return undefined;
  }
  return parsed;
}

export function registerCitationCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('summit.insertCitation', async (args?: unknown): Promise<InsertResult | undefined> => {
      const parsed = await known(ctx, args);
      if (!parsed) return undefined;
      return insertCitation(ctx.tracker, (format) => ctx.service.cite(parsed.id, format) ?? '', { format: parsed.format });
    }),
    vscode.commands.registerCommand('summit.copyCitation', async (args?: unknown): Promise<string | undefined> => {
      const parsed = await known(ctx, args);
      if (!parsed) return undefined;
      const editor = await Promise.resolve(vscode.window.activeTextEditor);
      const format = parsed.format ?? formatFor(editor?.document, ctx.tracker.languageId());
      const text = ctx.service.cite(parsed.id, format) ?? '';
      try {
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Citation copied ({0})', format), 3000);
      } catch (err) {
        ctx.service.log.warn(`the clipboard refused the citation: ${String(err)}`);
        void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard is not available here.'));
      }
      return text;
    }),
  ];
}
