import * as assert from 'node:assert/strict';
import { Recent } from '../../../src/core/search/recent';

describe('Recent (bounded memo, first in first out)', () => {
  it('keeps at most its size, dropping the key stored first, and computes a value once while kept', () => {
    const r = new Recent<string, number>(2);
    let made = 0;
    const make = (k: string) => { made++; return k.length; };
    assert.equal(r.of('a', make), 1);
    assert.equal(r.of('bb', make), 2);
    assert.equal(r.of('a', make), 1);
    assert.equal(made, 2, 'a kept value is not computed again');
    r.of('ccc', make); // full: 'a' (stored first) goes, though it was just read
    assert.equal(r.get('a'), undefined);
    assert.equal(r.get('bb'), 2);
    assert.equal(r.get('ccc'), 3);
    r.set('bb', 20); // replacing a kept key drops nothing
    assert.equal(r.get('ccc'), 3);
    assert.equal(r.get('bb'), 20);
  });

  it('treats keys such as __proto__ as keys like any other', () => {
    const r = new Recent<string, string>(4);
    r.set('__proto__', 'x');
    r.set('constructor', 'y');
    assert.equal(r.get('__proto__'), 'x');
    assert.equal(r.get('constructor'), 'y');
    assert.equal(r.get('toString'), undefined);
  });
});
