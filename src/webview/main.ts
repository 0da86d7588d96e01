/**
 * The Summit sidebar: search box, filters, answer card, results, speaker card and
 * topic tree. It renders what the host sends and asks the host for everything
 * else: nothing is searched here.
 */
import { LIMITS, describeRejected, parseHostMessage, type HostMessage, type ViewAnswer, type ViewHit } from '../protocol';
import { evidenceFor, hideAnswer, renderAnswer, showAnswerPending } from './answer';
import * as catalog from './catalog';
import { el, icon, iconButton } from './dom';
import { filterCount, renderFilters } from './filters';
import { renderHome, renderTopicHeader, toggleTopic } from './home';
import { ListNav } from './listNav';
import { hitForOption, renderHits } from './results';
import { hideSpeakerCard, renderSpeakerCard } from './speakerCard';
import { loadState, saveState, type Panel, type ViewState } from './state';
import { setLanguage, t } from './strings';
import { post } from './vscodeApi';

const DEBOUNCE_MS = 150;

const state: ViewState = loadState();

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

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

document.body.appendChild(el('div', { id: 'app' },
  el('header', { class: 'search-header' },
    el('div', { class: 'search-box' }, icon('search'), input, clearButton, filterButton),
    filtersPanel,
    status),
  scroller));

const nav = new ListNav(results);
results.dataset.seq = '0';

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/** The sequence number of the latest search; answers to older ones are dropped. */
let seq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let composing = false;
/** Set when the query was cut to the protocol's limit; shown with the result count. */
let longQueryNote = '';
/** Renders the current panel again from the last message that filled it (after `init`). */
let rerender: (() => void) | undefined;
/** The answer on show, kept so a re-render of the results does not lose it. */
let lastAnswer: ViewAnswer | undefined;
/** Scroll position to restore once the restored panel has rendered. */
let pendingScroll: number | undefined = state.scrollTop > 0 ? state.scrollTop : undefined;

function save(): void {
  saveState(state);
}

function cancelPending(): void {
  if (timer !== undefined) { clearTimeout(timer); timer = undefined; }
}

function schedule(): void {
  cancelPending();
  timer = setTimeout(() => { timer = undefined; runSearch(true); }, DEBOUNCE_MS);
}

/** Sends the current query (and, for a question, asks it) with a fresh sequence number. */
function runSearch(prefix: boolean): void {
  cancelPending();
  seq += 1;
  results.dataset.seq = String(seq); // observable by the browser tests: one number per request
  let query = state.query.trim();
  if (query === '') {
    showPanel({ kind: 'home' });
    return;
  }
  if (query.length > LIMITS.query) {
    // The protocol carries at most LIMITS.query characters: search the start and say so.
    query = query.slice(0, LIMITS.query);
    longQueryNote = t('queryTruncated', LIMITS.query);
  } else {
    longQueryNote = '';
  }
  if (state.panel.kind !== 'search') showPanel({ kind: 'search' });
  results.setAttribute('aria-busy', 'true');
  post({ type: 'query', id: seq, query, prefix, filters: { speakers: [...state.filters.speakers], topics: [...state.filters.topics] } });
}

// ---------------------------------------------------------------------------
// Panels
// ---------------------------------------------------------------------------

function showPanel(panel: Panel): void {
  state.panel = panel;
  save();
  home.hidden = panel.kind !== 'home';
  results.hidden = panel.kind === 'home';
  if (panel.kind !== 'speaker') hideSpeakerCard(speakerCard);
  if (panel.kind !== 'topic') topicHeader.hidden = true;
  if (panel.kind !== 'search') hideAnswer(answerCard);
  if (panel.kind === 'home') {
    renderHits(results, [], { grouped: false });
    nav.reset();
    renderHome(home);
    setStatus('');
    restoreScroll();
  }
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.classList.toggle('error', kind === 'error');
  status.hidden = text === '';
}

function countText(n: number): string {
  return n === 1 ? t('oneResult') : t('resultCount', n);
}

function restoreScroll(): void {
  if (pendingScroll === undefined) return;
  const top = pendingScroll;
  pendingScroll = undefined;
  requestAnimationFrame(() => { scroller.scrollTop = top; });
}

function showHits(hits: readonly ViewHit[], grouped: boolean, showSpeaker = true): number {
  const n = renderHits(results, hits, { grouped, showSpeaker });
  nav.reset();
  results.removeAttribute('aria-busy');
  return n;
}

// ---------------------------------------------------------------------------
// Messages from the host
// ---------------------------------------------------------------------------

