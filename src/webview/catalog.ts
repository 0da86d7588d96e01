/**
 * What the host told the webview about the loaded transcripts (from `init`):
 * the topic tree with counts and the speakers (kept in the store). Lookups used by every renderer.
 */
import type { HostState, SpeakerSummary, TopicNode } from '../protocol';
import { isChinese } from './strings';
import { buildCatalog, store } from './app/store';

export function setCatalog(topics: TopicNode[], speakers: SpeakerSummary[], host: HostState): void {
  store.catalog = buildCatalog(topics, speakers, host);
}

export function topics(): TopicNode[] {
  return store.catalog.topics;
}

export function speakers(): SpeakerSummary[] {
  return store.catalog.speakers;
}

export function state(): HostState {
  return store.catalog.host;
}

export function speaker(name: string | null): SpeakerSummary | undefined {
  return name === null ? undefined : store.catalog.speakerByName.get(name);
}

export function topic(id: string): TopicNode | undefined {
  return store.catalog.topicById.get(id);
}

/** The topic's label in the UI language, falling back to the other language and then the id. */
export function topicLabel(id: string): string {
  const n = store.catalog.topicById.get(id);
  if (!n) return id;
  return (isChinese() ? n.label.zh || n.label.en : n.label.en || n.label.zh) || id;
}

/** The label in the other language (shown muted beside the main one), or ''. */
export function topicAltLabel(id: string): string {
  const n = store.catalog.topicById.get(id);
  if (!n) return '';
  const alt = isChinese() ? n.label.en : n.label.zh;
  return alt && alt !== topicLabel(id) ? alt : '';
}

/** The topic's label in both languages for a tooltip, e.g. "混合云 · Hybrid cloud". */
export function topicTooltip(id: string): string {
  const n = store.catalog.topicById.get(id);
  if (!n) return id;
  return [n.label.zh, n.label.en].filter(Boolean).join(' · ');
}

/** Drops ids that are ancestors of another id in the list (a passage is tagged with leaf and parent). */
export function mostSpecific(ids: readonly string[]): string[] {
  const ancestors = new Set<string>();
  for (const id of ids) {
    let p = store.catalog.parentOf.get(id);
    while (p) { ancestors.add(p); p = store.catalog.parentOf.get(p); }
  }
  return ids.filter((id, i) => !ancestors.has(id) && ids.indexOf(id) === i);
}
