/**
 * Read-model of the topic tree across corpora: the trees of every loaded corpus merged by
 * topic id (the first corpus's order first), with passage counts summed over all corpora. The
 * CLI's `summit topics`, the Topics tree, the palette and the sidebar all read it from here.
 */
import type { Corpus, Passage, Topic } from '../model';
import type { SearchHit } from '../search/types';
import { findTopic, topicPassageCounts } from '../corpus/topics';
import { passageHit } from './hits';

/** A node of the merged tree with the number of passages tagged with it (children included). */
export interface TopicNode {
  id: string;
  label: { zh: string; en: string };
  count: number;
  children: TopicNode[];
}

/** `summit topics --json`: the same tree, the count named `passages`. */
export interface TopicJson {
  id: string;
  label: { zh: string; en: string };
  children: TopicJson[];
  passages: number;
}

/** Passages tagged with one topic. */
export interface TopicPassages {
  topicId: string;
  /** Passages, as displayable hits (kind "passage"). */
  passages: SearchHit[];
  /** Total number of tagged passages (may exceed `passages.length` when capped). */
  total: number;
}

/** The topic trees of all corpora merged by id (copies; a topic appears once). */
export function mergedTopics(corpora: readonly Corpus[]): Topic[] {
  const merged: Topic[] = [];
  const seen = new Set<string>();
  const visit = (list: Topic[], into: Topic[]) => {
    for (const t of list) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      const copy: Topic = { ...t, children: [] };
      into.push(copy);
      visit(t.children ?? [], copy.children);
    }
  };
  for (const corpus of corpora) visit(corpus.topics, merged);
  return merged;
}

/** Passages tagged with each topic id, over all corpora (a parent's count includes its children's). */
export function topicCounts(corpora: readonly Corpus[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of corpora) for (const [id, n] of topicPassageCounts(c.passages)) counts.set(id, (counts.get(id) ?? 0) + n);
  return counts;
}

export function topicTree(corpora: readonly Corpus[]): TopicNode[] {
  const counts = topicCounts(corpora);
  const toNode = (t: Topic): TopicNode => ({ id: t.id, label: { zh: t.label.zh, en: t.label.en }, count: counts.get(t.id) ?? 0, children: t.children.map(toNode) });
  return mergedTopics(corpora).map(toNode);
}

export function topicJson(nodes: readonly TopicNode[]): TopicJson[] {
  return nodes.map((n) => ({ id: n.id, label: { ...n.label }, children: topicJson(n.children), passages: n.count }));
}

/** A topic of the merged tree by id. */
export function topicById(corpora: readonly Corpus[], id: string): Topic | undefined {
  return findTopic(mergedTopics(corpora), id);
}

/** The passages tagged with a topic, in corpus and transcript order, at most `limit`. */
export function topicPassages(corpora: readonly Corpus[], topicId: string, limit = 200): TopicPassages {
  const passages: SearchHit[] = [];
  let total = 0;
  for (const corpus of corpora) {
    for (const p of corpus.passages) {
      if (!p.topics.includes(topicId)) continue;
      total++;
      if (passages.length < limit) passages.push(passageHit(corpus, p));
    }
  }
  return { topicId, passages, total };
}

/**
 * The passages tagged with a topic but with none of its subtopics (the leaves a tree shows
 * under the topic beside its subtopics, so no passage is hidden), in corpus and transcript order.
 */
export function passagesDirectlyUnder(corpora: readonly Corpus[], topic: Topic): Array<{ corpus: Corpus; passage: Passage }> {
  const below = new Set<string>();
  const collect = (t: Topic) => { for (const c of t.children) { below.add(c.id); collect(c); } };
  collect(topic);
  return corpora.flatMap((corpus) => corpus.passages
    .filter((p) => p.topics.includes(topic.id) && !p.topics.some((t) => below.has(t)))
    .map((passage) => ({ corpus, passage })));
}
