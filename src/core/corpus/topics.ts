/**
 * Topic tagging: a text is about a topic when one of the topic's signal words occurs in it.
 * A match on a child topic also tags its ancestors, so parents count their children's passages.
 */
import type { Passage, Topic } from '../model';

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

const firstUnits = new WeakMap<FlatTopic[], Map<number, string[]>>();
const latinWords = new WeakMap<FlatTopic[], boolean>();

function hasLatin(flat: FlatTopic[]): boolean {
  let has = latinWords.get(flat);
  if (has === undefined) latinWords.set(flat, (has = flat.some((t) => t.words.some((w) => w.latin))));
  return has;
}

/** The signal words without Latin letters, by their first UTF-16 unit (each word once). */
function byFirstUnit(flat: FlatTopic[]): Map<number, string[]> {
  let ix = firstUnits.get(flat);
  if (!ix) {
    ix = new Map();
    for (const t of flat) {
      for (const { word, latin } of t.words) {
        if (latin || word === '') continue;
        const bucket = ix.get(word.charCodeAt(0));
        if (!bucket) ix.set(word.charCodeAt(0), [word]);
        else if (!bucket.includes(word)) bucket.push(word);
      }
    }
    firstUnits.set(flat, ix);
  }
  return ix;
}

const firstMarks = new WeakMap<FlatTopic[], Uint8Array>();

/** 1 for each UTF-16 unit that starts a signal word without Latin letters: most units of a text start none, and are passed over without a look-up. */
function firstUnitMarks(flat: FlatTopic[]): Uint8Array {
  let marks = firstMarks.get(flat);
  if (!marks) {
    marks = new Uint8Array(0x10000);
    for (const unit of byFirstUnit(flat).keys()) marks[unit] = 1;
    firstMarks.set(flat, marks);
  }
  return marks;
}

/** The signal words without Latin letters that occur in `lower`: one pass over the text instead of one search per word. */
function wordsIn(lower: string, flat: FlatTopic[]): Set<string> {
  const ix = byFirstUnit(flat);
  const marks = firstUnitMarks(flat);
  const found = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    if (marks[lower.charCodeAt(i)] === 0) continue;
    const bucket = ix.get(lower.charCodeAt(i));
    if (bucket) for (const w of bucket) if (lower.startsWith(w, i)) found.add(w);
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
