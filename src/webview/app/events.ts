/**
 * Events: messages from the host, validated (src/protocol.ts), then applied to the store and
 * rendered. A reply to any but the latest request is stale and dropped; a message that does
 * not validate is logged back to the host and, when a request is pending, ends its spinner.
 */
import { describeRejected, parseHostMessage, type HostMessage } from '../../protocol';
import { hideAnswer, renderAnswer, showAnswerPending } from '../answer';
import * as catalog from '../catalog';
import { el } from '../dom';
import { renderFilters } from '../filters';
import { renderHome, renderTopicHeader } from '../home';
import { renderSpeakerCard } from '../speakerCard';
import { setLanguage, t } from '../strings';
import { post } from '../vscodeApi';
import { setQuery } from './actions';
import { relabel, type Ui } from './layout';
import { countText, restoreScroll, setStatus, showHits, showPanel } from './panels';
import { store } from './store';

type Of<T extends HostMessage['type']> = Extract<HostMessage, { type: T }>;

function onInit(ui: Ui, msg: Of<'init'>): void {
  setLanguage(msg.state.language);
  catalog.setCatalog(msg.topics, msg.speakers, msg.state);
  relabel(ui);
  renderFilters(ui.filtersPanel, store.view.filters);
  if (store.view.panel.kind === 'home') renderHome(ui.home);
  else store.rerender?.(); // titles, topic labels and headings now in the right language
}

function onResults(ui: Ui, msg: Of<'results'>): void {
  if (!store.requests.isCurrent(msg.replyTo) || store.view.panel.kind !== 'search') return; // superseded
  store.rerender = () => onResults(ui, msg);
  if (msg.asking) {
    showAnswerPending(ui.answerCard, store.lastAnswer);
  } else {
    store.lastAnswer = undefined;
    hideAnswer(ui.answerCard);
  }
  const n = showHits(ui, msg.result.results, true);
  ui.results.dataset.renderedSeq = String(msg.replyTo);
  if (n === 0) {
    ui.results.appendChild(el('div', { class: 'empty', role: 'presentation' },
      el('p', {}, t('noResults', msg.result.query)), el('p', { class: 'muted' }, t('noResultsHint'))));
  }
  setStatus(ui, [countText(n), store.longQueryNote, msg.result.note].filter(Boolean).join(' — '));
  restoreScroll(ui);
}

function onAnswer(ui: Ui, msg: Of<'answer'>): void {
  if (!store.requests.isCurrent(msg.replyTo) || store.view.panel.kind !== 'search') return; // superseded
  store.lastAnswer = msg.answer;
  renderAnswer(ui.answerCard, msg.answer);
}

function onSpeaker(ui: Ui, msg: Of<'speaker'>): void {
  store.rerender = () => onSpeaker(ui, msg);
  showPanel(ui, { kind: 'speaker', name: msg.card.name, corpus: msg.card.corpus });
  renderSpeakerCard(ui.speakerCard, msg.card);
  showHits(ui, msg.card.quotes, false, false);
  setStatus(ui, msg.card.quotes.length === 1 ? t('oneQuote') : t('quoteCount', msg.card.quotes.length));
  ui.scroller.scrollTop = 0;
  restoreScroll(ui);
}

function onTopic(ui: Ui, msg: Of<'topicPassages'>): void {
  store.rerender = () => onTopic(ui, msg);
  showPanel(ui, { kind: 'topic', topicId: msg.topic.topicId });
  renderTopicHeader(ui.topicHeader, msg.topic.topicId, msg.topic.total);
  showHits(ui, msg.topic.passages, false);
  setStatus(ui, countText(msg.topic.passages.length));
  ui.scroller.scrollTop = 0;
  restoreScroll(ui);
}

function onError(ui: Ui, msg: Of<'error'>): void {
  if (!store.requests.isCurrent(msg.replyTo)) return;
  ui.results.removeAttribute('aria-busy');
  setStatus(ui, t('error', msg.message), 'error');
}

export function onHostMessage(ui: Ui, msg: HostMessage): void {
  switch (msg.type) {
    case 'init': return onInit(ui, msg);
    case 'results': return onResults(ui, msg);
    case 'answer': return onAnswer(ui, msg);
    case 'speaker': return onSpeaker(ui, msg);
    case 'topicPassages': return onTopic(ui, msg);
    case 'setQuery': return setQuery(ui, msg.query);
    case 'error': return onError(ui, msg);
  }
}

/** Listens to the host. */
export function listen(ui: Ui): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const msg = parseHostMessage(event.data);
    if (msg) {
      onHostMessage(ui, msg);
      return;
    }
    post({ type: 'log', level: 'warn', message: `webview ignored ${describeRejected(event.data)}` });
    if (ui.results.hasAttribute('aria-busy')) {
      // The answer to the pending request may be the message that was refused: do not spin forever.
      ui.results.removeAttribute('aria-busy');
      setStatus(ui, t('error', t('unreadable')), 'error');
    }
  });
}
