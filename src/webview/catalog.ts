/**
 * What the host told the webview about the loaded transcripts (from `init`):
 * the topic tree with counts and the speakers. Lookups used by every renderer.
 */
import type { HostState, SpeakerSummary, TopicNode } from '../protocol';
import { isChinese } from './strings';

let topicTree: TopicNode[] = [];
const topicById = new Map<string, TopicNode>();
const parentOf = new Map<string, string>();
let speakerList: SpeakerSummary[] = [];
const speakerByName = new Map<string, SpeakerSummary>();
let hostState: HostState = { ready: false, corpora: 0, language: 'en' };

export function setCatalog(topics: TopicNode[], speakers: SpeakerSummary[], state: HostState): void {
  topicTree = topics;
  topicById.clear();
  parentOf.clear();
  const walk = (nodes: TopicNode[], parent?: string) => {
    for (const n of nodes) {
      topicById.set(n.id, n);
      if (parent) parentOf.set(n.id, parent);
      walk(n.children, n.id);
    }
  };
  walk(topics);
  speakerList = speakers;
  speakerByName.clear();
  for (const s of speakers) if (!speakerByName.has(s.name)) speakerByName.set(s.name, s);
  hostState = state;
}

export function topics(): TopicNode[] {
  return topicTree;
}

export function speakers(): SpeakerSummary[] {
  return speakerList;
}

export function state(): HostState {
  return hostState;
}

export function speaker(name: string | null): SpeakerSummary | undefined {
  return name === null ? undefined : speakerByName.get(name);
}

export function topic(id: string): TopicNode | undefined {
  return topicById.get(id);
}

/** The topic's label in the UI language, falling back to the other language and then the id. */
export function topicLabel(id: string): string {
  const n = topicById.get(id);
  if (!n) return id;
  return (isChinese() ? n.label.zh || n.label.en : n.label.en || n.label.zh) || id;
}

/** The label in the other language (shown muted beside the main one), or ''. */
export function topicAltLabel(id: string): string {
  const n = topicById.get(id);
  if (!n) return '';
  const alt = isChinese() ? n.label.en : n.label.zh;
  return alt && alt !== topicLabel(id) ? alt : '';
}

/** The topic's label in both languages for a tooltip, e.g. "混合云 · Hybrid cloud". */
export function topicTooltip(id: string): string {
  const n = topicById.get(id);
  if (!n) return id;
  return [n.label.zh, n.label.en].filter(Boolean).join(' · ');
}

/** Drops ids that are ancestors of another id in the list (a passage is tagged with leaf and parent). */
export function mostSpecific(ids: readonly string[]): string[] {
  const ancestors = new Set<string>();
  for (const id of ids) {
    let p = parentOf.get(id);
    while (p) { ancestors.add(p); p = parentOf.get(p); }
  }
  return ids.filter((id, i) => !ancestors.has(id) && ids.indexOf(id) === i);
}
