/**
 * The search box: search as you type (debounced), no search while an input method is
 * composing (one search for the committed text), Enter searches now, Escape clears, ↓ goes to
 * the results.
 */
import { cancelPending, clearQuery, runQuery, schedule } from './actions';
import type { Ui } from './layout';
import { save } from './panels';
import { store } from './store';

export function wireSearchBox(ui: Ui): void {
  const { input } = ui;
  input.addEventListener('compositionstart', () => {
    store.composing = true;
    cancelPending();
  });
  input.addEventListener('compositionend', () => {
    store.composing = false;
    store.view.query = input.value;
    save();
    schedule(ui); // one search for the committed text (a trailing input event only re-arms the same timer)
  });
  input.addEventListener('input', (event) => {
    if (store.composing || (event as InputEvent).isComposing) return;
    store.view.query = input.value;
    store.view.scrollTop = 0;
    save();
    schedule(ui);
  });
  input.addEventListener('keydown', (event) => onKey(ui, event));
}

function onKey(ui: Ui, event: KeyboardEvent): void {
  if (event.isComposing || store.composing) return;
  switch (event.key) {
    case 'ArrowDown':
      if (!ui.results.hidden && ui.nav.options().length > 0) {
        event.preventDefault();
        ui.results.focus();
        ui.nav.select(0);
      }
      break;
    case 'Enter':
      event.preventDefault();
      runQuery(ui, false);
      break;
    case 'Escape':
      if (ui.input.value !== '') { event.preventDefault(); clearQuery(ui); }
      break;
  }
}
