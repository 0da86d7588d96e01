/**
 * Filters by speaker and by topic: two selects that add a filter, and the
 * active filters as removable chips. The filters travel with every search.
 */
import type { SearchFilters, TopicNode } from '../protocol';
import * as catalog from './catalog';
import { clear, el, icon } from './dom';
import { t } from './strings';

export function renderFilters(panel: HTMLElement, filters: SearchFilters): void {
  clear(panel);
  const speakerSelect = el('select', { id: 'filter-speaker', 'aria-label': t('anySpeaker'), 'data-filter': 'speakers' });
  speakerSelect.appendChild(el('option', { value: '' }, t('speakerOption')));
  for (const s of catalog.speakers()) {
    if (filters.speakers.includes(s.name)) continue;
    speakerSelect.appendChild(el('option', { value: s.name }, s.title ? `${s.name} · ${s.title}` : s.name));
  }
  const topicSelect = el('select', { id: 'filter-topic', 'aria-label': t('anyTopic'), 'data-filter': 'topics' });
  topicSelect.appendChild(el('option', { value: '' }, t('topicOption')));
  const addTopics = (nodes: TopicNode[], depth: number) => {
    for (const n of nodes) {
      if (!filters.topics.includes(n.id)) {
        topicSelect.appendChild(el('option', { value: n.id }, `${'\u00a0\u00a0'.repeat(depth)}${catalog.topicLabel(n.id)} (${n.count})`));
      }
      addTopics(n.children, depth + 1);
    }
  };
  addTopics(catalog.topics(), 0);
  panel.appendChild(el('div', { class: 'filter-selects' }, speakerSelect, topicSelect));

  const active = [
    ...filters.speakers.map((v) => ({ kind: 'speakers', value: v, label: v, icon: 'person' })),
    ...filters.topics.map((v) => ({ kind: 'topics', value: v, label: catalog.topicLabel(v), icon: 'tag' })),
  ];
  if (active.length > 0) {
    const chips = el('div', { class: 'filter-chips' });
    for (const f of active) {
      chips.appendChild(el('span', { class: 'chip filter-chip' }, icon(f.icon), f.label,
        el('button', { type: 'button', class: 'chip-remove', 'data-action': 'remove-filter', 'data-filter': f.kind, 'data-value': f.value, 'aria-label': t('removeFilter', f.label), title: t('removeFilter', f.label) }, icon('close'))));
    }
    panel.appendChild(chips);
  }
}

export function filterCount(filters: SearchFilters): number {
  return filters.speakers.length + filters.topics.length;
}
