/**
 * The speaker card (#speaker-card): who the person is and what they said. The
 * quotes themselves go into the #results listbox below the card, so they get the
 * same keyboard navigation and actions as search results.
 */
import type { SpeakerCardView as SpeakerCard } from '../protocol';
import * as catalog from './catalog';
import { clear, el, icon, iconButton } from './dom';
import { t, type StringKey } from './strings';

const ROLE: Record<SpeakerCard['role'], StringKey> = { speaker: 'roleSpeaker', host: 'roleHost', panelist: 'rolePanelist', mentioned: 'roleMentioned', reporter: 'roleReporter' };

export function renderSpeakerCard(card: HTMLElement, s: SpeakerCard): void {
  clear(card);
  card.hidden = false;
  const count = s.quotes.length;
  card.appendChild(el('div', { class: 'panel-nav' }, iconButton('arrow-left', t('back'), 'back')));
  card.appendChild(el('div', { class: 'card-head' },
    el('div', { class: 'avatar', 'aria-hidden': 'true' }, Array.from(s.name)[0] ?? '?'),
    el('div', { class: 'card-titles' },
      el('h2', { class: 'card-name', id: 'speaker-card-name' }, s.name),
      s.title ? el('div', { class: 'card-line' }, s.title) : null,
      s.organization ? el('div', { class: 'card-line' }, icon('organization'), ' ', s.organization) : null)));
  const facts = el('div', { class: 'card-facts' },
    el('span', { class: 'role-badge' }, t(ROLE[s.role])),
    el('span', { class: 'fact', 'data-quote-count': count }, icon('quote'), ' ', count === 1 ? t('oneQuote') : t('quoteCount', count)));
  if (s.event) facts.appendChild(el('span', { class: 'fact' }, icon('milestone'), ' ', s.event));
  card.appendChild(facts);
  if (s.aliases.length > 0) card.appendChild(el('div', { class: 'card-line muted' }, `${t('aliases')}: ${s.aliases.join('、')}`));
  if (s.topics.length > 0) {
    const chips = el('div', { class: 'card-topics', role: 'list', 'aria-label': t('topics') });
    for (const id of s.topics.slice(0, 12)) {
      chips.appendChild(el('button', { type: 'button', class: 'chip chip-button', role: 'listitem', 'data-action': 'topic', 'data-topic': id, title: catalog.topicTooltip(id) },
        icon('tag'), catalog.topicLabel(id)));
    }
    card.appendChild(chips);
  }
  card.setAttribute('aria-labelledby', 'speaker-card-name');
}

export function hideSpeakerCard(card: HTMLElement): void {
  clear(card);
  card.hidden = true;
}
