import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { UnitSet } from '../../../src/core/text/unitSet';

describe('UnitSet', () => {
  it('holds exactly the units added, at both ends of the range and in between', () => {
    const unit = fc.oneof(fc.constantFrom(0, 31, 32, 0x7f, 0x4e00, 0xd800, 0xdfff, 0xffff), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 50 }), fc.array(unit, { maxLength: 50 }), (added, asked) => {
      const set = new UnitSet(added);
      const definition = new Set(added);
      for (const u of [...added, ...asked]) assert.equal(set.has(u), definition.has(u), String(u));
    }), { seed: 15, numRuns: 300 });
  });
});