function onHostMessage(msg: HostMessage): void {
  switch (msg.type) {
    case 'init':
      setLanguage(msg.state.language);
      catalog.setCatalog(msg.topics, msg.speakers, msg.state);
      relabel();
      renderFilters(filtersPanel, state.filters);
      if (state.panel.kind === 'home') renderHome(home);
      else rerender?.(); // titles, topic labels and headings now in the right language
      break;
    case 'results': {
      if (msg.replyTo !== seq || state.panel.kind !== 'search') return; // superseded
      rerender = () => onHostMessage(msg);
      if (msg.asking) {
        showAnswerPending(answerCard, lastAnswer);
      } else {
        lastAnswer = undefined;
        hideAnswer(answerCard);
      }
      const n = showHits(msg.result.results, true);
      results.dataset.renderedSeq = String(msg.replyTo);
      if (n === 0) {
        results.appendChild(el('div', { class: 'empty', role: 'presentation' },
          el('p', {}, t('noResults', msg.result.query)), el('p', { class: 'muted' }, t('noResultsHint'))));
      }
      setStatus([countText(n), longQueryNote, msg.result.note].filter(Boolean).join(' — '));
      restoreScroll();
      break;
    }
    case 'answer':
      if (msg.replyTo !== seq || state.panel.kind !== 'search') return; // superseded
      lastAnswer = msg.answer;
      renderAnswer(answerCard, msg.answer);
      break;
    case 'speaker':
      rerender = () => onHostMessage(msg);
      showPanel({ kind: 'speaker', name: msg.card.name, corpus: msg.card.corpus });
      renderSpeakerCard(speakerCard, msg.card);
      showHits(msg.card.quotes, false, false);
      setStatus(msg.card.quotes.length === 1 ? t('oneQuote') : t('quoteCount', msg.card.quotes.length));
      scroller.scrollTop = 0;
      restoreScroll();
      break;
    case 'topicPassages':
      rerender = () => onHostMessage(msg);
      showPanel({ kind: 'topic', topicId: msg.topic.topicId });
      renderTopicHeader(topicHeader, msg.topic.topicId, msg.topic.total);
      showHits(msg.topic.passages, false);
      setStatus(countText(msg.topic.passages.length));
      scroller.scrollTop = 0;
      restoreScroll();
      break;
    case 'setQuery':
      input.value = msg.query;
      state.query = msg.query;
      runSearch(false);
      input.focus();
      break;
    case 'error':
      if (msg.replyTo !== undefined && msg.replyTo !== seq) return;
      results.removeAttribute('aria-busy');
      setStatus(t('error', msg.message), 'error');
      break;
  }
}

/** Re-applies the UI strings after the language becomes known. */
function relabel(): void {
  input.placeholder = t('placeholder');
  input.setAttribute('aria-label', t('searchLabel'));
  for (const [b, key] of [[clearButton, 'clear'], [filterButton, 'filter']] as const) {
    b.title = t(key);
    b.setAttribute('aria-label', t(key));
  }
  results.setAttribute('aria-label', t('results'));
  document.documentElement.lang = catalog.state().language || 'en';
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseHostMessage(event.data);
  if (!msg) {
    post({ type: 'log', level: 'warn', message: `webview ignored ${describeRejected(event.data)}` });
    if (results.hasAttribute('aria-busy')) {
      // The answer to the pending request may be the message that was refused: do not spin forever.
      results.removeAttribute('aria-busy');
      setStatus(t('error', t('unreadable')), 'error');
    }
    return;
  }
  onHostMessage(msg);
});

// ---------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------

type HitAction = 'open' | 'copy' | 'insert' | 'speaker';

function act(hit: ViewHit, action: HitAction): void {
  switch (action) {
    case 'open':
      if (hit.kind === 'speaker' && hit.speaker) post({ type: 'showSpeaker', name: hit.speaker, corpus: hit.corpus });
      else if (hit.location) post({ type: 'openLocation', corpus: hit.corpus, offset: hit.location.offset, length: hit.location.length });
      break;
    case 'copy':
      if (hit.kind !== 'speaker') post({ type: 'copyCitation', id: hit.quote ?? hit.passage ?? hit.id });
      break;
    case 'insert':
      if (hit.kind !== 'speaker') post({ type: 'insertCitation', id: hit.quote ?? hit.passage ?? hit.id });
      break;
    case 'speaker':
      if (hit.speaker) post({ type: 'showSpeaker', name: hit.speaker, corpus: hit.corpus });
      break;
  }
}

function updateFilterButton(): void {
  const n = filterCount(state.filters);
  filterBadge.textContent = n > 0 ? String(n) : '';
  filterButton.classList.toggle('has-filters', n > 0);
  filterButton.setAttribute('aria-expanded', state.filtersOpen ? 'true' : 'false');
  filtersPanel.hidden = !state.filtersOpen;
}

function filtersChanged(): void {
  save();
  renderFilters(filtersPanel, state.filters);
  updateFilterButton();
  if (state.query.trim() !== '') runSearch(false);
}

