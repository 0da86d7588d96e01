/**
 * The results listbox's keyboard: ↑/↓, Home/End, PageUp/PageDown move the selection; Enter
 * opens, C / I copy or insert the citation, S opens the speaker's card, Escape returns to the
 * box, any other letter types into the box. Also remembers the scroll position.
 */
import { hitForOption } from '../results';
import { act } from './actions';
import type { Ui } from './layout';
import { save } from './panels';
import { store } from './store';

const LETTER_ACTIONS = { c: 'copy', i: 'insert', s: 'speaker' } as const;

export function wireResults(ui: Ui): void {
  const { results, nav, scroller } = ui;
  results.addEventListener('focus', () => {
    if (nav.index() < 0 && nav.options().length > 0) nav.select(0);
  });
  results.addEventListener('keydown', (event) => {
    if (onKey(ui, event)) event.preventDefault();
  });
  scroller.addEventListener('scroll', () => {
    if (store.scrollFrame) return;
    store.scrollFrame = requestAnimationFrame(() => {
      store.scrollFrame = 0;
      store.view.scrollTop = scroller.scrollTop;
      save();
    });
  });
}

/** Handles a key; true when it was used (and its default is to be prevented). */
function onKey(ui: Ui, event: KeyboardEvent): boolean {
  const { nav, input, scroller } = ui;
  const hit = hitForOption(nav.current() ?? null);
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  switch (event.key) {
    case 'ArrowDown': nav.move(1); return true;
    case 'ArrowUp': if (!nav.move(-1)) input.focus(); return true;
    case 'Home': nav.select(0); return true;
    case 'End': nav.last(); return true;
    case 'PageDown': nav.page(1, scroller); return true;
    case 'PageUp': nav.page(-1, scroller); return true;
    case 'Enter': if (hit) act(hit, 'open'); return true;
    case 'Escape': input.focus(); input.select(); return true;
  }
  const letter = event.key as keyof typeof LETTER_ACTIONS;
  if (plain && hit && Object.hasOwn(LETTER_ACTIONS, letter)) {
    act(hit, LETTER_ACTIONS[letter]);
    return true;
  }
  if (plain && event.key.length === 1) input.focus(); // type-to-search: the key lands in the box
  return false;
}
