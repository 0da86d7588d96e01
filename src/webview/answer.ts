/**
 * The answer card shown above the results when the query is a question: the
 * answer, how sure the engine is, and the evidence with its span marked — or a
 * clear "not in the record" state when the engine found no answer.
 */
import type { ViewAnswer as Answer, ViewEvidence as Evidence } from '../protocol';
import * as catalog from './catalog';
import { store } from './app/store';
import { clear, el, highlighted, icon, iconButton } from './dom';
import { t } from './strings';

/** Evidence behind each "open" button, by button id (kept in the store). */
const evidenceByButton = (): Map<string, Evidence> => store.evidence;

export function evidenceFor(button: Element): Evidence | undefined {
  return evidenceByButton().get(button.id);
}

export function hideAnswer(card: HTMLElement): void {
  clear(card);
  card.hidden = true;
  evidenceByButton().clear();
}

/**
 * While a question is being answered: keep the previous answer dimmed (so the card does not
 * jump while typing), or show a small "looking" state when there is none.
 */
export function showAnswerPending(card: HTMLElement, previous: Answer | undefined): void {
  if (previous && !card.hidden) {
    card.classList.add('pending');
    card.setAttribute('aria-busy', 'true');
    return;
  }
  hideAnswer(card);
  card.hidden = false;
  card.className = 'answer-card pending';
  card.setAttribute('aria-busy', 'true');
  card.appendChild(el('div', { class: 'answer-head' }, icon('loading'), el('span', { class: 'answer-label' }, t('thinking'))));
}

export function renderAnswer(card: HTMLElement, answer: Answer): void {
  hideAnswer(card);
  card.hidden = false;
  card.removeAttribute('aria-busy');
  const found = answer.answer !== null && answer.answer.trim() !== '';
  card.className = `answer-card ${found ? 'found' : 'not-found'}`;

  const pct = Math.round(Math.max(0, Math.min(1, answer.confidence)) * 100);
  const head = el('div', { class: 'answer-head' },
    icon(found ? 'lightbulb' : 'circle-slash'),
    el('span', { class: 'answer-label' }, found ? t('answer') : t('notInRecord')));
  if (found) {
    const fill = el('span', { class: 'meter-fill' });
    fill.style.width = `${pct}%`;
    head.appendChild(el('span', { class: 'confidence', title: t('confidence', pct) },
      el('span', { class: 'meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': t('confidence', pct) }, fill),
      el('span', { class: 'confidence-value' }, `${pct}%`)));
  }
  card.appendChild(head);

  if (found) {
    card.appendChild(el('div', { class: 'answer-text', id: 'answer-text' }, answer.answer ?? ''));
    const speaker = answer.evidence[0]?.speaker ?? null;
    const who = catalog.speaker(speaker);
    if (speaker) {
      card.appendChild(el('div', { class: 'answer-speaker' }, icon('person'),
        el('span', { class: 'speaker-name' }, speaker),
        who ? el('span', { class: 'speaker-title' }, [who.title, who.organization].filter(Boolean).join(' · ')) : null));
    }
  } else {
    card.appendChild(el('div', { class: 'answer-hint' }, t('notInRecordHint')));
  }

  if (found && answer.evidence.length > 0) {
    card.appendChild(el('div', { class: 'answer-subhead' }, t('evidence')));
    answer.evidence.slice(0, 3).forEach((ev, i) => card.appendChild(renderEvidence(ev, i)));
  }
  if (found && answer.alternatives.length > 0) {
    card.appendChild(el('div', { class: 'answer-alternatives' },
      el('span', { class: 'answer-subhead' }, `${t('alternatives')}: `),
      answer.alternatives.slice(0, 3).join(' · ')));
  }
  card.setAttribute('aria-label', found ? `${t('answer')}: ${answer.answer}` : t('notInRecord'));
}

function renderEvidence(ev: Evidence, i: number): HTMLElement {
  const button = iconButton('go-to-file', t('open'), 'open-evidence', { id: `evidence-open-${i}` });
  evidenceByButton().set(button.id, ev);
  return el('blockquote', { class: 'evidence' },
    el('div', { class: 'evidence-text' }, highlighted(ev.text, ev.highlights)),
    el('div', { class: 'evidence-meta' },
      el('span', { class: 'where', title: `${ev.file}:${ev.location.line}:${ev.location.column}` },
        [ev.speaker, ev.event, `L${ev.location.line}`].filter(Boolean).join(' · ')),
      button));
}
