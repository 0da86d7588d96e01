/**
 * Finding a word of a list at a position without trying every word: each list is indexed once
 * by its words' first and last characters (the list's own order — longest first — kept within
 * a character), so a parser that asks at every position of a long text stays fast.
 */
import { UnitSet } from '../../text/unitSet';

interface CharIndex {
  /** Words by the UTF-16 unit they start with (a number key: no one-character string is made per look-up). */
  first: Map<number, string[]>;
  last: Map<number, string[]>;
  /** The UTF-16 units some word starts (ends) with: most units start none and are answered without a look-up. */
  firstUnits: UnitSet;
  lastUnits: UnitSet;
}

const indexes = new WeakMap<readonly string[], CharIndex>();
/** The list asked about last and its index: parsers ask about one list at many positions in a row. */
let lastList: readonly string[] | undefined;
let lastIndex: CharIndex | undefined;

function indexOf(list: readonly string[]): CharIndex {
  if (list === lastList) return lastIndex!;
  let ix = indexes.get(list);
  if (!ix) {
    ix = { first: new Map(), last: new Map(), firstUnits: new UnitSet(), lastUnits: new UnitSet() };
    for (const w of list) {
      if (!w) continue;
      push(ix.first, w.charCodeAt(0), w);
      push(ix.last, w.charCodeAt(w.length - 1), w);
      ix.firstUnits.add(w.charCodeAt(0));
      ix.lastUnits.add(w.charCodeAt(w.length - 1));
    }
    indexes.set(list, ix);
  }
  lastList = list;
  lastIndex = ix;
  return ix;
}


function push(map: Map<number, string[]>, key: number, word: string): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(word);
  else map.set(key, [word]);
}

/** The first word of `list` (in list order) that starts at text[i], or undefined. */
export function wordStartingAt(list: readonly string[], text: string, i: number): string | undefined {
  if (i < 0 || i >= text.length) return undefined;
  const ix = indexOf(list);
  const unit = text.charCodeAt(i);
  if (!ix.firstUnits.has(unit)) return undefined;
  const bucket = ix.first.get(unit);
  if (bucket) for (const w of bucket) if (text.startsWith(w, i)) return w;
  return undefined;
}

/** The first word of `list` (in list order) that ends exactly at text[end), or undefined. */
export function wordEndingAt(list: readonly string[], text: string, end: number): string | undefined {
  if (end <= 0 || end > text.length) return undefined;
  const ix = indexOf(list);
  const unit = text.charCodeAt(end - 1);
  if (!ix.lastUnits.has(unit)) return undefined;
  const bucket = ix.last.get(unit);
  if (bucket) for (const w of bucket) if (text.endsWith(w, end)) return w;
  return undefined;
}

/** Whether some word of `list` ends exactly at text[end) and satisfies `test` (every such word is tried, in list order). */
export function someWordEndingAt(list: readonly string[], text: string, end: number, test: (word: string) => boolean): boolean {
  if (end <= 0 || end > text.length) return false;
  const ix = indexOf(list);
  if (!ix.lastUnits.has(text.charCodeAt(end - 1))) return false;
  const bucket = ix.last.get(text.charCodeAt(end - 1));
  if (bucket) for (const w of bucket) if (text.endsWith(w, end) && test(w)) return true;
  return false;
}

/** Whether some word of `list` starts at text[i] and satisfies `test` (every such word is tried, in list order). */
export function someWordStartingAt(list: readonly string[], text: string, i: number, test: (word: string) => boolean): boolean {
  if (i < 0 || i >= text.length) return false;
  const bucket = indexOf(list).first.get(text.charCodeAt(i));
  if (bucket) for (const w of bucket) if (text.startsWith(w, i) && test(w)) return true;
  return false;
}

/** The words, each once, longest first: the order the look-ups above want (介绍到 before 介绍). */
export function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
