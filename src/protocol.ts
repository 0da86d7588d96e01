/**
 * Messages between the extension host and the Summit sidebar webview.
 *
 * Both directions are discriminated unions on `type`. Nothing that arrives over
 * `postMessage` is trusted: `parseWebviewMessage` (host side) and
 * `parseHostMessage` (webview side) check every field's type, length and range
 * and return `undefined` for anything unknown or malformed, so the receiver can
 * log it and do nothing. Only type imports from core: this file is bundled into
 * both the extension and the browser script.
 */
import type { Location, Role } from './core/model';
import { ROLES as CORE_ROLES } from './core/model';
import type { HitKind, SearchHit, SearchResult } from './core/search/types';
import { HIT_KINDS } from './core/search/types';
import type { Answer, Evidence, QuestionType } from './core/qa/types';

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
  /** Sequence numbers are non-negative safe integers below this. */
  seq: 2 ** 31,
  /** Offsets and lengths into a transcript. */
  offset: 2 ** 31,
} as const;

// ---------------------------------------------------------------------------
// Shared shapes
// ---------------------------------------------------------------------------

export interface SearchFilters {
  /** Speaker names; empty = everyone. */
  speakers: string[];
  /** Topic ids; empty = every topic. */
  topics: string[];
}

/** A node of the topic tree as the sidebar shows it. */
export interface TopicNode {
  id: string;
  label: { zh: string; en: string };
  /** Passages tagged with the topic (across all loaded transcripts). */
  count: number;
  children: TopicNode[];
}

/** One person in the speaker list. */
export interface SpeakerSummary {
  name: string;
  title: string;
  organization: string;
  role: Role;
  /** Number of quotes attributed to the person. */
  quotes: number;
  /** Corpus the person belongs to. */
  corpus: string;
}

/** Everything the speaker card shows. */
export interface SpeakerCard {
  name: string;
  title: string;
  organization: string;
  role: Role;
  aliases: string[];
  corpus: string;
  event: string;
  /** Topic ids the person's passages and quotes are tagged with, most frequent first. */
  topics: string[];
  /** The person's quotes, as displayable hits (kind "quote", no highlights). */
  quotes: SearchHit[];
}

/** Passages tagged with one topic. */
export interface TopicPassages {
  topicId: string;
  /** Passages, as displayable hits (kind "passage"). */
  passages: SearchHit[];
  /** Total number of tagged passages (may exceed `passages.length` when capped). */
  total: number;
}

/** What the host tells the webview about its own state. */
export interface HostState {
  /** True once the engine has loaded and indexed. */
  ready: boolean;
  /** Number of loaded transcripts. */
  corpora: number;
  /** UI language, e.g. "en" or "zh-cn" (vscode.env.language). */
  language: string;
  /** A problem worth showing (e.g. a transcript that failed to load). */
  notice?: string;
}

// ---------------------------------------------------------------------------
// Webview → host
// ---------------------------------------------------------------------------

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'search'; seq: number; query: string; filters: SearchFilters; prefix: boolean }
  | { type: 'ask'; seq: number; question: string }
  | { type: 'showSpeaker'; name: string; corpus?: string }
  | { type: 'showTopic'; topicId: string }
  | { type: 'openLocation'; corpus: string; offset: number; length: number }
  | { type: 'copyCitation'; id: string }
  | { type: 'insertCitation'; id: string }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string };

export type WebviewMessageType = WebviewMessage['type'];

// ---------------------------------------------------------------------------
// Host → webview
// ---------------------------------------------------------------------------

export type HostMessage =
  | { type: 'init'; topics: TopicNode[]; speakers: SpeakerSummary[]; state: HostState }
  | { type: 'results'; seq: number; result: SearchResult }
  | { type: 'answer'; seq: number; answer: Answer }
  | { type: 'speaker'; card: SpeakerCard }
  | { type: 'topicPassages'; topic: TopicPassages }
  /** Put a query into the box and run it (the palette's "search in sidebar"). */
  | { type: 'setQuery'; query: string }
  | { type: 'error'; seq?: number; message: string };

export type HostMessageType = HostMessage['type'];

// ---------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStr(v: unknown, max: number, min = 0): v is string {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function isNum(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

function isStrArray(v: unknown, maxItems: number, maxLen: number): v is string[] {
  return Array.isArray(v) && v.length <= maxItems && v.every((s) => isStr(s, maxLen, 1));
}

function isNullableStr(v: unknown, max: number): v is string | null {
  return v === null || isStr(v, max);
}

const ROLES: readonly string[] = CORE_ROLES;
const KINDS: readonly string[] = HIT_KINDS;
const QUESTION_TYPES: readonly string[] = ['who', 'when', 'where', 'quantity', 'organization', 'what', 'why', 'how', 'other'];
const LOG_LEVELS: readonly string[] = ['info', 'warn', 'error'];

function isLocation(v: unknown): v is Location {
  return isObj(v)
    && isInt(v.line, 1, LIMITS.offset)
    && isInt(v.column, 1, LIMITS.offset)
    && isInt(v.offset, 0, LIMITS.offset)
    && isInt(v.length, 0, LIMITS.offset);
}

