/** Heap: pops in the order `before` defines, through pushes and a top changed in place (seeded fast-check). */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Heap } from '../../../src/core/search/heap';

describe('Heap', () => {
  it('pops every item in order, after pushes and after the top item was lowered in place', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.array(fc.integer({ min: 0, max: 50 })), fc.nat({ max: 30 }), (start, pushed, lower) => {
      const items = start.map((v) => ({ v }));
      const heap = new Heap([...items], (a, b) => a.v > b.v);
      for (const v of pushed) { const item = { v }; items.push(item); heap.push(item); }
      const top = heap.peek();
      if (top) { top.v -= lower; heap.topLowered(); }
      const want = items.map((i) => i.v).sort((a, b) => b - a);
      const got: number[] = [];
      for (let i = heap.pop(); i !== undefined; i = heap.pop()) got.push(i.v);
      assert.deepEqual(got, want);
    }), { seed: 20261201, numRuns: 300 });
  });
});
