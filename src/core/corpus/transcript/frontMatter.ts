/**
 * The front matter of a Markdown transcript: a small YAML subset between two
 * `---` lines at the very top — `key: value`, inline lists `[a, b]`, block
 * lists of `- item` lines, `#` comments. Problems carry the line they are on.
 */
import type { EventInfo, Problem } from '../../model';
import type { LineSpan } from './spans';

export interface FrontMatter {
  event: Partial<EventInfo>;
  /** Index (into the lines array) of the first line after the closing `---`; 0 when there is none. */
  bodyLine: number;
  problems: Problem[];
}

/** Keys accepted (English and Chinese) and the EventInfo field each fills. */
const KEYS: Record<string, keyof EventInfo> = {
  title: 'name', name: 'name', event: 'name', 标题: 'name', 会议: 'name',
  title_en: 'nameEn', name_en: 'nameEn', titleen: 'nameEn',
  date: 'date', 日期: 'date',
  venue: 'venue', place: 'venue', 地点: 'venue', 会场: 'venue',
  city: 'city', 城市: 'city',
  organisers: 'organizers', organizers: 'organizers', organiser: 'organizers', organizer: 'organizers', 主办: 'organizers', 主办方: 'organizers',
  language: 'language', lang: 'language', 语言: 'language',
  publisher: 'publisher', source: 'publisher', 来源: 'publisher',
};

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

function listOf(v: string): string[] {
  const t = v.trim();
  const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  return inner.split(/[,，、;；]/).map(unquote).filter((s) => s !== '');
}

/** Normalises 2017-4-22, 2017/04/22 and 2017年4月22日 to 2017-04-22; undefined when it is not a date. */
export function isoDate(v: string): string | undefined {
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseFrontMatter(text: string, ls: LineSpan[], file: string): FrontMatter {
  const problems: Problem[] = [];
  const event: Partial<EventInfo> = {};
  const at = (i: number) => text.slice(ls[i].start, ls[i].end);
  if (ls.length === 0 || at(0).trim() !== '---') return { event, bodyLine: 0, problems };

  let close = -1;
  for (let i = 1; i < ls.length; i++) if (/^(---|\.\.\.)\s*$/.test(at(i))) { close = i; break; }
  if (close < 0) {
    problems.push({ severity: 'error', file, line: 1, message: 'front matter opened with --- on line 1 is never closed (add a line with --- after it)' });
    return { event, bodyLine: 0, problems };
  }

  let listKey: keyof EventInfo | undefined;
  for (let i = 1; i < close; i++) {
    const raw = at(i);
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw);
    if (item) {
      if (listKey === 'organizers') {
        (event.organizers ??= []).push(unquote(item[1]));
        continue;
      }
      problems.push({ severity: 'error', file, line, message: `front matter line ${line}: a list item "- …" is only allowed under organisers:` });
      continue;
    }
    const kv = /^([A-Za-z_\u4e00-\u9fff]+)\s*[:：]\s*(.*)$/.exec(raw);
    if (!kv) {
      problems.push({ severity: 'error', file, line, message: `front matter line ${line} is not "key: value": ${raw.trim().slice(0, 40)}` });
      listKey = undefined;
      continue;
    }
    const key = KEYS[kv[1].toLowerCase()];
    const value = kv[2].trim();
    listKey = undefined;
    if (!key) {
      problems.push({ severity: 'warning', file, line, message: `unknown front matter key "${kv[1]}" (known: title, date, venue, city, organisers, language, publisher)` });
      continue;
    }
    if (key === 'organizers') {
      if (value === '') listKey = 'organizers';
      else event.organizers = listOf(value);
      continue;
    }
    const v = unquote(value);
    if (key === 'date') {
      const d = isoDate(v);
      if (!d) {
        problems.push({ severity: 'error', file, line, message: `front matter date "${v}" is not a date (write it as 2017-04-22)` });
        continue;
      }
      event.date = d;
      continue;
    }
    (event as Record<string, unknown>)[key] = v;
  }
  return { event, bodyLine: close + 1, problems };
}
