/**
 * Highlight ranges: which characters of a hit's text the query matched.
 *
 * Computed on the normalised text (so 混合雲 in a Traditional transcript lights up for
 * 混合云) and mapped back to the original's UTF-16 offsets. Per query group: the whole
 * word or one of its expansions where it occurs; only when none occurs, the sub-words
 * through which the document matched. Ranges are sorted and never overlap.
 */
import type { Segmenter } from '../segmenter';
import { normalize, toOriginalRange, type NormalizedText } from '../text/normalize';
import { escapeRegExp } from '../text/regexp';
import { hasHan } from './expansion';
import { subWords, type QueryGroup } from './query';

export interface Token { term: string; start: number; end: number }

/** Every search-mode token of a text with its position: each `cut` word and the sub-words inside it. */
export function positionedTokens(text: string, segmenter: Segmenter): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const word of segmenter.cut(text)) {
    const at = text.indexOf(word, pos);
    if (at < 0) continue;
    pos = at + word.length;
    const term = word.trim();
    if (term === '') continue;
    out.push({ term, start: at, end: at + word.length });
    if (word.length > 2) {
      for (const sub of segmenter.cutForSearch(word)) {
        if (sub === word) continue;
        for (let k = word.indexOf(sub); k >= 0; k = word.indexOf(sub, k + 1)) {
          out.push({ term: sub, start: at + k, end: at + k + sub.length });
        }
      }
    }
  }
  return out;
}

/**
 * What highlighting computes from texts and words alone: a hit's normalised text, its
 * tokens, a query word's sub-words. `textWork(segmenter)` computes them; a caller that
 * highlights many hits may pass a memo of them instead.
 */
export interface TextWork {
  normalized(text: string): NormalizedText;
  /** positionedTokens of a normalised text. */
  tokens(normalizedText: string): Token[];
  subWords(term: string): string[];
}

export function textWork(segmenter: Segmenter): TextWork {
  return {
    normalized: normalize,
    tokens: (text) => positionedTokens(text, segmenter),
    subWords: (term) => subWords(term, segmenter),
  };
}

/**
 * @param matched index terms MiniSearch reported as matched in this document (includes
 *   terms found by prefix or fuzzy search).
 * @param work how texts are normalised and cut (default: computed each time).
 */
export function computeHighlights(
  original: string,
  groups: QueryGroup[],
  matched: ReadonlySet<string>,
  segmenter: Segmenter,
  work: TextWork = textWork(segmenter),
): Array<[number, number]> {
  if (groups.length === 0 || original === '') return [];
  const norm = work.normalized(original);
  const text = norm.text;
  // The text's tokens are cut only if a single character, a Latin word or sub-words need them.
  let cut: readonly Token[] | undefined;
  const tokens = () => (cut ??= work.tokens(text));
  const ranges: Array<[number, number]> = [];

  // Terms matched by prefix/fuzzy that are no query word's sub-word count as whole words.
  const allWhole = new Set(groups.flatMap(wholeTerms));
  let extra = [...matched].filter((m) => !allWhole.has(m));
  if (extra.length > 0) {
    const allSubs = new Set([...allWhole].flatMap((w) => work.subWords(w)));
    extra = extra.filter((m) => !allSubs.has(m));
  }

  for (const g of groups) {
    const whole = [...wholeTerms(g), ...extra];
    const found: Array<[number, number]> = [];
    for (const w of whole) {
      if (hasHan(w) && w.length > 1) {
        // Chinese: wherever the word occurs (also inside a longer token: 华山医院 in 上海华山医院).
        for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) found.push([k, k + w.length]);
      } else if (w.includes(' ')) {
        found.push(...latinPhrase(text, w));
      } else {
        // A single character or Latin word: only where it is a token of its own.
        for (const t of tokens()) if (t.term === w) found.push([t.start, t.end]);
      }
    }
    if (found.length === 0) {
      const subs = new Set(whole.flatMap((w) => work.subWords(w)).filter((s) => matched.has(s)));
      for (const t of tokens()) if (subs.has(t.term)) found.push([t.start, t.end]);
    }
    ranges.push(...found);
  }
  return toOriginal(norm, mergeRanges(ranges));
}

function wholeTerms(g: QueryGroup): string[] {
  return [...(g.searchWord ? [g.word] : []), ...g.alternatives, ...g.related];
}

/** Occurrences of a Latin phrase ("hybrid cloud") on word boundaries. */
function latinPhrase(text: string, phrase: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(`(?<![a-z0-9])${phrase.split(' ').map(escapeRegExp).join('[^a-z0-9\\p{Script=Han}]+')}(?![a-z0-9])`, 'gu');
  for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** Sorted, non-overlapping: where ranges overlap, the longer one (then the earlier) wins. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges
    .filter(([s, e]) => e > s)
    .sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0]);
  const kept: Array<[number, number]> = [];
  for (const r of sorted) {
    if (kept.some(([s, e]) => r[0] < e && s < r[1])) continue;
    kept.push(r);
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

function toOriginal(norm: ReturnType<typeof normalize>, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const [os, oe] = toOriginalRange(norm, s, e);
    const prev = out[out.length - 1];
    if (prev && os < prev[1]) continue;
    if (oe > os) out.push([os, oe]);
  }
  return out;
}
