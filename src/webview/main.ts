/**
 * The Summit sidebar: search box, filters, answer card, results, speaker card and topic tree.
 * It renders what the host sends and asks the host for everything else: nothing is searched
 * here. The app (src/webview/app) is split GitLens-style: the store holds every piece of
 * mutable state, actions ask the host, events apply what the host sends, and each view piece
 * (search box, results, answer card, speaker card, topic tree, filters) has its own module.
 * This file wires them and restores what was showing.
 */
import { renderFilters } from './filters';
import { post } from './vscodeApi';
import { runQuery, showSpeaker, showTopic, updateFilterButton } from './app/actions';
import { wireClicks } from './app/clicks';
import { listen } from './app/events';
import { createLayout } from './app/layout';
import { showPanel } from './app/panels';
import { wireResults } from './app/resultsList';
import { wireSearchBox } from './app/searchBox';
import { store } from './app/store';

const ui = createLayout(document.body);
listen(ui);
wireSearchBox(ui);
wireResults(ui);
wireClicks(ui);

// When the view itself gets focus (its focus command, a click on its title), start in the search box.
window.addEventListener('focus', () => {
  if (!document.activeElement || document.activeElement === document.body) ui.input.focus();
});

// Start: restore what was showing, then tell the host we are ready.
ui.input.value = store.view.query;
updateFilterButton(ui);
renderFilters(ui.filtersPanel, store.view.filters);
const restored = store.view.panel;
if (restored.kind === 'speaker') showSpeaker(restored.name, restored.corpus);
else if (restored.kind === 'topic') showTopic(restored.topicId);
else if (store.view.query.trim() !== '') runQuery(ui, false);
else showPanel(ui, { kind: 'home' });
post({ type: 'ready' });
