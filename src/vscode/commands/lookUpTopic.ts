/**
 * Summit: Look Up Topic — a QuickPick over the topic tree (Chinese and English labels, passage
 * counts, signal words), then the passages of the chosen topic with open/insert/copy buttons.
 */
import * as vscode from 'vscode';
import type { Topic } from '../../core/model';
import type { SummitService } from '../service';
import type { CommandContext } from './context';
import { hitItem, PickSession, wireHitActions, type HitItem } from './pick';
import { isObj } from './search';

export interface TopicItem extends vscode.QuickPickItem {
  topic: Topic;
}

const REVEAL: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: vscode.l10n.t('Reveal in Topics View') };
const SIDEBAR: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('search'), tooltip: vscode.l10n.t('Show in Sidebar') };

/** Every topic, parents before their children, labelled in Chinese with the English label and count. */
export function topicItems(service: SummitService): TopicItem[] {
  const counts = service.topicCounts();
  const items: TopicItem[] = [];
  const visit = (topics: Topic[], path: string[]) => {
    for (const topic of topics) {
      const count = counts.get(topic.id) ?? 0;
      items.push({
        topic,
        label: `$(${topic.children.length ? 'folder-library' : 'tag'}) ${topic.label.zh}`,
        description: `${topic.label.en} · ${vscode.l10n.t('{0} passages', count)}${path.length ? ` · ${path.join(' › ')}` : ''}`,
        detail: topic.keywords.length ? topic.keywords.slice(0, 12).join('、') : undefined,
        buttons: [REVEAL, SIDEBAR],
      });
      visit(topic.children, [...path, topic.label.zh]);
    }
  };
  visit(service.topics(), []);
  return items;
}

/**
 * The topic a query names: an exact id or label (zh or en) first, then a label that contains
 * the query, then a topic whose signal words include it.
 */
export function findTopicFor(service: SummitService, query: string): Topic | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const all = topicItems(service).map((i) => i.topic);
  return all.find((t) => t.id === q || t.label.zh === query.trim() || t.label.en.toLowerCase() === q)
    ?? all.find((t) => t.label.zh.includes(query.trim()) || t.label.en.toLowerCase().includes(q))
    ?? all.find((t) => t.keywords.includes(query.trim()) || (t.keywordsEn ?? []).some((k) => k.toLowerCase() === q));
}

/** The passages of a topic as palette items. */
export function topicPassageItems(ctx: CommandContext, topicId: string): HitItem[] {
  const { passages } = ctx.service.topicPassages(topicId);
  const multi = ctx.service.corpora().length > 1;
  return passages.map((hit) => hitItem(hit, multi));
}

export function showTopicPassages(ctx: CommandContext, topic: Topic): PickSession<HitItem> {
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = `${topic.label.zh} · ${topic.label.en}`;
  qp.placeholder = vscode.l10n.t('Filter the passages — Enter opens, buttons insert or copy a citation');
  qp.matchOnDetail = true;
  qp.matchOnDescription = true;
  const session = new PickSession(qp);
  // The passages are listed by the topic, so here the quick pick's own filter is welcome.
  session.track(...wireHitActions(ctx, qp));
  void session.update(async () => topicPassageItems(ctx, topic.id).map((i) => ({ ...i, alwaysShow: false })));
  qp.show();
  return session;
}

export function openTopicPicker(ctx: CommandContext, initial?: string): PickSession<TopicItem> {
  const qp = vscode.window.createQuickPick<TopicItem>();
  qp.title = vscode.l10n.t('Look Up Topic');
  qp.placeholder = vscode.l10n.t('Type a topic in Chinese or English (e.g. 容灾, disaster recovery)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const session = new PickSession(qp);
  session.track(
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!item) return;
      qp.hide();
      showTopicPassages(ctx, item.topic);
    }),
    qp.onDidTriggerItemButton((e) => {
      qp.hide();
      if (e.button === REVEAL) void revealTopic(ctx, e.item.topic.id);
      else if (ctx.sidebar) void ctx.sidebar.showTopic(e.item.topic.id);
      else showTopicPassages(ctx, e.item.topic);
    }),
  );
  if (initial) qp.value = initial;
  void session.update(async () => { await ctx.service.ready; return topicItems(ctx.service); });
  qp.show();
  return session;
}

export async function revealTopic(ctx: CommandContext, topicId: string): Promise<void> {
  const element = await ctx.topics.findTopic(topicId);
  if (element && ctx.topicsView) await ctx.topicsView.reveal(element, { select: true, focus: true, expand: true });
}

export function registerLookUpTopic(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.lookUpTopic', async (args?: unknown) => {
    // { topic: 'query' } goes straight to that topic's passages; { query } pre-fills the picker.
    if (isObj(args) && typeof args.topic === 'string') {
      await ctx.service.ready;
      const topic = findTopicFor(ctx.service, args.topic);
      if (!topic) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No topic matches "{0}".', args.topic));
        return undefined;
      }
      return showTopicPassages(ctx, topic);
    }
    const query = typeof args === 'string' ? args : isObj(args) && typeof args.query === 'string' ? args.query : undefined;
    return openTopicPicker(ctx, query);
  });
}
