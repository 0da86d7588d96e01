/**
 * Places and organisations: a name that ends in a venue or organisation suffix
 * (…大酒店, …中心, …医院, …公司, …集团, …联盟), or one the corpus already knows (the
 * event's venue, the speakers' organisations), near the anchor words.
 */
import { HELD_AT_VERBS, PLACE_PREPOSITIONS, TITLES_AFTER_EMPLOYER } from '../../lang/zh/answers';
import {
  ANSWER_ORG_SUFFIXES, GENERIC_ORG_KINDS, KIND_SUFFIXES, NAME_ANAPHORS, NAME_CONTINUATIONS, NOT_CITIES, PLACE_STARTS, VENUE_SUFFIXES,
} from '../../lang/zh/entities';
import { ASKED_KINDS, WHICH_WORDS } from '../../lang/zh/questions';
import { LEFT_BOUNDARY_WORDS } from '../../lang/zh/grammar';
import { CEREMONY_ADVERBS, VENUE_VERBS } from '../../lang/zh/verbs';
import { positions } from '../text';
import { findPeople } from '../people';
import { type Candidate, type ExtractInput, candidate, inQuestion, localSupport, proximity, rank, relationCloseness, segmentAround } from './candidate';

const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9（）()·]/u;
const BOUNDARIES = [...LEFT_BOUNDARY_WORDS].sort((a, b) => b.length - a.length);

/** Where a name ending at `suffixStart` begins: after the last boundary word in the run before it, or at a place name. */
function nameStart(text: string, suffixStart: number, maxLen = 24): number {
  let s = suffixStart;
  while (s > 0 && suffixStart - s < maxLen && NAME_CHAR.test(text[s - 1])) s--;
  const run = text.slice(s, suffixStart);
  // the last boundary word inside the run
  let cut = 0;
  for (let i = run.length - 1; i >= 0 && cut === 0; i--) {
    for (const b of BOUNDARIES) {
      if (run.startsWith(b, i) && i + b.length <= run.length) {
        // a place name right after a single-character boundary may itself contain it (在上海 ok; 与 inside a name rare)
        cut = i + b.length;
        break;
      }
    }
  }
  // a known place name inside the run is a better start when it comes after the cut
  let placeAt = -1;
  for (const p of PLACE_STARTS) {
    const i = run.indexOf(p, cut);
    if (i >= 0 && (placeAt < 0 || i < placeAt)) placeAt = i;
  }
  if (placeAt >= 0 && placeAt > cut && placeAt - cut <= 4) cut = placeAt;
  return s + cut;
}

export interface NameSpan {
  start: number;
  end: number;
  suffix: string;
}

/** What may follow a name ending in a one-character suffix (…市人民医院, …馆登场): else the suffix is inside a word (市场). */
const MAY_FOLLOW_NAME = new RegExp(`^(?:${NAME_CONTINUATIONS.join('|')}|${VENUE_VERBS.join('|')})`, 'u');
const ASKED_KIND = new RegExp(`(?:${WHICH_WORDS.join('|')})[\\u4e00-\\u9fff]{0,4}?(${ASKED_KINDS.join('|')})`, 'u');
const HELD_AT = new RegExp(`^(?:${HELD_AT_VERBS.join('|')})`, 'u');
const EMPLOYER_OF = new RegExp(`^(?:${TITLES_AFTER_EMPLOYER.join('|')})`, 'u');
const PREPOSITION_BEFORE = new RegExp(`(${PLACE_PREPOSITIONS.join('|')})$`, 'u');

/** Names ending in one of the suffixes. */
export function findNames(text: string, suffixes: string[]): NameSpan[] {
  const sorted = [...new Set(suffixes)].sort((a, b) => b.length - a.length);
  const out: NameSpan[] = [];
  const seenEnd = new Set<number>();
  for (const suf of sorted) {
    for (const at of positions(text, suf)) {
      const end = at + suf.length;
      if (seenEnd.has(end)) continue;
      // a one-character suffix (市, 区, 国…) must end the word: 市场, 区域, 国内 are no names
      if (suf.length === 1 && /[\u4e00-\u9fff]/u.test(text[end] ?? '') && !MAY_FOLLOW_NAME.test(text.slice(end))) continue;
      const start = nameStart(text, at);
      if (end - start <= suf.length) continue; // the bare suffix is no name
      seenEnd.add(end);
      out.push({ start, end, suffix: suf });
    }
  }
  return out;
}

