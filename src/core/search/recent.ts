/**
 * The last `size` values computed, by key: when full, the key first stored goes (first in,
 * first out; a value found is not moved). For memos whose values are functions of their
 * key alone — a segment's matches of a word, a hit text's normalised form — so an answer
 * from it is the answer computed again.
 *
 * @example
 * const normalised = new Recent<string, NormalizedText>(512);
 * const n = normalised.get(text) ?? normalised.set(text, normalize(text));
 */
export class Recent<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  /** Keeps `value` for `key` (dropping the oldest key when full) and returns it. */
  set(key: K, value: V): V {
    if (!this.values.has(key) && this.values.size >= this.size) this.values.delete(this.values.keys().next().value as K);
    this.values.set(key, value);
    return value;
  }

  /** The value for `key`, computed by `make` (and kept) when not kept already. */
  of(key: K, make: (key: K) => V): V {
    const known = this.values.get(key);
    return known !== undefined ? known : this.set(key, make(key));
  }
}
