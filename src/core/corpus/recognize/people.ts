/**
 * People of a report, found by method: every strategy (title before the name, name before a
 * title, subject of a speech verb, byline (a reporter's, or a published speech's), coordination) proposes mentions; a name is a person
 * when at least one strategy vouches for it, and then every other place the text writes the
 * name is a mention too. Names are keyed by their Simplified form, shown as the text writes them.
 */
import type { Role } from '../../model';
import { authorUnderTitle, bylineNames } from './byline';
import { bareLists, coordinatedNames, fillsItem, listsBeforeGroups } from './listed';
import { namesBeforeTitles } from './nameTitle';
import { titledNames } from './titled';
import { namesBeforeBracketedPosts, programmeRows } from './rows';
import { speechBylineNames } from './speechLayout';
import type { Mention, TextView } from './types';
import { namesBeforeVerbs } from './verbal';

export interface FoundPerson {
  /** The name as the text writes it (first mention). */
  name: string;
  /** Simplified form: the identity across scripts. */
  key: string;
  title: string;
  organization: string;
  /** Role the context gives: reporter (byline only), host (主持); undefined otherwise. */
  role?: Role;
  mentions: Mention[];
}

const STRENGTH: Record<Mention['evidence'], number> = { title: 5, byline: 4, 'name-title': 3, verb: 2, list: 1, repeat: 0 };

function mergeMentions(all: Mention[]): Mention[] {
  const byStart = new Map<number, Mention>();
  for (const m of all) {
    const have = byStart.get(m.start);
    // The stronger evidence stands; a role either gives is kept (本报记者王某: a title and a byline, a reporter).
    if (!have || STRENGTH[m.evidence] > STRENGTH[have.evidence]) byStart.set(m.start, have?.role && !m.role ? { ...m, role: have.role } : m);
    else if (m.role && !have.role) byStart.set(m.start, { ...have, role: m.role });
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Every other place the text writes a found name (not inside a longer found name). */
function repeats(view: TextView, keys: Set<string>, found: Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of found) for (let k = m.start; k < m.end; k++) covered.add(k);
  const out: Mention[] = [];
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    for (let i = view.shadow.indexOf(key); i >= 0; i = view.shadow.indexOf(key, i + 1)) {
      if (covered.has(i)) continue;
      for (let k = i; k < i + key.length; k++) covered.add(k);
      out.push({ start: i, end: i + key.length, evidence: 'repeat' });
    }
  }
  return out;
}

/** A name padded to line up in a programme (许  伟: rows.ts) is the name without its spaces. */
const PADDED = /^[\p{Script=Han}][ \t\u3000]+[\p{Script=Han}]$/u;

function unpadded(name: string): string {
  return PADDED.test(name) ? name.replace(/[ \t\u3000]+/gu, '') : name;
}

function keyOf(view: TextView, m: Mention): string {
  return unpadded(view.shadow.slice(m.start, m.end));
}

function personOf(view: TextView, key: string, mentions: Mention[]): FoundPerson {
  const titled = mentions.find((m) => m.title && m.organization) ?? mentions.find((m) => m.title) ?? mentions.find((m) => m.organization);
  const nonByline = mentions.some((m) => m.evidence !== 'byline' && m.evidence !== 'repeat' && m.role !== 'reporter');
  const role: Role | undefined = !nonByline && mentions.some((m) => m.role === 'reporter') ? 'reporter'
    : mentions.some((m) => m.role === 'host') ? 'host' : undefined;
  const first = mentions[0];
  return {
    name: unpadded(view.text.slice(first.start, first.end)), key, title: titled?.title ?? '', organization: titled?.organization ?? '',
    ...(role ? { role } : {}), mentions,
  };
}

/** What joins a list: a "name" after a title that starts with one is the list going on (教授|和微医…). */
const JOINS_LIST = /[和与及并同跟]/;

/**
 * A title belongs to one person, read either as closing the name before it (张某某教授) or as
 * opening the name after it (部长石某某). When both readings meet, a list joiner after the title
 * keeps it with the name before (…张某某教授和微医首席…: 和微医 is no one); otherwise the name
 * after wins, and the "name" before is an organisation's short name (卫福|部长|石某某).
 */
function oneTitleEach(view: TextView, nameTitles: Mention[], titled: Mention[]): { nameTitles: Mention[]; titled: Mention[] } {
  const joined = (m: Mention) => JOINS_LIST.test(view.shadow[m.start]);
  // where a name's title ends; where a titled name not joined to a list starts
  const titleEnds = new Set(nameTitles.filter((t) => t.title).map((t) => t.end + t.title!.length));
  const unjoinedStarts = new Set(titled.filter((m) => !joined(m)).map((m) => m.start));
  return {
    nameTitles: nameTitles.filter((t) => !(t.title && unjoinedStarts.has(t.end + t.title.length))),
    titled: titled.filter((m) => !(joined(m) && titleEnds.has(m.start))),
  };
}

/** The people the text names, in order of first mention. */
export function recognizePeople(view: TextView): FoundPerson[] {
  const { nameTitles, titled } = oneTitleEach(view, namesBeforeTitles(view), titledNames(view));
  const speech = speechBylineNames(view);
  const bylines = [...bylineNames(view), ...(speech.length ? [] : authorUnderTitle(view))];
  const direct = mergeMentions([...titled, ...nameTitles, ...namesBeforeVerbs(view), ...bylines, ...bareLists(view), ...listsBeforeGroups(view), ...programmeRows(view), ...namesBeforeBracketedPosts(view), ...speech]);
  const all = mergeMentions([...direct, ...coordinatedNames(view, direct)]);
  const keys = new Set(all.map((m) => keyOf(view, m)));
  // A list can name a person whom the text vouches for elsewhere (许柯、尹忠诚、邵雷等院领导 … 许柯同志强调): its other names are people too.
  const repeated = repeats(view, keys, all);
  const joined = coordinatedNames(view, repeated.filter((m) => fillsItem(view, m))).filter((m) => !keys.has(keyOf(view, m)));
  for (const m of joined) keys.add(keyOf(view, m));
  // (with no one joined, the repeats are those already found)
  const listed = joined.length ? mergeMentions([...all, ...joined]) : all;
  const everything = mergeMentions([...listed, ...(joined.length ? repeats(view, keys, listed) : repeated)]);
  const groups = new Map<string, Mention[]>();
  for (const m of everything) {
    const key = keyOf(view, m);
    const ms = groups.get(key);
    if (ms) ms.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.entries()].map(([key, ms]) => personOf(view, key, ms));
}
