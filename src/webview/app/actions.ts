/**
 * Actions: what the user does that asks the host for something (a query, a speaker's card, a
 * topic's passages, opening a location, a citation) or changes the store (filters, the
 * query box). The only place the webview posts to the host, besides `ready` and the log.
 */
import type { ViewHit } from '../../protocol';
import { renderFilters, filterCount } from '../filters';
import { post } from '../vscodeApi';
import { t } from '../strings';
import type { Ui } from './layout';
import { save, showPanel } from './panels';
import { queryText, store } from './store';

export const DEBOUNCE_MS = 150;

export type HitAction = 'open' | 'copy' | 'insert' | 'speaker';

export function cancelPending(): void {
  if (store.timer !== undefined) { clearTimeout(store.timer); store.timer = undefined; }
}

export function schedule(ui: Ui): void {
  cancelPending();
  store.timer = setTimeout(() => { store.timer = undefined; runQuery(ui, true); }, DEBOUNCE_MS);
}

/** Sends the current query with a fresh request id; the host searches it, and answers it when it is a question. */
export function runQuery(ui: Ui, prefix: boolean): void {
  cancelPending();
  const id = store.requests.next();
  ui.results.dataset.seq = String(id); // observable by the browser tests: one number per request
  const { query, truncated } = queryText(store.view.query);
  if (query === '') {
    showPanel(ui, { kind: 'home' });
    return;
  }
  store.longQueryNote = truncated ? t('queryTruncated', query.length) : '';
  if (store.view.panel.kind !== 'search') showPanel(ui, { kind: 'search' });
  ui.results.setAttribute('aria-busy', 'true');
  const { speakers, topics } = store.view.filters;
  post({ type: 'query', id, query, prefix, filters: { speakers: [...speakers], topics: [...topics] } });
}

export function showSpeaker(name: string, corpus?: string): void {
  post({ type: 'showSpeaker', name, corpus });
}

export function showTopic(topicId: string): void {
  post({ type: 'showTopic', topicId });
}

export function openLocation(corpus: string, location: { offset: number; length: number }): void {
  post({ type: 'openLocation', corpus, offset: location.offset, length: location.length });
}

/** A hit is cited by its quote when it has one, else by its passage (ids resolved by the host's core). */
export function citationId(hit: ViewHit): string {
  return hit.quote ?? hit.passage ?? hit.id;
}

export function act(hit: ViewHit, action: HitAction): void {
  if (action === 'open') {
    if (hit.kind === 'speaker' && hit.speaker) showSpeaker(hit.speaker, hit.corpus);
    else if (hit.location) openLocation(hit.corpus, hit.location);
  } else if (action === 'speaker') {
    if (hit.speaker) showSpeaker(hit.speaker, hit.corpus);
  } else if (hit.kind !== 'speaker') {
    post({ type: action === 'copy' ? 'copyCitation' : 'insertCitation', id: citationId(hit) });
  }
}

export function updateFilterButton(ui: Ui): void {
  const n = filterCount(store.view.filters);
  ui.filterBadge.textContent = n > 0 ? String(n) : '';
  ui.filterButton.classList.toggle('has-filters', n > 0);
  ui.filterButton.setAttribute('aria-expanded', store.view.filtersOpen ? 'true' : 'false');
  ui.filtersPanel.hidden = !store.view.filtersOpen;
}

export function toggleFilters(ui: Ui): void {
  store.view.filtersOpen = !store.view.filtersOpen;
  save();
  updateFilterButton(ui);
  if (store.view.filtersOpen) ui.filtersPanel.querySelector<HTMLElement>('select')?.focus();
}

export function setFilter(ui: Ui, kind: 'speakers' | 'topics', values: string[]): void {
  store.view.filters[kind] = values;
  save();
  renderFilters(ui.filtersPanel, store.view.filters);
  updateFilterButton(ui);
  if (store.view.query.trim() !== '') runQuery(ui, false);
}

export function back(ui: Ui): void {
  if (store.view.query.trim() !== '') runQuery(ui, false);
  else showPanel(ui, { kind: 'home' });
  ui.input.focus();
}

export function clearQuery(ui: Ui): void {
  ui.input.value = '';
  store.view.query = '';
  store.view.scrollTop = 0;
  runQuery(ui, false);
  ui.input.focus();
}

/** Puts a query into the box and runs it (the host's setQuery). */
export function setQuery(ui: Ui, query: string): void {
  ui.input.value = query;
  store.view.query = query;
  runQuery(ui, false);
  ui.input.focus();
}
