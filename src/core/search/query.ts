/**
 * From what a person typed to a MiniSearch query tree.
 *
 * normalise → near-miss corrections → segment with `cut` → drop stop words and
 * separators → expand (English, pinyin) → one group per word. A group matches the
 * word itself OR all of its search-mode sub-words (so 华山医院 finds 上海华山医院,
 * which the index holds as 上海/华山/医院/上海华山医院) OR any of its expansions.
 * The query is AND over groups; the engine falls back to OR when that finds nothing.
 */
import type { IndexQuery as Query } from './segmentQuery';
import type { Segmenter } from '../segmenter';
import { isSeparatorToken, mainlandPhrasing, normalizeText } from '../text/normalize';
import { isStopWord } from '../text/stopwords';
import { englishTerms, hasHan, latinWords, type Expansions } from './expansion';
import type { NearMissCorrector } from './nearMiss';

/** Longer queries are cut to this many characters (with a note). */
export const MAX_QUERY_CHARS = 500;
/** At most this many words are searched (each costs a few index look-ups). */
export const MAX_GROUPS = 32;
/** Weight of a match through sub-words rather than the whole word. */
const SUB_WORD_BOOST = 0.6;
/** Weight of a match through an expansion (English, pinyin, correction). */
const EXPANSION_BOOST = 0.9;
/** Weight of a match through a related term (a topic's other signal words). */
const RELATED_BOOST = 0.35;

export type GroupSource = 'word' | 'english' | 'pinyin' | 'corrected';

export interface QueryGroup {
  /** The word as typed (normalised). */
  word: string;
  /** Other terms it stands for (Chinese for English words, the name for pinyin, the corrected term). */
  alternatives: string[];
  /** Terms related to it (a topic's other signal words for an English topic name), weighted lower. */
  related: string[];
  source: GroupSource;
  /** Whether the word itself is searched (false for romanised names, which the index has only as pinyin). */
  searchWord: boolean;
}

export interface QueryPlan {
  query: string;
  normalized: string;
  groups: QueryGroup[];
  /** The words the query was understood as, for display. */
  terms: string[];
  /** The query as one unbroken Chinese phrase (without spaces), when it is plain words; documents containing it match every group and rank higher. */
  phrase?: string;
  note?: string;
}

export interface PlanContext {
  segmenter: Segmenter;
  expansions: Expansions;
  corrector?: NearMissCorrector;
  /** Shortest window the near-miss corrector tries (default 3; 2 as a last resort when nothing matched). */
  nearMissMinLength?: number;
  /** Also search a topic word's fellow signal words (used when the plain query found little). */
  topicSynonyms?: boolean;
}

