/** Summit: Insert Quote… — pick any quote (filter by speaker, words or topic); its citation is inserted. */
import * as vscode from 'vscode';
import { formatCitation } from '../../core/cite';
import type { Corpus, Quote } from '../../core/model';
import { insertCitation } from '../insert';
import type { SummitService } from '../service';
import { hitId } from '../../core/read/hits';
import type { CommandContext } from './context';
import { PickSession } from './pick';
import { isObj } from './search';
import { clip, where } from '../treeText';

export interface QuoteItem extends vscode.QuickPickItem {
  corpus: Corpus;
  quote: Quote;
}

export function quoteItems(service: SummitService): QuoteItem[] {
  const multi = service.corpora().length > 1;
  return service.corpora().flatMap((corpus) => corpus.quotes.map((quote) => ({
    corpus,
    quote,
    label: `$(quote) ${quote.speaker ?? vscode.l10n.t('(no speaker)')}`,
    description: [where(corpus.file, quote.location), multi ? corpus.event.name : '', quote.topics.map((t) => service.findTopic(t)?.label.zh ?? t).join('、')].filter(Boolean).join(' · '),
    detail: clip(quote.text, 200),
  })));
}

export function insertQuote(ctx: CommandContext, corpus: Corpus, quote: Quote) {
  return insertCitation(ctx.tracker, (format) => formatCitation(quote, corpus, format));
}

export function registerInsertQuote(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.insertQuote', async (args?: unknown) => {
    await ctx.service.ready;
    // { id } inserts that quote directly (from other commands and tests).
    if (isObj(args) && typeof args.id === 'string') {
      const r = ctx.service.resolve(args.id);
      if (!r?.quote) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Nothing to cite: "{0}" is not in the loaded transcripts.', args.id));
        return undefined;
      }
      return insertQuote(ctx, r.corpus, r.quote);
    }
    const qp = vscode.window.createQuickPick<QuoteItem>();
    qp.title = vscode.l10n.t('Insert Quote');
    qp.placeholder = vscode.l10n.t('Filter by speaker, words or topic — Enter inserts the quote as a citation');
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    const session = new PickSession(qp);
    let accepted = false;
    const done = new Promise<{ id: string; inserted: boolean } | undefined>((resolve) => {
      session.track(qp.onDidAccept(() => {
        const item = qp.selectedItems[0] ?? qp.activeItems[0];
        accepted = item !== undefined;
        qp.hide();
        if (!item) { resolve(undefined); return; }
        insertQuote(ctx, item.corpus, item.quote).then(
          (r) => resolve({ id: hitId(item.corpus, item.quote.id), inserted: r.inserted }),
          () => resolve(undefined),
        );
      }));
      void session.hidden.then(() => { if (!accepted) resolve(undefined); });
    });
    void session.update(async () => quoteItems(ctx.service));
    qp.show();
    return Object.assign(session, { done });
  });
}
