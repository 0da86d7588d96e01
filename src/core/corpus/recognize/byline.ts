/**
 * Strategy: bylines. Reporters, correspondents, editors and photographers are named after a
 * marker — （记者 李明 通讯员 张小红）, 编辑: 唐方, 文/图 王五 — and take the role `reporter`.
 * A 来源 (source) names an organisation, never a person.
 */
import { CREDIT_WORDS, DEPARTMENT_ENDINGS, NOT_NAME_LAST, REPORTER_MARKER_LIST, SOURCE_MARKER_LIST, surnameLengthAt, wordStartingAt } from '../../lang/zh';
import { trimSpan, type Span } from '../location';
import { nameAt } from './names';
import type { Mention, TextView } from './types';

const MARKER_BEFORE = /[（([【〔［\s|｜/／,，、：:]/;
const AFTER_MARKER = /^[ \u3000\u00a0]*(?:[/／][ \u3000]*(?:图|圖|文)?)?[ \u3000\u00a0]*[：:]?[ \u3000\u00a0]*/;

/** A marker at s[i] that may open a byline: at a line start, after a bracket or a separator. */
function markerAt(s: string, i: number, lineStart: number): string | undefined {
  const m = wordStartingAt(REPORTER_MARKER_LIST, s, i);
  if (!m) return undefined;
  // 新华社记者 黄敬文 摄: a two-character marker followed by a space or colon may follow any word.
  const spaced = m.length >= 2 && /[\s：:/]/.test(s[i + m.length] ?? '');
  if (i > lineStart && !MARKER_BEFORE.test(s[i - 1]) && !spaced) return undefined;
  // After 、 a marker word is an item of a list (收集、整理和反馈), unless a byline's separator follows (文、图：王五).
  if (s[i - 1] === '、' && !/[/／：:\s]/.test(s[i + m.length] ?? '')) return undefined;
  // One-character markers (文, 图) only when a slash, colon or space follows: 文/图, 图：.
  if (m.length === 1 && !/[/／：:\s]/.test(s[i + 1] ?? '')) return undefined;
  return m;
}

/** A label of two or more characters and its colon at s[i] (编辑:, 责任编辑：, 来源:): the label's length, else 0. */
function labelAt(s: string, i: number): number {
  const m = wordStartingAt(REPORTER_MARKER_LIST, s, i) ?? wordStartingAt(SOURCE_MARKER_LIST, s, i);
  return m && m.length >= 2 && /[：:]/.test(s[i + m.length] ?? '') ? m.length : 0;
}

/**
 * A reporter's name of three or two Han characters at s[i] that ends where `endsAt` says a
 * word after it starts, whatever a name's own boundary would be (张天成|编辑:, 王冬梅|报道).
 */
function nameEndedBy(s: string, i: number, endsAt: (end: number) => boolean): Mention | undefined {
  if (surnameLengthAt(s, i) === 0) return undefined;
  for (const len of [3, 2]) {
    const end = i + len;
    if (/^[\u3400-\u9fff]+$/.test(s.slice(i, end)) && endsAt(end)) return { start: i, end, evidence: 'byline', role: 'reporter' };
  }
  return undefined;
}

/** A name glued to the next label, as bylines copied from a page run together (作者:张天成编辑:…). */
function gluedName(s: string, i: number): Mention | undefined {
  return nameEndedBy(s, i, (end) => labelAt(s, end) > 0);
}

/** A two-character name padded to line up with three-character ones (记者：刘 瑾 胡某某), then a separator or the end. */
const PADDED_NAME = /^[\u3400-\u9fff][ \u3000]{1,2}[\u3400-\u9fff](?=[ \u3000\u00a0、，,）)]|$)/u;

function paddedName(s: string, i: number, lineEnd: number): Mention | undefined {
  if (surnameLengthAt(s, i) !== 1) return undefined;
  const m = PADDED_NAME.exec(s.slice(i, lineEnd));
  return m ? { start: i, end: i + m[0].length, evidence: 'byline', role: 'reporter' } : undefined;
}

/**
 * A name of a byline's list at s[i], ended by a separator, a bracket, a credit word or the end;
 * not an office that edits or supplies the page (责任编辑：宣传科, 供稿：院办), which ends as a department does.
 */
function listedName(s: string, i: number): Mention | undefined {
  const c = nameAt(s, i);
  if (!c || !CREDIT_OR_BREAK.test(s.slice(c.end, c.end + 2))) return undefined;
  if (c.end - c.start >= 3 && (DEPARTMENT_ENDINGS.has(s[c.end - 1]) || NOT_NAME_LAST.has(s[c.end - 1]))) return undefined;
  return { start: c.start, end: c.end, evidence: 'byline', role: 'reporter' };
}

/** The names after one marker: 李明 张小红, 李明、张小红, 刘 瑾 胡某某. */
function namesAfter(s: string, from: number, lineEnd: number): Mention[] {
  const out: Mention[] = [];
  let i = from + (AFTER_MARKER.exec(s.slice(from, lineEnd))?.[0].length ?? 0);
  // 作者：党委办公室 詹若曦 — a unit of up to ten characters, then a space, then the name.
  const unit = /^[\u3400-\u9fff]{2,10}[ \u3000\u00a0]+/.exec(s.slice(i, lineEnd));
  if (unit && !nameAt(s, i)) i += unit[0].length;
  while (i < lineEnd) {
    const glued = gluedName(s, i);
    if (glued) { out.push(glued); break; }
    const name = paddedName(s, i, lineEnd) ?? listedName(s, i);
    if (!name) break;
    out.push(name);
    i = name.end;
    while (i < lineEnd && /[ \u3000\u00a0、，,]/.test(s[i])) i++;
  }
  return out;
}

/** What follows a photographer's or reporter's name in a credit (新华社记者黄某摄, 人民网记者王某报道). */
const CREDIT_AFTER = new RegExp(`^(?:${CREDIT_WORDS.join('|')})`);
/** What may follow a byline's name: a break, a credit word or the end. */
const CREDIT_OR_BREAK = new RegExp(`^(?:[\\s、，,）)\\]】|｜/／]|${CREDIT_WORDS.join('|')}|$)`);

/**
 * A credit glued into a caption or a sentence (……提问（人民网记者黄某摄）, 新华社记者黄某摄): a
 * reporter marker after any word, when the name after it is followed by 摄 or 报道.
 */
function creditAt(s: string, i: number, lineEnd: number): Mention | undefined {
  const marker = wordStartingAt(REPORTER_MARKER_LIST, s, i);
  if (!marker || marker.length < 2) return undefined;
  return nameEndedBy(s, i + marker.length, (end) => end <= lineEnd && CREDIT_AFTER.test(s.slice(end, end + 2)));
}

/** A photo or report credit that is a bracket of its own with no marker, as captions close: （麦某摄）, （张某 摄）. */
const BRACKET_CREDIT_END = new RegExp(`^[ \u3000]?(?:${CREDIT_WORDS.join('|')})[）)]`);

function bracketCreditAt(s: string, i: number, lineEnd: number): Mention | undefined {
  if (s[i] !== '（' && s[i] !== '(') return undefined;
  return nameEndedBy(s, i + 1, (end) => end < lineEnd && BRACKET_CREDIT_END.test(s.slice(end, end + 5)));
}

export function bylineNames(view: TextView): Mention[] {
  const s = view.shadow;
  const out: Mention[] = [];
  for (const line of view.lines) {
    for (let i = line.start; i < line.end; i++) {
      const m = markerAt(s, i, line.start);
      if (!m) {
        const credit = creditAt(s, i, line.end) ?? bracketCreditAt(s, i, line.end);
        if (credit) { out.push(credit); i = credit.end - 1; }
        continue;
      }
      const names = namesAfter(s, i + m.length, line.end);
      out.push(...names);
      if (names.length) i = names[names.length - 1].end - 1;
    }
  }
  return out;
}

/** What may follow an author's name on its line: nothing, or the date after a space (程某 2022-03-25). */
const AUTHOR_LINE_REST = /^(?:[ \u3000\u00a0]+[0-9０-９]{4}[-./年][^\n]*)?[ \u3000\u00a0]*$/u;
/** A title line: no sentence ends in it, no colon labels it. */
const TITLE_LINE = /^[^。！？!?：:]{5,60}$/u;

/** The first `n` lines that hold more than whitespace, trimmed. */
function firstFilled(s: string, lines: readonly Span[], n: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < lines.length && out.length < n; i++) {
    const l = trimSpan(s, lines[i]);
    if (l.end > l.start) out.push(l);
  }
  return out;
}

/**
 * The author of a page that names them with no marker, on the line right under the title
 * (a title, then 程某 alone or with the date: how blog and WeChat pages set their byline). Not
 * for a speech published on its own, whose name under the title is the speaker's (speechLayout.ts).
 */
export function authorUnderTitle(view: TextView): Mention[] {
  const s = view.shadow;
  const [title, line] = firstFilled(s, view.lines, 2);
  if (!line || !TITLE_LINE.test(s.slice(title.start, title.end))) return [];
  const c = nameAt(s, line.start);
  if (!c || c.weak || !AUTHOR_LINE_REST.test(s.slice(c.end, line.end))) return [];
  return [{ start: c.start, end: c.end, evidence: 'byline', role: 'reporter' }];
}
