/**
 * Which panel shows (home, search results, a speaker's card, a topic's passages), the status
 * line, and the results list they share.
 */
import type { ViewHit } from '../../protocol';
import { hideAnswer } from '../answer';
import { renderHome } from '../home';
import { renderHits } from '../results';
import { hideSpeakerCard } from '../speakerCard';
import { saveState, type Panel } from '../state';
import { t } from '../strings';
import type { Ui } from './layout';
import { store } from './store';

export function save(): void {
  saveState(store.view);
}

export function showPanel(ui: Ui, panel: Panel): void {
  store.view.panel = panel;
  save();
  ui.home.hidden = panel.kind !== 'home';
  ui.results.hidden = panel.kind === 'home';
  if (panel.kind !== 'speaker') hideSpeakerCard(ui.speakerCard);
  if (panel.kind !== 'topic') ui.topicHeader.hidden = true;
  if (panel.kind !== 'search') hideAnswer(ui.answerCard);
  if (panel.kind === 'home') {
    renderHits(ui.results, [], { grouped: false });
    ui.nav.reset();
    renderHome(ui.home);
    setStatus(ui, '');
    restoreScroll(ui);
  }
}

export function setStatus(ui: Ui, text: string, kind: 'info' | 'error' = 'info'): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', kind === 'error');
  ui.status.hidden = text === '';
}

export function countText(n: number): string {
  return n === 1 ? t('oneResult') : t('resultCount', n);
}

export function restoreScroll(ui: Ui): void {
  if (store.pendingScroll === undefined) return;
  const top = store.pendingScroll;
  store.pendingScroll = undefined;
  requestAnimationFrame(() => { ui.scroller.scrollTop = top; });
}

export function showHits(ui: Ui, hits: readonly ViewHit[], grouped: boolean, showSpeaker = true): number {
  const n = renderHits(ui.results, hits, { grouped, showSpeaker });
  ui.nav.reset();
  ui.results.removeAttribute('aria-busy');
  return n;
}
