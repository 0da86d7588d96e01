/**
 * The curated data files of a corpus folder — speakers.json, topics.json, event.json — their
 * TypeScript shapes and validators. A malformed file gives an error that names the file and the
 * field path, e.g. "speakers.json: speakers[3].role must be one of speaker|host|panelist".
 */
import type { EventInfo, Problem, Role, Speaker, Topic } from '../model';
import { ROLES } from '../model';

/** One person as curated in speakers.json. */
export type CuratedSpeaker = Speaker;

/** What the curated files add to a parsed transcript. */
export interface CuratedData {
  speakers?: CuratedSpeaker[];
  topics?: Topic[];
  /** Extra domain words for the segmenter's user dictionary (topics.json "terms"). */
  terms?: string[];
  event?: EventInfo;
}

/** A data file that does not match its schema. `problems` lists every mismatch found. */
export class CorpusDataError extends Error {
  constructor(readonly file: string, readonly problems: Problem[]) {
    super(problems.map((p) => p.message).slice(0, 5).join('; ') + (problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''));
    this.name = 'CorpusDataError';
  }
  get field(): string | undefined {
    return this.problems[0]?.field;
  }
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class Checker {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  fail(field: string, what: string): void {
    this.problems.push({ severity: 'error', file: this.file, field, message: `${this.file}: ${field} ${what}` });
  }
  object(v: unknown, field: string): v is Record<string, unknown> {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return true;
    this.fail(field, `must be an object, got ${describe(v)}`);
    return false;
  }
  array(v: unknown, field: string): v is unknown[] {
    if (Array.isArray(v)) return true;
    this.fail(field, `must be an array, got ${describe(v)}`);
    return false;
  }
  string(v: unknown, field: string, opts: { nonEmpty?: boolean; optional?: boolean; pattern?: RegExp; patternName?: string } = {}): v is string {
    if (v === undefined && opts.optional) return true;
    if (typeof v !== 'string') { this.fail(field, `must be a string, got ${describe(v)}`); return false; }
    if (opts.nonEmpty && v.trim() === '') { this.fail(field, 'must not be empty'); return false; }
    if (opts.pattern && !opts.pattern.test(v)) { this.fail(field, `must be ${opts.patternName ?? opts.pattern}, got "${v}"`); return false; }
    return true;
  }
  strings(v: unknown, field: string, optional = false): v is string[] {
    if (v === undefined && optional) return true;
    if (!this.array(v, field)) return false;
    let ok = true;
    v.forEach((s, i) => { ok = this.string(s, `${field}[${i}]`, { nonEmpty: true }) && ok; });
    return ok;
  }
  done<T>(value: T): T {
    if (this.problems.length) throw new CorpusDataError(this.file, this.problems);
    return value;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
  return typeof v;
}

/** Parses JSON text, turning a syntax error into a CorpusDataError naming the file. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new CorpusDataError(file, [{ severity: 'error', file, message: `${file}: not valid JSON (${detail})` }]);
  }
}

/** Validates speakers.json: `{ "speakers": [ { name, title, organization, role, aliases, pinyin, en? } ] }`. */
export function validateSpeakersFile(json: unknown, file = 'speakers.json'): CuratedSpeaker[] {
  const c = new Checker(file);
  const out: CuratedSpeaker[] = [];
  if (!c.object(json, '(root)')) return c.done(out);
  const list = json.speakers;
  if (!c.array(list, 'speakers')) return c.done(out);
  const names = new Set<string>();
  list.forEach((s, i) => {
    const f = `speakers[${i}]`;
    if (!c.object(s, f)) return;
    const ok = [
      c.string(s.name, `${f}.name`, { nonEmpty: true }),
      c.string(s.title, `${f}.title`),
      c.string(s.organization, `${f}.organization`),
      c.string(s.pinyin, `${f}.pinyin`, { pattern: /^[a-zü]+( [a-zü]+)*$/, patternName: 'lower-case toneless pinyin syllables separated by spaces' }),
      c.strings(s.aliases, `${f}.aliases`),
    ].every(Boolean);
    if (!ROLES.includes(s.role as Role)) c.fail(`${f}.role`, `must be one of ${ROLES.join('|')}, got ${describe(s.role)}`);
    let en: Speaker['en'];
    if (s.en !== undefined && c.object(s.en, `${f}.en`)) {
      const e = s.en;
      if ([c.string(e.name, `${f}.en.name`, { optional: true }), c.string(e.title, `${f}.en.title`, { optional: true }),
        c.string(e.organization, `${f}.en.organization`, { optional: true })].every(Boolean)) {
        en = { name: e.name as string | undefined, title: e.title as string | undefined, organization: e.organization as string | undefined };
      }
    }
    if (typeof s.name === 'string') {
      if (names.has(s.name)) c.fail(`${f}.name`, `repeats "${s.name}"`);
      names.add(s.name);
    }
    if (ok && ROLES.includes(s.role as Role)) {
      out.push({
        name: s.name as string, title: s.title as string, organization: s.organization as string, role: s.role as Role,
        aliases: [...(s.aliases as string[])], pinyin: s.pinyin as string, ...(en ? { en } : {}),
      });
    }
  });
  return c.done(out);
}

/** Validates topics.json: `{ "topics": [Topic…], "terms"?: [string…] }` — kebab-case ids, unique across the tree. */
export function validateTopicsFile(json: unknown, file = 'topics.json'): { topics: Topic[]; terms: string[] } {
  const c = new Checker(file);
  const ids = new Set<string>();
  const topic = (t: unknown, f: string): Topic | undefined => {
    if (!c.object(t, f)) return undefined;
    let ok = c.string(t.id, `${f}.id`, { pattern: KEBAB, patternName: 'a kebab-case id' });
    if (typeof t.id === 'string') {
      if (ids.has(t.id)) { c.fail(`${f}.id`, `repeats "${t.id}"`); ok = false; }
      ids.add(t.id);
    }
    let label: Topic['label'] | undefined;
    if (c.object(t.label, `${f}.label`)) {
      const l = t.label;
      if (c.string(l.zh, `${f}.label.zh`, { nonEmpty: true }) && c.string(l.en, `${f}.label.en`, { nonEmpty: true })) label = { zh: l.zh as string, en: l.en as string };
    }
    ok = c.strings(t.keywords, `${f}.keywords`) && ok;
    ok = c.strings(t.keywordsEn, `${f}.keywordsEn`, true) && ok;
    const children: Topic[] = [];
    if (t.children !== undefined && c.array(t.children, `${f}.children`)) {
      t.children.forEach((ch, i) => { const x = topic(ch, `${f}.children[${i}]`); if (x) children.push(x); });
    }
    if (!ok || !label) return undefined;
    return {
      id: t.id as string, label, keywords: [...(t.keywords as string[])],
      ...(t.keywordsEn ? { keywordsEn: [...(t.keywordsEn as string[])] } : {}), children,
    };
  };
  const topics: Topic[] = [];
  let terms: string[] = [];
  if (c.object(json, '(root)')) {
    if (c.array(json.topics, 'topics')) json.topics.forEach((t, i) => { const x = topic(t, `topics[${i}]`); if (x) topics.push(x); });
    if (c.strings(json.terms, 'terms', true) && json.terms) terms = [...(json.terms as string[])];
  }
  return c.done({ topics, terms });
}

/** Validates event.json: name, date (YYYY-MM-DD), venue, organizers required; nameEn, city, publisher, language optional. */
export function validateEventFile(json: unknown, file = 'event.json'): EventInfo {
  const c = new Checker(file);
  if (!c.object(json, '(root)')) return c.done({} as EventInfo);
  const e = json;
  c.string(e.name, 'name', { nonEmpty: true });
  c.string(e.date, 'date', { pattern: ISO_DATE, patternName: 'a date written YYYY-MM-DD' });
  c.string(e.venue, 'venue', { nonEmpty: true });
  c.strings(e.organizers, 'organizers');
  for (const k of ['nameEn', 'city', 'publisher', 'language']) c.string(e[k], k, { optional: true, nonEmpty: true });
  const event: EventInfo = {
    name: e.name as string, date: e.date as string, venue: e.venue as string, organizers: e.organizers as string[],
  };
  for (const k of ['nameEn', 'city', 'publisher', 'language'] as const) if (typeof e[k] === 'string') event[k] = e[k] as string;
  return c.done(event);
}
