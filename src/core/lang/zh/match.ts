/**
 * Finding a word of a list at a position without trying every word: each list is indexed once
 * by its words' first and last characters (the list's own order — longest first — kept within
 * a character), so a parser that asks at every position of a long text stays fast.
 */

interface CharIndex {
  first: Map<string, string[]>;
  last: Map<string, string[]>;
}

const indexes = new WeakMap<readonly string[], CharIndex>();

function indexOf(list: readonly string[]): CharIndex {
  let ix = indexes.get(list);
  if (!ix) {
    ix = { first: new Map(), last: new Map() };
    for (const w of list) {
      if (!w) continue;
      push(ix.first, w[0], w);
      push(ix.last, w[w.length - 1], w);
    }
    indexes.set(list, ix);
  }
  return ix;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(word);
  else map.set(key, [word]);
}

/** The first word of `list` (in list order) that starts at text[i], or undefined. */
export function wordStartingAt(list: readonly string[], text: string, i: number): string | undefined {
  const bucket = indexOf(list).first.get(text[i]);
  return bucket?.find((w) => text.startsWith(w, i));
}

/** The first word of `list` (in list order) that ends exactly at text[end), or undefined. */
export function wordEndingAt(list: readonly string[], text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const bucket = indexOf(list).last.get(text[end - 1]);
  return bucket?.find((w) => text.endsWith(w, end));
}

/** Whether some word of `list` ends exactly at text[end) and satisfies `test` (every such word is tried, in list order). */
export function someWordEndingAt(list: readonly string[], text: string, end: number, test: (word: string) => boolean): boolean {
  if (end <= 0) return false;
  const bucket = indexOf(list).last.get(text[end - 1]);
  return !!bucket && bucket.some((w) => text.endsWith(w, end) && test(w));
}

/** Whether some word of `list` starts at text[i] and satisfies `test` (every such word is tried, in list order). */
export function someWordStartingAt(list: readonly string[], text: string, i: number, test: (word: string) => boolean): boolean {
  const bucket = indexOf(list).first.get(text[i]);
  return !!bucket && bucket.some((w) => text.startsWith(w, i) && test(w));
}
