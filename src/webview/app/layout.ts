/**
 * The sidebar's fixed DOM: the search box with its buttons, the filters panel, the status line
 * and the scroller holding home, speaker card, topic header, answer card and results. Built
 * once; every view piece renders into its own element.
 */
import { el, icon, iconButton } from '../dom';
import { ListNav } from '../listNav';
import * as catalog from '../catalog';
import { t } from '../strings';

export interface Ui {
  input: HTMLInputElement;
  clearButton: HTMLButtonElement;
  filterButton: HTMLButtonElement;
  filterBadge: HTMLElement;
  filtersPanel: HTMLElement;
  status: HTMLElement;
  home: HTMLElement;
  speakerCard: HTMLElement;
  topicHeader: HTMLElement;
  answerCard: HTMLElement;
  results: HTMLElement;
  scroller: HTMLElement;
  nav: ListNav;
}

export function createLayout(root: HTMLElement): Ui {
  const input = el('input', {
    id: 'query', type: 'text', spellcheck: 'false', autocomplete: 'off',
    placeholder: t('placeholder'), 'aria-label': t('searchLabel'), 'aria-controls': 'results',
  });
  const clearButton = iconButton('close', t('clear'), 'clear-query', { class: 'icon-button inline' });
  const filterButton = iconButton('filter', t('filter'), 'toggle-filters', { 'aria-expanded': 'false', 'aria-controls': 'filters', class: 'icon-button inline' });
  const filterBadge = el('span', { class: 'filter-badge', 'aria-hidden': 'true' });
  filterButton.appendChild(filterBadge);
  const filtersPanel = el('div', { id: 'filters', class: 'filters', hidden: true });
  const status = el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const home = el('section', { id: 'home', class: 'home' });
  const speakerCard = el('section', { id: 'speaker-card', class: 'card', role: 'region', hidden: true });
  const topicHeader = el('section', { id: 'topic-header', class: 'card', role: 'region', hidden: true });
  const answerCard = el('section', { id: 'answer', class: 'answer-card', role: 'region', 'aria-live': 'polite', hidden: true });
  const results = el('div', { id: 'results', class: 'results', role: 'listbox', tabindex: 0, 'aria-label': t('results'), 'aria-keyshortcuts': 'Enter C I S Escape' });
  const scroller = el('main', { id: 'scroller', class: 'scroller' }, home, speakerCard, topicHeader, answerCard, results);
  root.appendChild(el('div', { id: 'app' },
    el('header', { class: 'search-header' },
      el('div', { class: 'search-box' }, icon('search'), input, clearButton, filterButton),
      filtersPanel,
      status),
    scroller));
  results.dataset.seq = '0';
  return { input, clearButton, filterButton, filterBadge, filtersPanel, status, home, speakerCard, topicHeader, answerCard, results, scroller, nav: new ListNav(results) };
}

/** Re-applies the UI strings after the language becomes known. */
export function relabel(ui: Ui): void {
  ui.input.placeholder = t('placeholder');
  ui.input.setAttribute('aria-label', t('searchLabel'));
  for (const [b, key] of [[ui.clearButton, 'clear'], [ui.filterButton, 'filter']] as const) {
    b.title = t(key);
    b.setAttribute('aria-label', t(key));
  }
  ui.results.setAttribute('aria-label', t('results'));
  document.documentElement.lang = catalog.state().language || 'en';
}
