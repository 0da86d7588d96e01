/**
 * summit.showSpeaker ({ name, corpus? }): the speaker's card in the sidebar; when the sidebar
 * cannot show it, the card as a QuickPick (the person, then their quotes to open or cite).
 */
import * as vscode from 'vscode';
import type { SpeakerCard } from '../../core/read/speakers';
import type { CommandContext } from './context';
import { hitItem, PickSession, wireHitActions, type HitItem } from './pick';
import { isObj } from './search';

/** The card as palette items: a header line, then one item per quote. */
export function speakerCardItems(card: SpeakerCard, topicLabel: (id: string) => string): HitItem[] {
  const header: HitItem = {
    label: `$(person) ${card.name}`,
    description: [card.title, card.organization].filter(Boolean).join('，'),
    detail: [card.event, card.topics.slice(0, 6).map(topicLabel).join('、')].filter(Boolean).join(' · '),
    alwaysShow: true,
  };
  const quotes = card.quotes.map((q) => ({ ...hitItem(q, false), alwaysShow: false }));
  return [header, ...quotes];
}

export function showSpeakerPick(ctx: CommandContext, card: SpeakerCard): PickSession<HitItem> {
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = vscode.l10n.t('{0} — {1} quotes', card.name, card.quotes.length);
  qp.placeholder = vscode.l10n.t('Filter the quotes — Enter opens, buttons insert or copy a citation');
  qp.matchOnDetail = true;
  const session = new PickSession(qp);
  session.track(...wireHitActions(ctx, qp));
  void session.update(async () => speakerCardItems(card, (id) => ctx.service.findTopic(id)?.label.zh ?? id));
  qp.show();
  return session;
}

export function registerShowSpeaker(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.showSpeaker', async (args?: unknown) => {
    const name = typeof args === 'string' ? args : isObj(args) && typeof args.name === 'string' ? args.name : undefined;
    const corpus = isObj(args) && typeof args.corpus === 'string' ? args.corpus : undefined;
    if (!name) return undefined;
    await ctx.service.ready;
    const card = ctx.service.speakerCard(name, corpus);
    if (!card) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No speaker named {0} in the loaded transcripts.', name));
      return undefined;
    }
    const preferPick = isObj(args) && args.pick === true;
    if (!preferPick && ctx.sidebar) {
      try {
        if (await ctx.sidebar.showSpeaker(card.name, card.corpus)) return card;
      } catch (err) {
        ctx.service.log.warn(`the sidebar could not show ${card.name}: ${String(err)}`);
      }
    }
    return showSpeakerPick(ctx, card);
  });
}
