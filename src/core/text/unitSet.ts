/**
 * A set of UTF-16 units as a bit table (8 KB): for questions asked at every position of a
 * text (does a listed word, a surname, a signal word start here; could OpenCC change this
 * character), answered without hashing and without making a one-character string.
 *
 * @example
 * const starts = new UnitSet(['混合云', '容灾'].map((w) => w.charCodeAt(0)));
 * starts.has('混'.charCodeAt(0)); // true
 */
export class UnitSet {
  private readonly bits = new Uint32Array(0x10000 / 32);

  constructor(units: Iterable<number> = []) {
    for (const u of units) this.add(u);
  }

  add(unit: number): void {
    this.bits[unit >>> 5] |= 1 << (unit & 31);
  }

  /** Whether `unit` (0–0xffff) is in the set. */
  has(unit: number): boolean {
    return ((this.bits[unit >>> 5] >>> (unit & 31)) & 1) === 1;
  }
}
