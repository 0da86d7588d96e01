/**
 * Renders search hits (and speaker quotes, topic passages) into the #results
 * listbox: grouped by kind, each with the speaker's name and title, the event,
 * topic chips, the text with <mark> exactly at the engine's highlight ranges, and
 * the per-result actions as codicon buttons.
 */
import type { HitKind } from '../core/search/types';
import type { ViewHit as SearchHit } from '../protocol';

/** Kinds of hit in display order. */
const HIT_KIND_ORDER: readonly HitKind[] = ['quote', 'statement', 'passage', 'speaker'];
import * as catalog from './catalog';
import { store } from './app/store';
import { clear, el, highlighted, icon, iconButton } from './dom';
import { t, type StringKey } from './strings';

const GROUP_LABEL: Record<HitKind, StringKey> = { quote: 'quotes', statement: 'statements', passage: 'passages', speaker: 'speakers' };
const KIND_ICON: Record<HitKind, string> = { quote: 'quote', statement: 'comment', passage: 'note', speaker: 'person' };

/** The hit behind each option element, by element id (kept in the store). */
const hitsByOption = (): Map<string, SearchHit> => store.hits;

export function hitForOption(option: Element | null): SearchHit | undefined {
  return option ? hitsByOption().get(option.id) : undefined;
}

export interface RenderOptions {
  /** Group the hits by kind under headings (search results); otherwise one flat list. */
  grouped: boolean;
  /** Show the speaker line (off inside a speaker card, where it is always the same person). */
  showSpeaker?: boolean;
}

/** Replaces the listbox's content with `hits`. Returns the number of options rendered. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], opts: RenderOptions): number {
  clear(list);
  hitsByOption().clear();
  list.removeAttribute('aria-activedescendant');
  let n = 0;
  const groups: Array<[HitKind | null, SearchHit[]]> = opts.grouped
    ? HIT_KIND_ORDER.map((k) => [k, hits.filter((h) => h.kind === k)] as [HitKind, SearchHit[]]).filter(([, hs]) => hs.length > 0)
    : [[null, [...hits]]];
  for (const [kind, groupHits] of groups) {
    const container = kind === null ? list : groupElement(list, kind, groupHits.length);
    for (const hit of groupHits) {
      const option = renderHit(hit, `result-${n++}`, opts.showSpeaker !== false);
      hitsByOption().set(option.id, hit);
      container.appendChild(option);
    }
  }
  return n;
}

function groupElement(list: HTMLElement, kind: HitKind, count: number): HTMLElement {
  const headingId = `group-${kind}`;
  const group = el('div', { role: 'group', class: 'group', 'aria-labelledby': headingId });
  group.appendChild(el('div', { class: 'group-heading', id: headingId, role: 'presentation' },
    el('span', { class: 'group-title' }, t(GROUP_LABEL[kind])),
    el('span', { class: 'badge', 'aria-hidden': 'true' }, String(count))));
  list.appendChild(group);
  return group;
}

function renderHit(hit: SearchHit, id: string, showSpeaker: boolean): HTMLElement {
  const option = el('div', {
    role: 'option', id, class: `result kind-${hit.kind}`, 'aria-selected': 'false', 'data-kind': hit.kind,
    'data-speaker': hit.speaker ?? undefined, 'data-line': hit.location?.line, 'data-length': hit.location?.length,
  });
  const who = catalog.speaker(hit.speaker);

  if (hit.kind === 'speaker') {
    // The text is "name title organisation": the name stands out, the rest reads as its description;
    // the engine's ranges are applied to both parts, so every <mark> sits where it says.
    const name = hit.speaker && hit.text.startsWith(hit.speaker) ? hit.speaker.length : 0;
    let rest = name;
    while (rest < hit.text.length && /\s/.test(hit.text[rest])) rest++;
    option.appendChild(el('div', { class: 'result-head' },
      icon(KIND_ICON.speaker),
      name > 0 ? el('span', { class: 'speaker-name' }, highlighted(hit.text.slice(0, name), clip(hit.highlights, 0, name))) : null,
      el('span', { class: name > 0 ? 'speaker-title' : 'result-text' }, highlighted(hit.text.slice(rest), clip(hit.highlights, rest, hit.text.length)))));
  } else {
    option.appendChild(showSpeaker
      ? el('div', { class: 'result-head' },
        icon(KIND_ICON[hit.kind]),
        el('span', { class: 'speaker-name' }, hit.speaker ?? '—'),
        who ? el('span', { class: 'speaker-title', title: [who.title, who.organization].filter(Boolean).join(' · ') }, who.title || who.organization) : null)
      // Inside a speaker card the person is known: the head says where instead.
      : el('div', { class: 'result-head' },
        icon(KIND_ICON[hit.kind]),
        el('span', { class: 'speaker-title' }, hit.location ? t('line', hit.location.line) : hit.event)));
    const text = el('div', { class: 'result-text' });
    text.appendChild(highlighted(hit.text, hit.highlights));
    if (hit.kind === 'quote') text.classList.add('quote-text');
    option.appendChild(text);
  }

  const meta = el('div', { class: 'result-meta' });
  for (const topicId of catalog.mostSpecific(hit.topics).slice(0, 4)) {
    meta.appendChild(el('span', { class: 'chip', title: catalog.topicTooltip(topicId) }, catalog.topicLabel(topicId)));
  }
  const where = showSpeaker ? [hit.event, hit.location ? `L${hit.location.line}` : ''].filter(Boolean).join(' · ') : '';
  if (where) meta.appendChild(el('span', { class: 'where', title: `${hit.file}${hit.location ? `:${hit.location.line}:${hit.location.column}` : ''}` }, where));
  if (hit.partial) meta.appendChild(el('span', { class: 'partial', title: t('partial') }, icon('info')));
  option.appendChild(meta);

  option.appendChild(actions(hit));
  option.setAttribute('aria-label', accessibleLabel(hit, who?.title));
  return option;
}

function actions(hit: SearchHit): HTMLElement {
  // Pointer shortcuts only: the same actions are on the keyboard (Enter, C, I, S; see the listbox's
  // aria-keyshortcuts), so the buttons stay out of the tab order and of the accessibility tree,
  // and an option holds no interactive children.
  const bar = el('div', { class: 'actions', 'aria-hidden': 'true' });
  const tab = { tabindex: -1 };
  if (hit.location) bar.appendChild(iconButton('go-to-file', t('open'), 'open', tab));
  if (hit.kind !== 'speaker') {
    bar.appendChild(iconButton('copy', t('copy'), 'copy', tab));
    bar.appendChild(iconButton('insert', t('insert'), 'insert', tab));
  }
  if (hit.speaker) bar.appendChild(iconButton('person', t('speakerCard'), 'speaker', tab));
  return bar;
}

/** Highlight ranges restricted to [from, to) and shifted to start at 0. */
function clip(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const cs = Math.max(s, from), ce = Math.min(e, to);
    if (ce > cs) out.push([cs - from, ce - from]);
  }
  return out;
}

function accessibleLabel(hit: SearchHit, title?: string): string {
  const who = hit.speaker ? `${hit.speaker}${title ? `, ${title}` : ''}: ` : '';
  return hit.kind === 'speaker' ? hit.text : `${who}${hit.text}`;
}