/** The organisation or place kind the question asks for: 医院 in 哪家医院, 酒店 in 哪个酒店. */
function askedKind(input: ExtractInput): string | null {
  const after = input.analysis.cue ? input.analysis.text.slice(input.analysis.cue.start) : '';
  const m = ASKED_KIND.exec(after);
  return m ? m[1] : null;
}

function extractNamed(input: ExtractInput, suffixes: string[], known: string[], where: boolean): Candidate[] {
  const { text } = input;
  const kind = askedKind(input);
  const kindSuffixes = kind ? KIND_SUFFIXES.get(kind) ?? [kind] : null;
  const spans: NameSpan[] = findNames(text, suffixes);
  for (const k of known) {
    for (const at of positions(text, k)) {
      if (!spans.some((s) => s.start === at && s.end === at + k.length)) spans.push({ start: at, end: at + k.length, suffix: '' });
    }
  }
  const named = findPeople(input.analysis.text, input.forms).map((m) => m.speaker.name);
  const out: Candidate[] = [];
  for (const s of spans) {
    const span = text.slice(s.start, s.end);
    if (inQuestion(input, span)) continue;
    let resolved: string | null = null;
    if (ANAPHOR.test(span)) {
      resolved = resolveAnaphor(input, span);
      if (!resolved) continue;
    }
    if (input.caption && s.start < input.caption[1]) continue;
    let score = 0.15 + 0.35 * proximity(input, s.start, s.end) + 0.3 * relationCloseness(input, s.start, s.end);
    // the question's words must be in the name's own clause or list item, not just somewhere in the sentence
    const local = localSupport(input, s.start, s.end);
    score += local > 0 ? 0.15 * local : -0.25;
    if (kindSuffixes) {
      const fits = kindSuffixes.some((k) => span.endsWith(k));
      // 哪家酒店 / 哪家医院 name their kind; 哪家公司 / 哪个机构 also fit names without the suffix (戴尔)
      if (!fits && !GENERIC_ORG_KINDS.has(kind!)) continue;
      score += fits ? 0.25 : 0.1;
    }
    if (known.includes(span)) score += 0.1;
    // the question's named organisation sits in another list item and nothing links this name to the question
    const entities = input.hits.filter((h) => h.entity);
    if (entities.length && relationCloseness(input, s.start, s.end) === 0) {
      const [a, b] = segmentAround(text, s.start, s.end);
      if (!entities.some((h) => h.start >= a && h.end <= b)) score -= 0.2;
    }
    // 郭旭升是哪家医院的…: the organisation in the named person's own list item
    if (named.length) {
      const [a, b] = segmentAround(text, s.start, s.end);
      score += named.some((n) => text.slice(a, b).includes(n) || text.slice(s.end, s.end + 24).split(/[、，。；]/u)[0].includes(n)) ? 0.3 : -0.2;
    }
    // a "name" that swallowed the question's own relation word (…较早建设互联网医院) is a phrase, not a name
    if (input.hits.some((h) => input.relations.includes(h.word) && h.start >= s.start && h.end <= s.end)) score -= 0.3;
    const before = text.slice(Math.max(0, s.start - 2), s.start);
    const afterText = text.slice(s.end, s.end + 3);
    if (where && /在|于|到/u.test(before)) score += 0.15;
    if (where && HELD_AT.test(afterText)) score += 0.15;
    // a title follows (…信息中心主任): the name is someone's employer, not a venue
    if (where && EMPLOYER_OF.test(afterText)) score -= 0.3;
    const c = candidate(text, s.start, s.end, score);
    out.push(resolved ? { ...c, text: resolved } : c);
  }
  return rank(out);
}

