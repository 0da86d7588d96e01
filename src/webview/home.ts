/**
 * The empty state, before any query: a hint, the topic tree with passage counts
 * (a click shows that topic's passages) and the list of speakers (a click opens
 * their card). Also the small header shown above a topic's passages.
 */
import type { TopicNode } from '../protocol';
import * as catalog from './catalog';
import { store } from './app/store';
import { clear, el, icon, iconButton } from './dom';
import { t } from './strings';

/** Topic ids whose children are shown; survives re-rendering within the session (kept in the store). */
const expanded = (): Set<string> => store.expandedTopics;

export function renderHome(home: HTMLElement): void {
  clear(home);
  home.appendChild(el('p', { class: 'hint' }, t('emptyHint')));
  home.appendChild(el('p', { class: 'hint keys' }, ...keyTips()));
  const state = catalog.state();
  if (!state.ready) {
    home.appendChild(el('p', { class: 'muted loading' }, icon('loading'), ' ', t('loading')));
  }
  if (state.notice) home.appendChild(el('p', { class: 'notice' }, icon('warning'), ' ', state.notice));

  if (catalog.topics().length > 0) {
    home.appendChild(el('h2', { class: 'section-heading', id: 'topics-heading' }, t('topics')));
    const tree = el('ul', { id: 'topics', class: 'topic-tree', 'aria-labelledby': 'topics-heading' });
    for (const node of catalog.topics()) tree.appendChild(topicItem(node, 1));
    home.appendChild(tree);
  }

  if (catalog.speakers().length > 0) {
    home.appendChild(el('h2', { class: 'section-heading', id: 'speakers-heading' }, t('speakers')));
    const list = el('ul', { class: 'speaker-list', 'aria-labelledby': 'speakers-heading' });
    for (const s of catalog.speakers()) {
      list.appendChild(el('li', {},
        el('button', { type: 'button', class: 'speaker-row', 'data-action': 'speaker-card', 'data-name': s.name, 'data-corpus': s.corpus, title: [s.name, s.title, s.organization].filter(Boolean).join(' · ') },
          icon('person'),
          el('span', { class: 'speaker-name' }, s.name),
          el('span', { class: 'speaker-title' }, s.title || s.organization),
          el('span', { class: 'badge', title: s.quotes === 1 ? t('oneQuote') : t('quoteCount', s.quotes) }, String(s.quotes)))));
    }
    home.appendChild(list);
  }
}

/** "↓ results · Enter open · …" with the keys set as <kbd>. */
function keyTips(): Array<Node | string> {
  const out: Array<Node | string> = [];
  const tips: Array<[string, string]> = [['↓', t('keyResults')], ['Enter', t('keyOpen')], ['I', t('keyInsert')], ['C', t('keyCopy')], ['S', t('keySpeaker')], ['Esc', t('keyBack')]];
  tips.forEach(([key, what], i) => {
    if (i > 0) out.push(' · ');
    out.push(el('kbd', {}, key), ` ${what}`);
  });
  return out;
}

function topicItem(node: TopicNode, level: number): HTMLElement {
  const hasChildren = node.children.length > 0;
  const open = expanded().has(node.id);
  const item = el('li', { class: 'topic-item', 'data-level': level });
  const row = el('div', { class: 'topic-row' });
  if (hasChildren) {
    row.appendChild(el('button', { type: 'button', class: 'twisty', 'data-action': 'toggle-topic', 'data-topic': node.id, 'aria-expanded': open ? 'true' : 'false', 'aria-label': catalog.topicLabel(node.id) },
      icon(open ? 'chevron-down' : 'chevron-right')));
  } else {
    row.appendChild(el('span', { class: 'twisty-space' }));
  }
  row.appendChild(el('button', { type: 'button', class: 'topic-label', 'data-action': 'topic', 'data-topic': node.id, title: catalog.topicTooltip(node.id), disabled: node.count === 0 },
    el('span', { class: 'topic-name' }, catalog.topicLabel(node.id),
      el('span', { class: 'topic-alt' }, catalog.topicAltLabel(node.id))),
    el('span', { class: 'badge' }, String(node.count))));
  item.appendChild(row);
  if (hasChildren && open) {
    const sub = el('ul', { class: 'topic-children' });
    for (const c of node.children) sub.appendChild(topicItem(c, level + 1));
    item.appendChild(sub);
  }
  return item;
}

/** Expands or collapses a topic in the tree; returns the new state. */
export function toggleTopic(id: string): boolean {
  if (expanded().has(id)) { expanded().delete(id); return false; }
  expanded().add(id);
  return true;
}

export function renderTopicHeader(header: HTMLElement, topicId: string, total: number): void {
  clear(header);
  header.hidden = false;
  const node = catalog.topic(topicId);
  header.appendChild(el('div', { class: 'panel-nav' }, iconButton('arrow-left', t('back'), 'back')));
  header.appendChild(el('div', { class: 'card-head' },
    el('div', { class: 'avatar topic-avatar', 'aria-hidden': 'true' }, icon('tag')),
    el('div', { class: 'card-titles' },
      el('h2', { class: 'card-name', id: 'topic-header-name' }, catalog.topicLabel(topicId)),
      node ? el('div', { class: 'card-line muted' }, [node.label.zh, node.label.en].filter((l) => l && l !== catalog.topicLabel(topicId)).join(' · ')) : null,
      el('div', { class: 'card-line' }, t('topicPassages', total)))));
  header.setAttribute('aria-labelledby', 'topic-header-name');
}
