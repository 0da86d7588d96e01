import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortedByCodeUnits } from '../../../src/core/text/codeUnitSort';

describe('sortedByCodeUnits', () => {
  it('orders as sort() without a comparator does: empty strings, surrogate pairs and shared first units included', () => {
    // A small alphabet makes shared first units and prefixes common; a lone or paired surrogate sorts by its unit.
    const unit = fc.constantFrom('a', 'b', '', '中', '中国', '\ud83d\ude00', '\ud800', '\uffff', 'Z');
    const text = fc.array(unit, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(text, { maxLength: 60 }), (strings) => {
      assert.deepEqual(sortedByCodeUnits(strings), [...strings].sort());
    }), { seed: 20261206, numRuns: 500 });
  });

  it('reads any iterable once (a Set, a Map’s keys)', () => {
    const keys = new Map([['医院', 1], ['云', 2], ['医疗', 3]]).keys();
    assert.deepEqual(sortedByCodeUnits(keys), ['云', '医疗', '医院']);
  });
});