/** 该公司, 本院, 此中心: a reference back to a name in an earlier sentence. */
const ANAPHOR = new RegExp(`^(?:${NAME_ANAPHORS.join('|')})`, 'u');

/** The nearest earlier name (in the same paragraph) with the anaphor's suffix. */
function resolveAnaphor(input: ExtractInput, span: string): string | null {
  const suffix = span.replace(ANAPHOR, '');
  if (!suffix || !input.before) return null;
  const kinds = KIND_SUFFIXES.get(suffix) ?? [suffix];
  const names = findNames(input.before, ANSWER_ORG_SUFFIXES).filter((n) => {
    const name = input.before!.slice(n.start, n.end);
    return kinds.some((k) => name.endsWith(k)) && !ANAPHOR.test(name);
  });
  const known = input.knownOrgs.filter((o) => input.before!.includes(o) && kinds.some((k) => o.endsWith(k)));
  const last = names.sort((a, b) => b.end - a.end)[0];
  const name = last ? input.before.slice(last.start, last.end) : known[0];
  return name && !ANAPHOR.test(name) ? name : null;
}

/** 在广州盛大启幕, 于会展中心举行: what stands between 在/于 and an event's venue verb, whatever the question's verb. */
const AT_VENUE = new RegExp(`[在于]([\\u4e00-\\u9fffA-Za-z0-9“”]{2,14}?)(?:${CEREMONY_ADVERBS.join('|')})?(?:${VENUE_VERBS.join('|')})`, 'gu');

function venuesOfEvents(input: ExtractInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of input.text.matchAll(AT_VENUE)) {
    if (/[在的了]/u.test(m[1]) || inQuestion(input, m[1])) continue;
    const start = m.index! + 1;
    out.push(candidate(input.text, start, start + m[1].length, 0.5 + 0.2 * proximity(input, start, start + m[1].length)));
  }
  return out;
}

export function extractPlace(input: ExtractInput): Candidate[] {
  // a city question also takes bare place names (上海)
  const cities = askedKind(input) === '城市' ? PLACE_STARTS.filter((p) => input.text.includes(p) && !NOT_CITIES.has(p)) : [];
  const out = extractNamed(input, VENUE_SUFFIXES, [...input.knownPlaces, ...cities], true);
  // (only when the question asks where an event was held: 在哪里举办, 在哪召开 — not 从哪里起航)
  if (!askedKind(input) && VENUE_VERBS.some((v) => input.analysis.text.includes(v))) out.push(...venuesOfEvents(input));
  // 在哪里致辞 ↔ 在大会致辞: whatever stands between 在 and the question's verb
  if (!askedKind(input)) {
    // 从哪里起航 ↔ 从上海的“云端”起航: the question's own preposition (在, 从, 到, 于, 向)
    const cueAt = input.analysis.cue?.start ?? 0;
    const prep = PREPOSITION_BEFORE.exec(input.analysis.text.slice(0, cueAt))?.[1];
    for (const h of input.hits) {
      if (h.side !== 'after') continue;
      // 在 asked is 在 or its written form 于 (於) in the text
      const re = prep ? new RegExp(`${prep}([\\u4e00-\\u9fffA-Za-z0-9“”]{1,14})$`, 'u') : /[在于]([\u4e00-\u9fffA-Za-z0-9“”]{1,14})$/u;
      const m = re.exec(input.text.slice(Math.max(0, h.start - 16), h.start));
      if (!m || (prep ? /[在了]/u : /[在的了]/u).test(m[1])) continue;
      const start = h.start - m[1].length;
      // (在厦门隆重召开: the adverb dressing the verb is no part of the place)
      const dressed = CEREMONY_ADVERBS.find((a) => m[1].length > a.length && m[1].endsWith(a))?.length ?? 0;
      if (!inQuestion(input, m[1])) out.push(candidate(input.text, start, h.start - dressed, 0.6));
    }
  }
  return rank(out);
}

export function extractOrganization(input: ExtractInput): Candidate[] {
  const cands = extractNamed(input, ANSWER_ORG_SUFFIXES, input.knownOrgs, false);
  return cands;
}