const LATIN_TOKEN = /^[a-z0-9][a-z0-9.+#&_%-]*$/;

export function planQuery(query: string, ctx: PlanContext): QueryPlan {
  let note: string | undefined;
  let text = typeof query === 'string' ? query : '';
  if (text.length > MAX_QUERY_CHARS) {
    note = `The query was ${text.length.toLocaleString('en-US')} characters long; only the first ${MAX_QUERY_CHARS} were searched.`;
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  const normalized = normalizeText(mainlandPhrasing(text)).replace(/\s+/g, ' ').trim();
  const groups: QueryGroup[] = [];
  if (normalized !== '') {
    for (const piece of splitCorrections(normalized, ctx.corrector, ctx.nearMissMinLength)) {
      if (piece.correction) {
        groups.push({ word: piece.text, alternatives: [piece.correction], related: [], source: 'corrected', searchWord: true });
      } else {
        groups.push(...wordGroups(piece.text, ctx));
      }
    }
  }
  let unique = dedupeGroups(groups);
  if (unique.length > MAX_GROUPS) {
    note = note
      ? `${note.replace(/\.$/, '')}; of those, only the first ${MAX_GROUPS} words.`
      : `The query has ${unique.length} words; only the first ${MAX_GROUPS} were searched.`;
    unique = unique.slice(0, MAX_GROUPS);
  }
  const terms: string[] = [];
  for (const g of unique) {
    for (const t of [...(g.searchWord ? [g.word] : []), ...g.alternatives, ...g.related]) if (!terms.includes(t)) terms.push(t);
  }
  const compactQuery = normalized.replace(/\s+/g, '');
  const phrase = unique.length >= 1 && unique.every((g) => g.source === 'word') && hasHan(compactQuery) && compactQuery.length >= 2 ? compactQuery : undefined;
  return { query, normalized, groups: unique, terms, note, phrase };
}

interface Piece { text: string; correction?: string }

/** Splits the query around near-miss corrections found in its runs of Chinese characters. */
function splitCorrections(text: string, corrector: NearMissCorrector | undefined, minLength?: number): Piece[] {
  if (!corrector) return [{ text }];
  const pieces: Piece[] = [];
  let last = 0;
  const runs = text.matchAll(/\p{Script=Han}+/gu);
  for (const m of runs) {
    for (const c of corrector.correct(m[0], minLength)) {
      const start = m.index! + c.start;
      if (start > last) pieces.push({ text: text.slice(last, start) });
      pieces.push({ text: c.original, correction: c.term });
      last = m.index! + c.end;
    }
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** Segments a piece of the query and expands its Latin words. */
function wordGroups(text: string, ctx: PlanContext): QueryGroup[] {
  const tokens = ctx.segmenter.cut(text).map((t) => t.trim()).filter((t) => t !== '' && !isSeparatorToken(t));
  const groups: QueryGroup[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    if (!LATIN_TOKEN.test(tok)) {
      if (!isStopWord(tok)) {
        const related = ctx.topicSynonyms ? ctx.expansions.chineseRelated.get(tok) ?? [] : [];
        groups.push({ word: tok, alternatives: [], related, source: 'word', searchWord: true });
      }
      i++;
      continue;
    }
    // A run of Latin tokens: longest phrase first (names in pinyin, then glossary phrases).
    let j = i;
    while (j < tokens.length && LATIN_TOKEN.test(tokens[j])) j++;
    const words = tokens.slice(i, j).flatMap((t) => latinWords(t));
    groups.push(...latinGroups(words, ctx.expansions));
    i = j;
  }
  return groups;
}

function latinGroups(words: string[], x: Expansions): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let len = Math.min(Math.max(x.maxPhraseWords, 4), words.length - i); len >= 1; len--) {
      const span = words.slice(i, i + len);
      const names = x.pinyin.get(span.join(''));
      if (names) {
        groups.push({ word: span.join(' '), alternatives: names, related: [], source: 'pinyin', searchWord: false });
        i += len; matched = true; break;
      }
      const zh = englishTerms(x, span.join(' '));
      if (zh && zh.primary.length + zh.related.length > 0) {
        groups.push({ word: span.join(' '), alternatives: zh.primary, related: zh.related, source: 'english', searchWord: true });
        i += len; matched = true; break;
      }
    }
    if (!matched) {
      if (!isStopWord(words[i])) groups.push({ word: words[i], alternatives: [], related: [], source: 'word', searchWord: true });
      i++;
    }
  }
  return groups;
}

function dedupeGroups(groups: QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = `${g.word}|${g.alternatives.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Search-mode sub-words of a term, topped up with single characters the sub-words leave uncovered. */
export function subWords(term: string, segmenter: Segmenter): string[] {
  if (!hasHan(term) || term.length < 2) return [];
  const subs = segmenter.cutForSearch(term).map((s) => s.trim())
    .filter((s) => s !== '' && s !== term && !isSeparatorToken(s));
  const covered = new Array<boolean>(term.length).fill(false);
  for (const s of subs) {
    let from = 0;
    for (let at = term.indexOf(s, from); at >= 0; at = term.indexOf(s, from)) {
      for (let k = at; k < at + s.length; k++) covered[k] = true;
      from = at + 1;
    }
  }
  for (let k = 0; k < term.length; k++) if (!covered[k] && !/\s/.test(term[k])) subs.push(term[k]);
  return [...new Set(subs)].filter((s) => !isStopWord(s));
}

/** One way a group can match, searched on its own; the group's score in a document is its best variant's. */
export interface Variant {
  query: Query;
  weight: number;
}

/** Chinese terms of a group to look up as plain substrings too, with their weights. */
export function substringTerms(g: QueryGroup): Array<{ term: string; weight: number }> {
  const out: Array<{ term: string; weight: number }> = [];
  const add = (t: string, w: number) => { if (hasHan(t) && t.replace(/\s+/g, '').length >= 2) out.push({ term: t, weight: w }); };
  if (g.searchWord) add(g.word, 1);
  g.alternatives.forEach((a) => add(a, EXPANSION_BOOST));
  g.related.forEach((r) => add(r, RELATED_BOOST));
  return out;
}

/** A term's variants: the term itself (fuzzy for long Latin words, prefix when typing) and the AND of its sub-words. */
function termVariants(term: string, segmenter: Segmenter, prefix: boolean, weight: number): Variant[] {
  if (!hasHan(term)) {
    const words = latinWords(term).filter((w) => !isStopWord(w));
    if (words.length === 0) return [];
    const leaves: Query[] = words.map((w, i) => ({
      queries: [w],
      prefix: prefix && i === words.length - 1,
      fuzzy: w.length >= 8 ? 2 : w.length >= 5 ? 1 : false,
    }));
    return [{ query: leaves.length === 1 ? leaves[0] : { queries: leaves, combineWith: 'AND' }, weight }];
  }
  const out: Variant[] = [{ query: { queries: [term], prefix }, weight }];
  const subs = subWords(term, segmenter);
  if (subs.length > 0) out.push({ query: { queries: subs, combineWith: 'AND', prefix: false }, weight: weight * SUB_WORD_BOOST });
  return out;
}

export function groupVariants(g: QueryGroup, segmenter: Segmenter, prefix: boolean): Variant[] {
  const out: Variant[] = [];
  if (g.searchWord) out.push(...termVariants(g.word, segmenter, prefix, 1));
  for (const alt of g.alternatives) out.push(...termVariants(alt, segmenter, false, EXPANSION_BOOST));
  for (const rel of g.related) out.push(...termVariants(rel, segmenter, false, RELATED_BOOST));
  return out;
}

/** Variants of every group; prefix search applies to the last group when typing. */
export function compilePlan(plan: QueryPlan, segmenter: Segmenter, opts: { prefix?: boolean } = {}): Variant[][] {
  const last = plan.groups.length - 1;
  return plan.groups.map((g, i) => groupVariants(g, segmenter, !!opts.prefix && i === last && g.source === 'word'));
}
