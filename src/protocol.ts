/**
 * Messages between the extension host and the Summit sidebar webview, as valibot schemas: one
 * schema per message, the TypeScript types inferred from them, the enums taken from the
 * core's own constants (ROLES, HIT_KINDS, QUESTION_TYPES).
 *
 * Nothing that arrives over `postMessage` is trusted: `parseWebviewMessage` (host side) and
 * `parseHostMessage` (webview side) check every field's type, length and range and return a
 * clean copy (unknown fields dropped), or `undefined` for anything unknown or malformed, so
 * the receiver logs it and does nothing. A request carries an `id` chosen by the webview's
 * client; every reply to it echoes that id as `replyTo`, so stale replies are recognised.
 * Core is imported for types and for its constants modules only: this file is bundled into
 * both the extension and the browser script.
 */
import * as v from 'valibot';
import { ROLES } from './core/model';
import { HIT_KINDS } from './core/search/types';
import { QUESTION_TYPES } from './core/qa/types';
import type { TopicNode } from './core/read/topics';
import type { SpeakerCard, SpeakerRow } from './core/read/speakers';
import type { AnswerView, EvidenceView, HitView } from './core/read/resolve';

/** Upper bounds that every message is checked against. */
export const LIMITS = {
  /** Characters in a query or question (the engine truncates longer ones itself, with a note). */
  query: 1000,
  /** Characters in a name, id, corpus id, file name, label or title. */
  name: 300,
  /** Characters in a displayed text (passage, quote, evidence). */
  text: 20000,
  /** Characters in a log line or error message. */
  message: 4000,
  /** Entries in a filter list. */
  filters: 50,
  /** Results, quotes, passages or speakers in one message. */
  items: 1000,
  /** Highlight ranges per text, topics per item. */
  ranges: 500,
  /** Nodes in the topic tree (all levels) and its depth. */
  topicNodes: 2000,
  topicDepth: 6,
  /** Request ids are non-negative safe integers below this. */
  requestId: 2 ** 31,
  /** Offsets and lengths into a transcript. */
  offset: 2 ** 31,
} as const;

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const str = (max: number, min = 0) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const name = str(LIMITS.name, 1);
const strList = (maxItems: number, maxLen: number) => v.pipe(v.array(str(maxLen, 1)), v.maxLength(maxItems));
const requestId = int(0, LIMITS.requestId);

const location = v.object({
  line: int(1, LIMITS.offset),
  column: int(1, LIMITS.offset),
  offset: int(0, LIMITS.offset),
  length: int(0, LIMITS.offset),
});

/** Sorted, non-overlapping [start, end) ranges inside a text of length `len`. */
function rangesInside(ranges: ReadonlyArray<readonly [number, number]>, len: number): boolean {
  let prevEnd = 0;
  for (const [s, e] of ranges) {
    if (e > len || e < s || s < prevEnd) return false;
    prevEnd = e;
  }
  return true;
}

const ranges = v.pipe(v.array(v.tuple([int(0, LIMITS.offset), int(0, LIMITS.offset)])), v.maxLength(LIMITS.ranges));
const sourceIds = { passage: v.nullable(name), quote: v.nullable(name) };
const origin = { corpus: str(LIMITS.name), event: str(LIMITS.name), file: str(LIMITS.name) };

/** A displayed hit with the ids of its passage and quote (core's HitView). */
const hit = v.pipe(
  v.object({
    kind: v.picklist(HIT_KINDS),
    id: name,
    text: str(LIMITS.text),
    speaker: v.nullable(str(LIMITS.name)),
    location: v.nullable(location),
    topics: strList(LIMITS.ranges, LIMITS.name),
    score: v.pipe(v.number(), v.finite()),
    highlights: ranges,
    ...origin,
    partial: v.optional(v.boolean()),
    ...sourceIds,
  }),
  v.check((h) => rangesInside(h.highlights, h.text.length)),
);
const hitList = v.pipe(v.array(hit), v.maxLength(LIMITS.items));

const evidence = v.pipe(
  v.object({ text: str(LIMITS.text), speaker: v.nullable(str(LIMITS.name)), location, highlights: ranges, ...origin, ...sourceIds }),
  v.check((e) => rangesInside(e.highlights, e.text.length)),
);

const answer = v.object({
  question: str(LIMITS.query),
  type: v.picklist(QUESTION_TYPES),
  answer: v.nullable(str(LIMITS.text)),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  evidence: v.pipe(v.array(evidence), v.maxLength(LIMITS.items)),
  alternatives: strList(LIMITS.items, LIMITS.text),
});

const searchResult = v.object({
  query: str(LIMITS.query),
  terms: strList(LIMITS.ranges, LIMITS.query),
  results: hitList,
  note: v.optional(str(LIMITS.message)),
});

const filters = v.object({ speakers: strList(LIMITS.filters, LIMITS.name), topics: strList(LIMITS.filters, LIMITS.name) });

/** A node of core's topic tree read-model (src/core/read/topics.ts). */
export type { TopicNode };

const topicNode: v.GenericSchema<TopicNode> = v.object({
  id: name,
  label: v.object({ zh: str(LIMITS.name), en: str(LIMITS.name) }),
  count: int(0, LIMITS.offset),
  children: v.array(v.lazy(() => topicNode)),
});

/** At most LIMITS.topicNodes nodes, at most LIMITS.topicDepth levels. */
function treeWithinLimits(nodes: TopicNode[]): boolean {
  let left = LIMITS.topicNodes;
  const walk = (list: TopicNode[], depth: number): boolean =>
    list.every((n) => depth <= LIMITS.topicDepth && --left >= 0 && walk(n.children, depth + 1));
  return walk(nodes, 1);
}
const topicTree = v.pipe(v.array(topicNode), v.check(treeWithinLimits));

