/**
 * The front matter of a Markdown transcript: YAML between two `---` lines at the very top,
 * read with the `yaml` package (`parseDocument` and a `LineCounter`, so every problem keeps
 * its line) — `key: value`, inline lists `[a, b]`, block lists of `- item` lines, `#`
 * comments. Two habits of Chinese writers are accepted besides: a full-width colon after the
 * key (`标题：…`) and no space after the colon (`title:…`); a value that itself contains
 * `: ` is taken as text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

/** `key: value` as the writers of transcripts put it (the key a word, the colon ASCII or full-width). */
const KEY_VALUE = /^([A-Za-z_\u4e00-\u9fff]+)\s*[:：]\s*(.*)$/;

/** Normalises 2017-4-22, 2017/04/22 and 2017年4月22日 to 2017-04-22; undefined when it is not a date. */
export function isoDate(v: string): string | undefined {
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function listOf(v: string): string[] {
  return v.split(/[,，、;；]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** `标题：x` and `title:x` as YAML reads them (`key: x`); the line keeps its number. */
function normaliseKey(line: string): string {
  return line.replace(/^([A-Za-z_\u4e00-\u9fff]+)\s*(?:：\s*|:(?=\S))/, '$1: ');
}

/** A value line quoted as one YAML string (for a value that contains `: ` or another indicator). */
function quoteValue(line: string): string {
  const kv = KEY_VALUE.exec(line);
  return kv && kv[2] !== '' ? `${kv[1]}: '${kv[2].replace(/'/g, "''")}'` : line;
}

interface Parsed { doc: Document.Parsed; lines: LineCounter; errorLines: number[] }

function parseBlock(lines: string[]): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(lines.join('\n'), { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const errorLines = doc.errors.map((e) => counter.linePos(e.pos[0]).line);
  return { doc, lines: counter, errorLines };
}

/**
 * Parses the block's lines; a line YAML refuses that reads as `key: value` is taken as text
 * (quoted) and the block parsed once more.
 */
function parseLenient(raw: string[]): { parsed: Parsed; lines: string[] } {
  let lines = raw.map(normaliseKey);
  let parsed = parseBlock(lines);
  const fixable = new Set(parsed.errorLines.filter((l) => KEY_VALUE.test(lines[l - 1] ?? '')));
  if (fixable.size > 0) {
    lines = lines.map((l, i) => (fixable.has(i + 1) ? quoteValue(l) : l));
    parsed = parseBlock(lines);
  }
  return { parsed, lines };
}

function text(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return String(node.value).trim();
}

/** The error for a line YAML refused, in the words of the format (block line `l`, file line `line`). */
function lineProblem(raw: string, line: number, detail: string): string {
  if (/^\s*-\s/.test(raw)) return `front matter line ${line}: a list item "- …" is only allowed under organisers:`;
  if (!KEY_VALUE.test(raw)) return `front matter line ${line} is not "key: value": ${raw.trim().slice(0, 40)}`;
  return `front matter line ${line}: ${detail.split('\n')[0]}`;
}

export function parseFrontMatter(text0: string, ls: LineSpan[], file: string): FrontMatter {
  const problems: Problem[] = [];
  const event: Partial<EventInfo> = {};
  const at = (i: number) => text0.slice(ls[i].start, ls[i].end);
  if (ls.length === 0 || at(0).trim() !== '---') return { event, bodyLine: 0, problems };

  let close = -1;
  for (let i = 1; i < ls.length; i++) if (/^(---|\.\.\.)\s*$/.test(at(i))) { close = i; break; }
  if (close < 0) {
    problems.push({ severity: 'error', file, line: 1, message: 'front matter opened with --- on line 1 is never closed (add a line with --- after it)' });
    return { event, bodyLine: 0, problems };
  }
  const raw = Array.from({ length: close - 1 }, (_, k) => at(k + 1));
  const { parsed, lines } = parseLenient(raw);
  // Block line l is file line l + 1 (the opening --- is line 1).
  const refused = [...new Set(parsed.errorLines)];
  for (const l of refused) {
    const err = parsed.doc.errors.find((e) => parsed.lines.linePos(e.pos[0]).line === l)!;
    problems.push({ severity: 'error', file, line: l + 1, message: lineProblem(raw[l - 1] ?? '', l + 1, err.message) });
  }
  // The other lines still count: read them without the refused ones.
  const rest = refused.length === 0 ? parsed : parseBlock(lines.map((x, i) => (refused.includes(i + 1) ? '' : x)));
  if (rest.errorLines.length === 0) readEntries(rest, raw, file, event, problems);
  return { event, bodyLine: close + 1, problems };
}

/** The event fields of a well-formed block, with a problem (at its line) for each entry that is not one. */
function readEntries(parsed: Parsed, raw: string[], file: string, event: Partial<EventInfo>, problems: Problem[]): void {
  const root = parsed.doc.contents;
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return 1 + (range ? parsed.lines.linePos(range[0]).line : 1);
  };
  if (root === null) return;
  if (!isMap(root)) {
    const line = lineOf(root);
    problems.push({ severity: 'error', file, line, message: lineProblem(raw[line - 2] ?? '', line, 'not a mapping') });
    return;
  }
  for (const pair of root.items) {
    const name = text(pair.key) ?? '';
    const line = lineOf(pair.key);
    const key = KEYS[name.toLowerCase()];
    if (!key) {
      problems.push({ severity: 'warning', file, line, message: `unknown front matter key "${name}" (known: title, date, venue, city, organisers, language, publisher)` });
      continue;
    }
    const value = pair.value as Node | null;
    if (key !== 'organizers' && isSeq(value)) {
      const itemLine = lineOf(value.items[0] ?? value);
      problems.push({ severity: 'error', file, line: itemLine, message: `front matter line ${itemLine}: a list item "- …" is only allowed under organisers:` });
      continue;
    }
    const problem = readEntry(event, key, value, line);
    if (problem) problems.push({ severity: 'error', file, line: problem.line, message: problem.message });
  }
}

function readEntry(event: Partial<EventInfo>, key: keyof EventInfo, value: Node | null, line: number): { line: number; message: string } | undefined {
  if (key === 'organizers') {
    if (isSeq(value)) event.organizers = value.items.map(text).filter((s): s is string => !!s);
    else event.organizers = listOf(text(value) ?? '');
    return undefined;
  }
  const v = text(value) ?? '';
  if (key !== 'date') {
    (event as Record<string, unknown>)[key] = v;
    return undefined;
  }
  const d = isoDate(v);
  if (!d) return { line, message: `front matter date "${v}" is not a date (write it as 2017-04-22)` };
  event.date = d;
  return undefined;
}