/** Sorted, non-overlapping [start, end) ranges inside a text of length `len`. */
function isRanges(v: unknown, len: number): v is Array<[number, number]> {
  if (!Array.isArray(v) || v.length > LIMITS.ranges) return false;
  let prevEnd = 0;
  for (const r of v) {
    if (!Array.isArray(r) || r.length !== 2) return false;
    const [s, e] = r as unknown[];
    if (!isInt(s, 0, len) || !isInt(e, 0, len) || e < s || s < prevEnd) return false;
    prevEnd = e;
  }
  return true;
}

function isFilters(v: unknown): v is SearchFilters {
  return isObj(v)
    && isStrArray(v.speakers, LIMITS.filters, LIMITS.name)
    && isStrArray(v.topics, LIMITS.filters, LIMITS.name);
}

function isHit(v: unknown): v is SearchHit {
  return isObj(v)
    && typeof v.kind === 'string' && KINDS.includes(v.kind)
    && isStr(v.id, LIMITS.name, 1)
    && isStr(v.text, LIMITS.text)
    && isNullableStr(v.speaker, LIMITS.name)
    && (v.location === null || isLocation(v.location))
    && isStrArray(v.topics, LIMITS.ranges, LIMITS.name)
    && isNum(v.score, -Number.MAX_VALUE, Number.MAX_VALUE)
    && isRanges(v.highlights, (v.text as string).length)
    && isStr(v.corpus, LIMITS.name)
    && isStr(v.event, LIMITS.name)
    && isStr(v.file, LIMITS.name)
    && (v.partial === undefined || typeof v.partial === 'boolean');
}

function isHitList(v: unknown): v is SearchHit[] {
  return Array.isArray(v) && v.length <= LIMITS.items && v.every(isHit);
}

function isSearchResult(v: unknown): v is SearchResult {
  return isObj(v)
    && isStr(v.query, LIMITS.query)
    && isStrArray(v.terms, LIMITS.ranges, LIMITS.query)
    && isHitList(v.results)
    && (v.note === undefined || isStr(v.note, LIMITS.message));
}

function isEvidence(v: unknown): v is Evidence {
  return isObj(v)
    && isStr(v.text, LIMITS.text)
    && isNullableStr(v.speaker, LIMITS.name)
    && isLocation(v.location)
    && isRanges(v.highlights, (v.text as string).length)
    && isStr(v.corpus, LIMITS.name)
    && isStr(v.event, LIMITS.name)
    && isStr(v.file, LIMITS.name);
}

function isAnswer(v: unknown): v is Answer {
  return isObj(v)
    && isStr(v.question, LIMITS.query)
    && typeof v.type === 'string' && QUESTION_TYPES.includes(v.type as QuestionType)
    && isNullableStr(v.answer, LIMITS.text)
    && isNum(v.confidence, 0, 1)
    && Array.isArray(v.evidence) && v.evidence.length <= LIMITS.items && v.evidence.every(isEvidence)
    && isStrArray(v.alternatives, LIMITS.items, LIMITS.text);
}

function isTopicNode(v: unknown, depth: number, budget: { left: number }): v is TopicNode {
  if (depth > LIMITS.topicDepth || --budget.left < 0) return false;
  return isObj(v)
    && isStr(v.id, LIMITS.name, 1)
    && isObj(v.label) && isStr(v.label.zh, LIMITS.name) && isStr(v.label.en, LIMITS.name)
    && isInt(v.count, 0, LIMITS.offset)
    && Array.isArray(v.children)
    && v.children.every((c) => isTopicNode(c, depth + 1, budget));
}

function isTopicTree(v: unknown): v is TopicNode[] {
  const budget = { left: LIMITS.topicNodes };
  return Array.isArray(v) && v.every((n) => isTopicNode(n, 1, budget));
}

function isSpeakerSummary(v: unknown): v is SpeakerSummary {
  return isObj(v)
    && isStr(v.name, LIMITS.name, 1)
    && isStr(v.title, LIMITS.name)
    && isStr(v.organization, LIMITS.name)
    && typeof v.role === 'string' && ROLES.includes(v.role)
    && isInt(v.quotes, 0, LIMITS.offset)
    && isStr(v.corpus, LIMITS.name);
}

function isSpeakerCard(v: unknown): v is SpeakerCard {
  return isObj(v)
    && isStr(v.name, LIMITS.name, 1)
    && isStr(v.title, LIMITS.name)
    && isStr(v.organization, LIMITS.name)
    && typeof v.role === 'string' && ROLES.includes(v.role)
    && isStrArray(v.aliases, LIMITS.ranges, LIMITS.name)
    && isStr(v.corpus, LIMITS.name)
    && isStr(v.event, LIMITS.name)
    && isStrArray(v.topics, LIMITS.ranges, LIMITS.name)
    && isHitList(v.quotes);
}

