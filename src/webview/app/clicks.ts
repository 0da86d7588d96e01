/**
 * Pointer input: one delegated click listener. A click on a result selects it (and opens it
 * unless it hit one of its buttons); every control carries `data-action`, looked up in one
 * table of handlers. The filters' selects add a filter on change.
 */
import { evidenceFor } from '../answer';
import { renderHome, toggleTopic } from '../home';
import { hitForOption } from '../results';
import { act, back, clearQuery, openLocation, setFilter, showSpeaker, showTopic, toggleFilters } from './actions';
import type { Ui } from './layout';
import { store } from './store';

type Handler = (ui: Ui, control: HTMLElement, option: HTMLElement | null) => void;

const onHit: Handler = (_ui, control, option) => {
  const hit = hitForOption(option);
  const action = control.dataset.action as 'open' | 'copy' | 'insert' | 'speaker';
  if (hit) act(hit, action);
};

const HANDLERS: Record<string, Handler> = {
  open: onHit,
  copy: onHit,
  insert: onHit,
  speaker: onHit,
  'open-evidence': (_ui, control) => {
    const ev = evidenceFor(control);
    if (ev) openLocation(ev.corpus, ev.location);
  },
  'speaker-card': (_ui, control) => {
    if (control.dataset.name) showSpeaker(control.dataset.name, control.dataset.corpus || undefined);
  },
  topic: (_ui, control) => {
    if (control.dataset.topic) showTopic(control.dataset.topic);
  },
  'toggle-topic': (ui, control) => {
    const id = control.dataset.topic;
    if (!id) return;
    toggleTopic(id);
    renderHome(ui.home);
    ui.home.querySelector<HTMLElement>(`[data-action="toggle-topic"][data-topic="${CSS.escape(id)}"]`)?.focus();
  },
  back: (ui) => back(ui),
  'clear-query': (ui) => clearQuery(ui),
  'toggle-filters': (ui) => toggleFilters(ui),
  'remove-filter': (ui, control) => {
    const kind = control.dataset.filter === 'speakers' ? 'speakers' : 'topics';
    setFilter(ui, kind, store.view.filters[kind].filter((v) => v !== control.dataset.value));
  },
};

export function wireClicks(ui: Ui): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const control = target?.closest<HTMLElement>('[data-action]') ?? null;
    const option = target?.closest<HTMLElement>('[role="option"]') ?? null;
    if (option && ui.results.contains(option)) ui.nav.selectElement(option);
    if (option && (!control || !option.contains(control))) {
      const hit = hitForOption(option);
      if (hit) act(hit, 'open');
      return;
    }
    const action = control?.dataset.action;
    if (control && action && Object.hasOwn(HANDLERS, action)) HANDLERS[action](ui, control, option);
  });
  ui.filtersPanel.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    const kind = select.dataset.filter === 'speakers' ? 'speakers' : 'topics';
    if (!select.value || store.view.filters[kind].includes(select.value)) return;
    setFilter(ui, kind, [...store.view.filters[kind], select.value]);
    ui.filtersPanel.querySelector<HTMLElement>(`select[data-filter="${kind}"]`)?.focus();
  });
}
