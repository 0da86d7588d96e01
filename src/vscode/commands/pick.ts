/**
 * Shared pieces of the palette commands: quick-pick items for hits with their buttons (open,
 * insert citation, copy citation, speaker card), the actions behind them, and PickSession — a
 * live QuickPick whose latest update can be awaited (commands return it, so tests can read the
 * real items without mocking anything).
 */
import * as vscode from 'vscode';
import type { SearchHit } from '../../core/search/types';
import type { CommandContext } from './context';
import { clip, where } from '../treeText';

export type HitAction = 'open' | 'insert' | 'copy' | 'speaker';

export interface HitButton extends vscode.QuickInputButton {
  action: HitAction;
}

export function hitButtons(hit: SearchHit): HitButton[] {
  const buttons: HitButton[] = [];
  if (hit.location) buttons.push({ action: 'open', iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open in Transcript') });
  buttons.push({ action: 'insert', iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert Citation') });
  buttons.push({ action: 'copy', iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy Citation') });
  if (hit.speaker && hit.kind !== 'speaker') buttons.push({ action: 'speaker', iconPath: new vscode.ThemeIcon('person'), tooltip: vscode.l10n.t('Show Speaker Card') });
  return buttons;
}

export interface HitItem extends vscode.QuickPickItem {
  hit?: SearchHit;
}

const KIND_ICON: Record<SearchHit['kind'], string> = { quote: 'quote', statement: 'comment-discussion', passage: 'comment', speaker: 'person' };

/**
 * One result: who (label), where (description), the words themselves (detail). `alwaysShow`,
 * because the engine has already matched; the quick pick must not filter again.
 */
export function hitItem(hit: SearchHit, showEvent: boolean): HitItem {
  const who = hit.kind === 'speaker' ? hit.speaker ?? hit.text : hit.speaker ?? vscode.l10n.t('(no speaker)');
  const kind = hit.kind === 'quote' ? vscode.l10n.t('quote') : hit.kind === 'passage' ? vscode.l10n.t('passage') : vscode.l10n.t('speaker');
  const place = showEvent ? `${hit.event} · ${where(hit.file, hit.location)}` : where(hit.file, hit.location);
  return {
    label: `$(${KIND_ICON[hit.kind]}) ${who}`,
    description: `${kind}${hit.partial ? ` · ${vscode.l10n.t('partial match')}` : ''} · ${place}`,
    detail: clip(hit.text, 160),
    alwaysShow: true,
    buttons: hitButtons(hit),
    hit,
  };
}

export function infoItem(label: string, detail?: string): HitItem {
  return { label: `$(info) ${label}`, detail, alwaysShow: true };
}

/** Runs a hit's action through the extension's commands (the same path the sidebar uses). */
export async function runHitAction(ctx: CommandContext, hit: SearchHit, action: HitAction): Promise<unknown> {
  switch (action) {
    case 'open':
      if (hit.kind === 'speaker' || !hit.location) return vscode.commands.executeCommand('summit.showSpeaker', { name: hit.speaker ?? '', corpus: hit.corpus });
      return vscode.commands.executeCommand('summit.openLocation', { corpus: hit.corpus, offset: hit.location.offset, length: hit.location.length });
    case 'insert':
      return vscode.commands.executeCommand('summit.insertCitation', { id: ctx.service.citableId(hit) });
    case 'copy':
      return vscode.commands.executeCommand('summit.copyCitation', { id: ctx.service.citableId(hit) });
    case 'speaker':
      return vscode.commands.executeCommand('summit.showSpeaker', { name: hit.speaker ?? '', corpus: hit.corpus });
  }
}

/** Enter on a result: a speaker shows their card, anything else opens at its location. */
export function defaultAction(hit: SearchHit): HitAction {
  return hit.kind === 'speaker' ? 'speaker' : 'open';
}

/** Wires buttons and Enter of a hit list to their actions. */
export function wireHitActions(ctx: CommandContext, qp: vscode.QuickPick<HitItem>): vscode.Disposable[] {
  return [
    qp.onDidTriggerItemButton((e) => {
      const hit = e.item.hit;
      if (!hit) return;
      const action = (e.button as HitButton).action;
      if (action !== 'copy') qp.hide();
      void runHitAction(ctx, hit, action);
    }),
    qp.onDidAccept(() => {
      const hit = qp.selectedItems[0]?.hit ?? qp.activeItems[0]?.hit;
      if (!hit) return;
      qp.hide();
      void runHitAction(ctx, hit, defaultAction(hit));
    }),
  ];
}

/**
 * A QuickPick that updates asynchronously. `idle()` resolves once the newest update has been
 * applied (superseded updates are dropped, never applied late).
 */
export class PickSession<T extends vscode.QuickPickItem> {
  private seq = 0;
  private pending: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves when the quick pick is hidden. */
  readonly hidden: Promise<void>;

  constructor(readonly quickPick: vscode.QuickPick<T>) {
    this.hidden = new Promise((resolve) => {
      this.disposables.push(quickPick.onDidHide(() => {
        this.seq++;
        for (const d of this.disposables) d.dispose();
        quickPick.dispose();
        resolve();
      }));
    });
  }

  track(...disposables: vscode.Disposable[]): void {
    this.disposables.push(...disposables);
  }

  /**
   * Runs `produce` after `delayMs` unless another update starts first; applies its items only if
   * it is still the newest. Shows the busy indicator meanwhile.
   */
  update(produce: () => Promise<T[]>, delayMs = 0): Promise<void> {
    const mine = ++this.seq;
    const qp = this.quickPick;
    const run = async () => {
      if (mine !== this.seq) return;
      qp.busy = true;
      try {
        const items = await produce();
        if (mine === this.seq) qp.items = items;
      } finally {
        if (mine === this.seq) qp.busy = false;
      }
    };
    this.pending = new Promise<void>((resolve) => {
      const start = () => { run().then(resolve, resolve); };
      if (delayMs > 0) setTimeout(start, delayMs); else start();
    });
    return this.pending;
  }

  /** Waits for the newest update (also one started while waiting). */
  async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.pending;
      await current;
    } while (current !== this.pending);
  }

  hide(): void {
    this.quickPick.hide();
  }
}
