/**
 * Topic tagging: a text is about a topic when one of the topic's signal words occurs in it.
 * A match on a child topic also tags its ancestors, so parents count their children's passages.
 */
import type { Passage, Topic } from '../model';
import { UnitSet } from '../text/unitSet';

interface FlatTopic { id: string; words: SignalWord[]; ancestors: string[] }

/** A lower-cased signal word and whether it has Latin letters (decided once, not per text). */
interface SignalWord { word: string; latin: boolean }

/** Latin-letter keywords (AI, GCSAS) match whole words only, so "ai" is not found in "said". */
function occurs(lower: string, { word, latin }: SignalWord): boolean {
  if (!latin) return lower.includes(word);
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    const before = lower[i - 1] ?? ' ';
    const after = lower[i + word.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
  }
  return false;
}

const cache = new WeakMap<Topic[], FlatTopic[]>();

/** Pre-order list of the tree with each topic's lower-cased signal words and its ancestors. */
function flatten(topics: Topic[]): FlatTopic[] {
  const hit = cache.get(topics);
  if (hit) return hit;
  const out: FlatTopic[] = [];
  const walk = (nodes: Topic[], ancestors: string[]) => {
    for (const t of nodes) {
      out.push({ id: t.id, words: t.keywords.filter((w) => w.trim()).map((w) => w.toLowerCase()).map((word) => ({ word, latin: /[a-z]/.test(word) })), ancestors });
      walk(t.children ?? [], [...ancestors, t.id]);
    }
  };
  walk(topics, []);
  cache.set(topics, out);
  return out;
}

interface FirstUnits { words: Map<number, string[]>; units: UnitSet }

const firstUnits = new WeakMap<FlatTopic[], FirstUnits>();
const latinWords = new WeakMap<FlatTopic[], boolean>();

function hasLatin(flat: FlatTopic[]): boolean {
  let has = latinWords.get(flat);
  if (has === undefined) latinWords.set(flat, (has = flat.some((t) => t.words.some((w) => w.latin))));
  return has;
}

/**
 * The signal words without Latin letters, by their first UTF-16 unit (each word once), and
 * those units as a set: most units of a text start no signal word and are passed over
 * without a look-up.
 */
function byFirstUnit(flat: FlatTopic[]): FirstUnits {
  let ix = firstUnits.get(flat);
  if (!ix) {
    ix = { words: new Map(), units: new UnitSet() };
    for (const t of flat) {
      for (const { word, latin } of t.words) {
        if (latin || word === '') continue;
        const unit = word.charCodeAt(0);
        const bucket = ix.words.get(unit);
        if (!bucket) ix.words.set(unit, [word]);
        else if (!bucket.includes(word)) bucket.push(word);
        ix.units.add(unit);
      }
    }
    firstUnits.set(flat, ix);
  }
  return ix;
}

/** The signal words without Latin letters that occur in `lower`: one pass over the text instead of one search per word. */
function wordsIn(lower: string, flat: FlatTopic[]): Set<string> {
  const ix = byFirstUnit(flat);
  const found = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    if (!ix.units.has(unit)) continue;
    for (const w of ix.words.get(unit)!) if (lower.startsWith(w, i)) found.add(w);
  }
  return found;
}

/** Ids of the topics (and their ancestors) whose Chinese signal words occur in `text`, in tree order. */
export function tagTopics(text: string, topics: Topic[]): string[] {
  const flat = flatten(topics);
  const lower = text.toLowerCase();
  const found = wordsIn(lower, flat);
  // A Latin keyword can only occur in a text with a Latin letter.
  const latin = hasLatin(flat) && /[a-z]/.test(lower);
  // Most texts hold no signal word: nothing to tag.
  if (found.size === 0 && !latin) return [];
  const ids = new Set<string>();
  for (const t of flat) {
    if (t.words.some((w) => (w.latin ? latin && occurs(lower, w) : w.word === '' || found.has(w.word)))) {
      ids.add(t.id);
      for (const a of t.ancestors) ids.add(a);
    }
  }
  return flat.map((t) => t.id).filter((id) => ids.has(id));
}

/** Every topic id of a tree, in pre-order. */
export function topicIds(topics: Topic[]): string[] {
  return flatten(topics).map((t) => t.id);
}

/** Finds a topic anywhere in the tree. */
export function findTopic(topics: Topic[], id: string): Topic | undefined {
  for (const t of topics) {
    if (t.id === id) return t;
    const inner = findTopic(t.children ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

/** How many passages carry each topic id. */
export function topicPassageCounts(passages: Passage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of passages) for (const id of p.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