function isHostState(v: unknown): v is HostState {
  return isObj(v)
    && typeof v.ready === 'boolean'
    && isInt(v.corpora, 0, LIMITS.items)
    && isStr(v.language, 40)
    && (v.notice === undefined || isStr(v.notice, LIMITS.message));
}

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------

/** Copies `fields` of `src` into a fresh object, so unexpected extra properties never travel on. */
function pick<T>(src: Obj, fields: string[]): T {
  const out: Obj = {};
  for (const f of fields) if (src[f] !== undefined) out[f] = src[f];
  return out as T;
}

/**
 * Checks a message that arrived from the webview. Returns a clean copy (only the
 * known fields) when every field is of the right type, length and range;
 * `undefined` otherwise.
 */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isObj(raw) || typeof raw.type !== 'string') return undefined;
  const m = raw;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'search':
      if (isInt(m.seq, 0, LIMITS.seq) && isStr(m.query, LIMITS.query) && isFilters(m.filters) && typeof m.prefix === 'boolean') {
        return { type: 'search', seq: m.seq, query: m.query, prefix: m.prefix, filters: { speakers: [...m.filters.speakers], topics: [...m.filters.topics] } };
      }
      return undefined;
    case 'ask':
      if (isInt(m.seq, 0, LIMITS.seq) && isStr(m.question, LIMITS.query, 1)) return { type: 'ask', seq: m.seq, question: m.question };
      return undefined;
    case 'showSpeaker':
      if (isStr(m.name, LIMITS.name, 1) && (m.corpus === undefined || isStr(m.corpus, LIMITS.name, 1))) {
        return pick<WebviewMessage>(m, ['type', 'name', 'corpus']);
      }
      return undefined;
    case 'showTopic':
      if (isStr(m.topicId, LIMITS.name, 1)) return { type: 'showTopic', topicId: m.topicId };
      return undefined;
    case 'openLocation':
      if (isStr(m.corpus, LIMITS.name, 1) && isInt(m.offset, 0, LIMITS.offset) && isInt(m.length, 0, LIMITS.offset)) {
        return { type: 'openLocation', corpus: m.corpus, offset: m.offset, length: m.length };
      }
      return undefined;
    case 'copyCitation':
    case 'insertCitation':
      if (isStr(m.id, LIMITS.name, 1)) return { type: m.type, id: m.id };
      return undefined;
    case 'log':
      if (typeof m.level === 'string' && LOG_LEVELS.includes(m.level) && isStr(m.message, LIMITS.message)) {
        return { type: 'log', level: m.level as 'info' | 'warn' | 'error', message: m.message };
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Checks a message that arrived from the host (the webview trusts nothing either).
 * Returns the message when every field is well formed, `undefined` otherwise.
 */
export function parseHostMessage(raw: unknown): HostMessage | undefined {
  if (!isObj(raw) || typeof raw.type !== 'string') return undefined;
  const m = raw;
  switch (m.type) {
    case 'init':
      if (isTopicTree(m.topics) && Array.isArray(m.speakers) && m.speakers.length <= LIMITS.items
        && m.speakers.every(isSpeakerSummary) && isHostState(m.state)) {
        return { type: 'init', topics: m.topics, speakers: m.speakers, state: m.state };
      }
      return undefined;
    case 'results':
      if (isInt(m.seq, 0, LIMITS.seq) && isSearchResult(m.result)) return { type: 'results', seq: m.seq, result: m.result };
      return undefined;
    case 'answer':
      if (isInt(m.seq, 0, LIMITS.seq) && isAnswer(m.answer)) return { type: 'answer', seq: m.seq, answer: m.answer };
      return undefined;
    case 'speaker':
      if (isSpeakerCard(m.card)) return { type: 'speaker', card: m.card };
      return undefined;
    case 'topicPassages':
      if (isObj(m.topic) && isStr(m.topic.topicId, LIMITS.name, 1) && isHitList(m.topic.passages) && isInt(m.topic.total, 0, LIMITS.offset)) {
        return { type: 'topicPassages', topic: { topicId: m.topic.topicId, passages: m.topic.passages, total: m.topic.total } };
      }
      return undefined;
    case 'setQuery':
      if (isStr(m.query, LIMITS.query)) return { type: 'setQuery', query: m.query };
      return undefined;
    case 'error':
      if ((m.seq === undefined || isInt(m.seq, 0, LIMITS.seq)) && isStr(m.message, LIMITS.message)) {
        return m.seq === undefined ? { type: 'error', message: m.message } : { type: 'error', seq: m.seq, message: m.message };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** A short, safe description of a rejected message for the log (never the whole payload). */
export function describeRejected(raw: unknown): string {
  if (!isObj(raw)) return `non-object message (${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})`;
  const type = typeof raw.type === 'string' ? JSON.stringify(raw.type.slice(0, 40)) : `<${typeof raw.type}>`;
  return `malformed or unknown message of type ${type}`;
}

/** Kinds of hit in display order. */
export const HIT_KIND_ORDER: readonly HitKind[] = ['quote', 'statement', 'passage', 'speaker'];
