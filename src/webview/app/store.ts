/**
 * The sidebar's one store: every piece of mutable state of the webview lives here — what is
 * persisted across hide/show (the view state), the request client, what the host told us
 * (the catalog), what is on show (hits, evidence, expanded topics) and the language. The view
 * modules read it; only actions and events change it. Pure data: runs on plain Node too.
 */
import type { HostState, SpeakerSummary, TopicNode, ViewAnswer, ViewEvidence, ViewHit } from '../../protocol';
import { LIMITS } from '../../protocol';
import { defaultState, loadState, type ViewState } from '../state';

/** What the host said about the loaded transcripts (`init`), with lookups. */
export interface Catalog {
  topics: TopicNode[];
  topicById: Map<string, TopicNode>;
  parentOf: Map<string, string>;
  speakers: SpeakerSummary[];
  speakerByName: Map<string, SpeakerSummary>;
  host: HostState;
}

export function emptyCatalog(): Catalog {
  return { topics: [], topicById: new Map(), parentOf: new Map(), speakers: [], speakerByName: new Map(), host: { ready: false, corpora: 0, language: 'en' } };
}

export function buildCatalog(topics: TopicNode[], speakers: SpeakerSummary[], host: HostState): Catalog {
  const c: Catalog = { ...emptyCatalog(), topics, speakers, host };
  const walk = (nodes: TopicNode[], parent?: string) => {
    for (const n of nodes) {
      c.topicById.set(n.id, n);
      if (parent) c.parentOf.set(n.id, parent);
      walk(n.children, n.id);
    }
  };
  walk(topics);
  for (const s of speakers) if (!c.speakerByName.has(s.name)) c.speakerByName.set(s.name, s);
  return c;
}

/**
 * Request ids for the host: each query gets a fresh one; a reply (`replyTo`) to any but the
 * latest is stale and dropped.
 */
export class RequestClient {
  private last = 0;

  next(): number {
    this.last = this.last >= LIMITS.requestId ? 1 : this.last + 1;
    return this.last;
  }

  get latest(): number {
    return this.last;
  }

  isCurrent(replyTo: number | undefined): boolean {
    return replyTo === undefined || replyTo === this.last;
  }
}

/** The query as it goes to the host: trimmed and cut to the protocol's limit (with a note). */
export function queryText(raw: string): { query: string; truncated: boolean } {
  const q = raw.trim();
  return q.length > LIMITS.query ? { query: q.slice(0, LIMITS.query), truncated: true } : { query: q, truncated: false };
}

export class Store {
  /** Persisted with the webview's setState (query, filters, panel, scroll). */
  view: ViewState;
  readonly requests = new RequestClient();
  catalog: Catalog = emptyCatalog();
  /** 'zh' when the UI is Chinese. */
  lang: 'en' | 'zh' = 'en';
  /** The hit behind each result option, and the evidence behind each "open" button, by element id. */
  readonly hits = new Map<string, ViewHit>();
  readonly evidence = new Map<string, ViewEvidence>();
  /** Topic ids whose children the home tree shows. */
  readonly expandedTopics = new Set<string>();
  /** Typing: the debounce timer and whether an input method is composing. */
  timer: ReturnType<typeof setTimeout> | undefined;
  composing = false;
  /** Set when the query was cut to the protocol's limit; shown with the result count. */
  longQueryNote = '';
  /** Renders the current panel again from the message that filled it (after `init`). */
  rerender: (() => void) | undefined;
  /** The answer on show, kept so a pending one can dim it instead of jumping. */
  lastAnswer: ViewAnswer | undefined;
  /** Scroll position to restore once the restored panel has rendered. */
  pendingScroll: number | undefined;
  scrollFrame = 0;

  constructor(view: ViewState = defaultState()) {
    this.view = view;
    this.pendingScroll = view.scrollTop > 0 ? view.scrollTop : undefined;
  }
}

/** The sidebar's store, restored from the saved view state. */
export const store = new Store(loadState());
