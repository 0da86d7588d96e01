/**
 * A binary heap: the item that goes first (by `before`) on top.
 *
 * @example
 * const heap = new Heap([3, 1, 2], (a, b) => a > b); // highest first
 * heap.pop(); // 3
 */
export class Heap<T> {
  /** @param items the items (taken over and reordered in place); @param before whether a goes before b */
  constructor(private readonly items: T[], private readonly before: (a: T, b: T) => boolean) {
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The item on top, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) { a[0] = last; this.down(0); }
    return top;
  }

  /** The top item now goes later than it did (it changed in place): moves it down to its place. */
  topLowered(): void {
    this.down(0);
  }

  private down(i: number): void {
    const a = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && this.before(a[l], a[m])) m = l;
      if (r < a.length && this.before(a[r], a[m])) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  }
}
