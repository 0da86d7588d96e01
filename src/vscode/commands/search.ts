/**
 * Summit: Search — a QuickPick with live results as you type (debounced; a newer query
 * supersedes an older one; busy indicator while searching). Each result shows who, where and the
 * passage itself, with buttons to open it, insert or copy its citation, or show the speaker.
 */
import * as vscode from 'vscode';
import type { SearchResult } from '../../core/search/types';
import { isQuestion } from '../../core/question';
import { resultLimit, type CommandContext } from './context';
import { hitItem, infoItem, PickSession, wireHitActions, type HitItem } from './pick';

const DEBOUNCE_MS = 120;

export interface SearchArgs {
  /** Start with this query (Search for Selection, tests). */
  query?: string;
}

/** An item that hands a question over to Ask a Question. */
export interface AskItem extends HitItem {
  question: string;
}

/** The items the palette shows for a search result (a question first offers to be answered). */
export function searchResultItems(result: SearchResult, corpusCount: number): HitItem[] {
  if (!result.query.trim()) return [];
  const items: HitItem[] = result.results.map((hit) => hitItem(hit, corpusCount > 1));
  if (items.length === 0) items.push(infoItem(vscode.l10n.t('No results for "{0}"', clipQuery(result.query)), result.note));
  else if (result.note) items.unshift(infoItem(result.note));
  if (isQuestion(result.query)) { // core's one detector: the sidebar answers the same queries
    const ask: AskItem = { label: `$(lightbulb) ${vscode.l10n.t('Ask: {0}', clipQuery(result.query.trim()))}`, alwaysShow: true, question: result.query.trim() };
    items.unshift(ask);
  }
  return items;
}

function clipQuery(q: string): string {
  return q.length > 40 ? `${q.slice(0, 39)}…` : q;
}

/** Searches and returns the palette items (what the QuickPick shows for `query`). */
export async function searchItems(ctx: CommandContext, query: string): Promise<HitItem[]> {
  const limit = resultLimit(vscode.workspace.getConfiguration('summit').get<number>('search.limit'));
  const result = await ctx.service.search(query, { limit, prefix: true });
  return searchResultItems(result, ctx.service.corpora().length);
}

/** The live Search quick pick; `type(value)` does what a keystroke does (tests use it). */
export interface SearchSession extends PickSession<HitItem> {
  type(value: string): void;
}

export function openSearch(ctx: CommandContext, args: SearchArgs = {}): SearchSession {
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = vscode.l10n.t('Search the Summit');
  qp.placeholder = vscode.l10n.t('Type words, a name or a topic (e.g. 混合云, 谢桦, hybrid cloud) — Enter opens, buttons insert or copy a citation');
  // Every item is alwaysShow (the engine has matched already); matching on the detail only makes
  // the quick pick highlight the typed words in the passage.
  qp.matchOnDescription = false;
  qp.matchOnDetail = true;
  const session = new PickSession(qp);
  const refresh = (value: string, delay: number) => {
    if (!value.trim()) {
      void session.update(async () => [], 0);
      return;
    }
    void session.update(() => searchItems(ctx, value), delay);
  };
  session.track(
    qp.onDidChangeValue((value) => refresh(value, DEBOUNCE_MS)),
    ...wireHitActions(ctx, qp),
    qp.onDidAccept(() => {
      const item = (qp.selectedItems[0] ?? qp.activeItems[0]) as AskItem | undefined;
      if (!item?.question) return;
      qp.hide();
      void vscode.commands.executeCommand('summit.ask', { question: item.question });
    }),
  );
  if (!ctx.service.isReady) {
    qp.busy = true;
    void ctx.service.ready.then(() => { if (!qp.value.trim()) qp.busy = false; });
  }
  const typed = Object.assign(session, {
    type(value: string) {
      qp.value = value;
      refresh(value, DEBOUNCE_MS);
    },
  });
  if (args.query) {
    qp.value = args.query;
    refresh(args.query, 0);
  }
  qp.show();
  return typed;
}

export function registerSearch(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.search', (args?: unknown) => {
    const query = typeof args === 'string' ? args : isObj(args) && typeof args.query === 'string' ? args.query : undefined;
    return openSearch(ctx, { query });
  });
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