function back(): void {
  if (state.query.trim() !== '') runSearch(false);
  else showPanel({ kind: 'home' });
  input.focus();
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const control = target?.closest<HTMLElement>('[data-action]');
  const option = target?.closest<HTMLElement>('[role="option"]');
  if (option && results.contains(option)) nav.selectElement(option);
  const action = control?.dataset.action;
  if (option && (!control || !option.contains(control))) {
    const hit = hitForOption(option);
    if (hit) act(hit, 'open');
    return;
  }
  if (!control || !action) return;
  switch (action) {
    case 'open': case 'copy': case 'insert': case 'speaker': {
      const hit = hitForOption(option ?? null);
      if (hit) act(hit, action);
      break;
    }
    case 'open-evidence': {
      const ev = evidenceFor(control);
      if (ev) post({ type: 'openLocation', corpus: ev.corpus, offset: ev.location.offset, length: ev.location.length });
      break;
    }
    case 'speaker-card':
      if (control.dataset.name) post({ type: 'showSpeaker', name: control.dataset.name, corpus: control.dataset.corpus || undefined });
      break;
    case 'topic':
      if (control.dataset.topic) post({ type: 'showTopic', topicId: control.dataset.topic });
      break;
    case 'toggle-topic':
      if (control.dataset.topic) {
        toggleTopic(control.dataset.topic);
        renderHome(home);
        home.querySelector<HTMLElement>(`[data-action="toggle-topic"][data-topic="${CSS.escape(control.dataset.topic)}"]`)?.focus();
      }
      break;
    case 'back':
      back();
      break;
    case 'clear-query':
      clearQuery();
      break;
    case 'toggle-filters':
      state.filtersOpen = !state.filtersOpen;
      save();
      updateFilterButton();
      if (state.filtersOpen) filtersPanel.querySelector<HTMLElement>('select')?.focus();
      break;
    case 'remove-filter': {
      const kind = control.dataset.filter === 'speakers' ? 'speakers' : 'topics';
      state.filters[kind] = state.filters[kind].filter((v) => v !== control.dataset.value);
      filtersChanged();
      break;
    }
  }
});

filtersPanel.addEventListener('change', (event) => {
  const select = event.target as HTMLSelectElement;
  const kind = select.dataset.filter === 'speakers' ? 'speakers' : 'topics';
  if (!select.value || state.filters[kind].includes(select.value)) return;
  state.filters[kind] = [...state.filters[kind], select.value];
  filtersChanged();
  filtersPanel.querySelector<HTMLElement>(`select[data-filter="${kind}"]`)?.focus();
});

function clearQuery(): void {
  input.value = '';
  state.query = '';
  state.scrollTop = 0;
  runSearch(false);
  input.focus();
}

// ---------------------------------------------------------------------------
// Typing, IME and keyboard
// ---------------------------------------------------------------------------

input.addEventListener('compositionstart', () => {
  composing = true;
  cancelPending();
});

input.addEventListener('compositionend', () => {
  composing = false;
  state.query = input.value;
  save();
  schedule(); // one search for the committed text (a trailing input event only re-arms the same timer)
});

input.addEventListener('input', (event) => {
  if (composing || (event as InputEvent).isComposing) return;
  state.query = input.value;
  state.scrollTop = 0;
  save();
  schedule();
});

input.addEventListener('keydown', (event) => {
  if (event.isComposing || composing) return;
  switch (event.key) {
    case 'ArrowDown':
      if (!results.hidden && nav.options().length > 0) {
        event.preventDefault();
        results.focus();
        nav.select(0);
      }
      break;
    case 'Enter':
      event.preventDefault();
      runSearch(false);
      break;
    case 'Escape':
      if (input.value !== '') { event.preventDefault(); clearQuery(); }
      break;
  }
});

results.addEventListener('focus', () => {
  if (nav.index() < 0 && nav.options().length > 0) nav.select(0);
});

results.addEventListener('keydown', (event) => {
  const hit = hitForOption(nav.current() ?? null);
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  switch (event.key) {
    case 'ArrowDown': nav.move(1); break;
    case 'ArrowUp': if (!nav.move(-1)) input.focus(); break;
    case 'Home': nav.select(0); break;
    case 'End': nav.last(); break;
    case 'PageDown': nav.page(1, scroller); break;
    case 'PageUp': nav.page(-1, scroller); break;
    case 'Enter': if (hit) act(hit, 'open'); break;
    case 'Escape': input.focus(); input.select(); break;
    default:
      if (plain && hit && (event.key === 'c' || event.key === 'i' || event.key === 's')) {
        act(hit, event.key === 'c' ? 'copy' : event.key === 'i' ? 'insert' : 'speaker');
        break;
      }
      if (plain && event.key.length === 1) input.focus(); // type-to-search: the key lands in the box
      return;
  }
  event.preventDefault();
});

// When the view itself gets focus (its focus command, a click on its title), start in the search box.
window.addEventListener('focus', () => {
  if (!document.activeElement || document.activeElement === document.body) input.focus();
});

let scrollFrame = 0;
scroller.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    state.scrollTop = scroller.scrollTop;
    save();
  });
});

// ---------------------------------------------------------------------------
// Start: restore what was showing, then tell the host we are ready
// ---------------------------------------------------------------------------

input.value = state.query;
updateFilterButton();
renderFilters(filtersPanel, state.filters);
const restored = state.panel;
if (restored.kind === 'speaker') post({ type: 'showSpeaker', name: restored.name, corpus: restored.corpus });
else if (restored.kind === 'topic') post({ type: 'showTopic', topicId: restored.topicId });
else if (state.query.trim() !== '') runSearch(false);
else showPanel({ kind: 'home' });
post({ type: 'ready' });
