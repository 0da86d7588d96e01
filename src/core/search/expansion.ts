/**
 * Query expansion: what a query word can also mean.
 *  - English words and phrases → Chinese terms, through the topics' English labels and
 *    keywords and the bilingual glossary;
 *  - romanised names (xiehua, "Xie Hua", "huang hong") → the speaker's name;
 *  - known Chinese vocabulary (speakers' names, topic words, glossary and dictionary
 *    words), used by the near-miss corrector (nearMiss.ts).
 */
import type { Corpus, Topic } from '../model';
import { normalizeText } from '../text/normalize';
import type { Glossary } from './glossary';

export interface Expansions {
  /** English phrase (latin words joined by one space) → Chinese terms: the glossary's and topic labels (primary), topic keywords (related). */
  english: Map<string, EnglishMeaning>;
  /** Compact romanisation (letters only) → speaker names. */
  pinyin: Map<string, string[]>;
  /** Known Chinese terms (normalised). */
  vocabulary: Set<string>;
  /** Longest English phrase, in words. */
  maxPhraseWords: number;
  /** A topic's Chinese signal word → the topic's other signal words (synonyms for sparse results). */
  chineseRelated: Map<string, string[]>;
}

/** The Latin words of a normalised string: "o&m" → ["o", "m"], "people's" → ["people", "s"]. */
export function latinWords(s: string): string[] {
  return s.match(/[a-z0-9]+/g) ?? [];
}

const HAN = /\p{Script=Han}/u;

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

export interface EnglishMeaning {
  primary: string[];
  related: string[];
}

export function buildExpansions(corpora: Corpus[], glossary: Glossary | undefined, extraWords: Iterable<string> = [], normalizedWords: Iterable<string> = []): Expansions {
  const english = new Map<string, EnglishMeaning>();
  const pinyin = new Map<string, string[]>();
  const vocabulary = new Set<string>();
  const chineseRelated = new Map<string, string[]>();
  let maxPhraseWords = 1;

  const addEnglish = (phrase: string, primary: string[], related: string[] = []) => {
    const words = latinWords(normalizeText(phrase));
    if (words.length === 0) return;
    const key = words.join(' ');
    maxPhraseWords = Math.max(maxPhraseWords, words.length);
    const meaning = english.get(key) ?? { primary: [], related: [] };
    for (const z of primary) {
      const n = normalizeText(z).trim();
      if (n && !meaning.primary.includes(n)) meaning.primary.push(n);
    }
    for (const z of related) {
      const n = normalizeText(z).trim();
      if (n && !meaning.primary.includes(n) && !meaning.related.includes(n)) meaning.related.push(n);
    }
    meaning.related = meaning.related.filter((r) => !meaning.primary.includes(r));
    english.set(key, meaning);
  };
  const addVocab = (w: string) => {
    const n = normalizeText(w).trim();
    if (n.length >= 2 && hasHan(n)) vocabulary.add(n);
  };

  for (const e of glossary?.entries ?? []) {
    for (const en of e.en) addEnglish(en, e.zh);
    e.zh.forEach(addVocab);
  }
  const visit = (t: Topic) => {
    // A topic's own label is what its English name means; its other signal words are related.
    const primary = t.keywords.includes(t.label.zh) ? [t.label.zh] : [t.label.zh, ...t.keywords.slice(0, 1)];
    addEnglish(t.label.en, primary, t.keywords);
    for (const en of t.keywordsEn ?? []) addEnglish(en, primary, t.keywords);
    [t.label.zh, ...t.keywords].forEach(addVocab);
    const words = [...new Set([t.label.zh, ...t.keywords].map((w) => normalizeText(w).trim()).filter((w) => hasHan(w)))];
    for (const w of words) {
      const list = chineseRelated.get(w) ?? [];
      for (const other of words) if (other !== w && !list.includes(other)) list.push(other);
      chineseRelated.set(w, list);
    }
    t.children.forEach(visit);
  };
  // Transcripts tagged with the same topic tree (most of them: the curated one) add the same entries: visit each tree once.
  const treesSeen = new Set<string>();
  for (const c of corpora) {
    const tree = JSON.stringify(c.topics);
    if (!treesSeen.has(tree)) { treesSeen.add(tree); c.topics.forEach(visit); }
    for (const s of c.speakers) {
      addVocab(s.name);
      s.aliases.forEach(addVocab);
      for (const roman of [s.pinyin, s.en?.name]) {
        if (!roman) continue;
        const compact = latinWords(normalizeText(roman)).join('');
        if (compact.length < 2) continue;
        const names = pinyin.get(compact) ?? [];
        if (!names.includes(s.name)) names.push(s.name);
        pinyin.set(compact, names);
      }
    }
  }
  for (const w of extraWords) addVocab(w);
  // Already normalised by the segment that kept them (see corpusWords): only the filter applies.
  for (const w of normalizedWords) if (w.length >= 2 && hasHan(w)) vocabulary.add(w);
  return { english, pinyin, vocabulary, maxPhraseWords, chineseRelated };
}

/** Chinese terms for an English phrase, trying a plural's singular too. */
export function englishTerms(x: Expansions, phrase: string): EnglishMeaning | undefined {
  const hit = x.english.get(phrase);
  if (hit) return hit;
  if (phrase.endsWith('s') && phrase.length > 3) return x.english.get(phrase.slice(0, -1));
  return undefined;
}
