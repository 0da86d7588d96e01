/**
 * What survives hiding and reopening the view (without retainContextWhenHidden):
 * the query, the filters, which panel was showing and the scroll position.
 * Stored with the webview's setState and checked on the way back in.
 */
import { LIMITS, type SearchFilters } from '../protocol';
import { getRawState, setRawState } from './vscodeApi';

export type Panel =
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'speaker'; name: string; corpus?: string }
  | { kind: 'topic'; topicId: string };

export interface ViewState {
  query: string;
  filters: SearchFilters;
  panel: Panel;
  scrollTop: number;
  filtersOpen: boolean;
}

export function defaultState(): ViewState {
  return { query: '', filters: { speakers: [], topics: [] }, panel: { kind: 'home' }, scrollTop: 0, filtersOpen: false };
}

function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= LIMITS.name).slice(0, LIMITS.filters) : [];
}

function panelOf(v: unknown): Panel {
  if (typeof v !== 'object' || v === null) return { kind: 'home' };
  const p = v as Record<string, unknown>;
  if (p.kind === 'search') return { kind: 'search' };
  if (p.kind === 'speaker' && typeof p.name === 'string' && p.name.length <= LIMITS.name) {
    return typeof p.corpus === 'string' ? { kind: 'speaker', name: p.name, corpus: p.corpus } : { kind: 'speaker', name: p.name };
  }
  if (p.kind === 'topic' && typeof p.topicId === 'string' && p.topicId.length <= LIMITS.name) return { kind: 'topic', topicId: p.topicId };
  return { kind: 'home' };
}

/** The saved state, or the default when there is none or it does not parse. */
export function loadState(): ViewState {
  return parseState(getRawState());
}

/** Reads a saved state field by field; anything missing or malformed falls back to its default. */
export function parseState(raw: unknown): ViewState {
  const s = defaultState();
  if (typeof raw !== 'object' || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.query === 'string' && r.query.length <= LIMITS.query) s.query = r.query;
  if (typeof r.filters === 'object' && r.filters !== null) {
    const f = r.filters as Record<string, unknown>;
    s.filters = { speakers: strList(f.speakers), topics: strList(f.topics) };
  }
  s.panel = panelOf(r.panel);
  if (typeof r.scrollTop === 'number' && Number.isFinite(r.scrollTop) && r.scrollTop >= 0) s.scrollTop = r.scrollTop;
  s.filtersOpen = r.filtersOpen === true;
  return s;
}

export function saveState(state: ViewState): void {
  setRawState(state);
}