const identity = { name, title: str(LIMITS.name), organization: str(LIMITS.name), role: v.picklist(ROLES) };
const speakerRow = v.object({ ...identity, quotes: int(0, LIMITS.offset), corpus: str(LIMITS.name) });
const speakerCard = v.object({
  ...identity,
  aliases: strList(LIMITS.ranges, LIMITS.name),
  corpus: str(LIMITS.name),
  event: str(LIMITS.name),
  topics: strList(LIMITS.ranges, LIMITS.name),
  quotes: hitList,
});
const topicPassages = v.object({ topicId: name, passages: hitList, total: int(0, LIMITS.offset) });

const hostState = v.object({
  /** True once the engine has loaded and indexed. */
  ready: v.boolean(),
  /** Number of loaded transcripts. */
  corpora: int(0, LIMITS.items),
  /** UI language, e.g. "en" or "zh-cn" (vscode.env.language). */
  language: str(40),
  /** A problem worth showing (e.g. a transcript that failed to load). */
  notice: v.optional(str(LIMITS.message)),
});

// ---------------------------------------------------------------------------
// Webview → host
// ---------------------------------------------------------------------------

const message = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) => v.object({ type: v.literal(type), ...entries });

/** Search what the user typed; when the host reads it as a question it answers it too. */
const queryMessage = message('query', { id: requestId, query: str(LIMITS.query), filters, prefix: v.boolean() });

const webviewMessage = v.variant('type', [
  message('ready', {}),
  queryMessage,
  message('showSpeaker', { name, corpus: v.optional(name) }),
  message('showTopic', { topicId: name }),
  message('openLocation', { corpus: name, offset: int(0, LIMITS.offset), length: int(0, LIMITS.offset) }),
  message('copyCitation', { id: name }),
  message('insertCitation', { id: name }),
  message('log', { level: v.picklist(['info', 'warn', 'error']), message: str(LIMITS.message) }),
]);

// ---------------------------------------------------------------------------
// Host → webview
// ---------------------------------------------------------------------------

const hostMessage = v.variant('type', [
  message('init', { topics: topicTree, speakers: v.pipe(v.array(speakerRow), v.maxLength(LIMITS.items)), state: hostState }),
  /** The hits of a query; `asking` says an `answer` to the same request follows. */
  message('results', { replyTo: requestId, result: searchResult, asking: v.boolean() }),
  message('answer', { replyTo: requestId, answer }),
  message('speaker', { card: speakerCard }),
  message('topicPassages', { topic: topicPassages }),
  /** Put a query into the box and run it (the palette's "search in sidebar"). */
  message('setQuery', { query: str(LIMITS.query) }),
  message('error', { replyTo: v.optional(requestId), message: str(LIMITS.message) }),
]);

// ---------------------------------------------------------------------------
// Types, inferred from the schemas
// ---------------------------------------------------------------------------

export type SearchFilters = v.InferOutput<typeof filters>;
export type HostState = v.InferOutput<typeof hostState>;
export type ViewHit = v.InferOutput<typeof hit>;
export type ViewEvidence = v.InferOutput<typeof evidence>;
export type ViewAnswer = v.InferOutput<typeof answer>;
export type SearchResultView = v.InferOutput<typeof searchResult>;
export type SpeakerSummary = v.InferOutput<typeof speakerRow>;
export type SpeakerCardView = v.InferOutput<typeof speakerCard>;
export type TopicPassagesView = v.InferOutput<typeof topicPassages>;
export type QueryMessage = v.InferOutput<typeof queryMessage>;
export type WebviewMessage = v.InferOutput<typeof webviewMessage>;
export type WebviewMessageType = WebviewMessage['type'];
export type HostMessage = v.InferOutput<typeof hostMessage>;
export type HostMessageType = HostMessage['type'];
/** The host's replies to one request, each echoing its id. */
export type Reply = Extract<HostMessage, { replyTo?: number }>;

/**
 * The schemas mirror core's read-models (src/core/read); these type-level checks fail to
 * compile when the two drift apart.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type _ReadModelsMatch = [
  Holds<Same<SpeakerSummary, SpeakerRow>>,
  Holds<Same<Omit<SpeakerCardView, 'quotes'>, Omit<SpeakerCard, 'quotes'>>>,
  Holds<Same<ViewHit, HitView>>,
  Holds<Same<ViewEvidence, EvidenceView>>,
  Holds<Same<ViewAnswer, AnswerView>>,
];

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------

/** A message from the webview, checked and copied; `undefined` when unknown or malformed. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  return parse(webviewMessage, raw);
}

/** A message from the host (the webview trusts nothing either); `undefined` when unknown or malformed. */
export function parseHostMessage(raw: unknown): HostMessage | undefined {
  return parse(hostMessage, raw);
}

/** The checked copy, or undefined; never throws (a pathological input, e.g. a very deep tree, is refused too). */
function parse<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> | undefined {
  try {
    const r = v.safeParse(schema, raw);
    return r.success ? r.output : undefined;
  } catch {
    return undefined;
  }
}

/** A short, safe description of a rejected message for the log (never the whole payload). */
export function describeRejected(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return `non-object message (${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})`;
  }
  const type = (raw as { type?: unknown }).type;
  return `malformed or unknown message of type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : `<${typeof type}>`}`;
}
