/** A replaced engine stays usable for a grace period, then its cache files are closed; shutting down closes all at once. */
import * as assert from 'node:assert/strict';
import type { Engine } from '../../../src/vscode/engineLoader';
import { RetiredEngines } from '../../../src/vscode/retiredEngines';

function fakeEngine(): Engine & { closed: number } {
  const e = { closed: 0, close() { e.closed++; } };
  return e as unknown as Engine & { closed: number };
}

describe('retired engines (extension)', () => {
  it('closes a replaced engine only after the grace period, once', async () => {
    const retired = new RetiredEngines(30);
    const old = fakeEngine();
    retired.retire(old);
    retired.retire(old);
    assert.equal(old.closed, 0, 'still open right after the swap: work begun on it can finish');
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(old.closed, 1);
  });

  it('closes every waiting engine and the current one when shutting down, and nothing later', async () => {
    const retired = new RetiredEngines(30);
    const a = fakeEngine();
    const b = fakeEngine();
    const current = fakeEngine();
    retired.retire(a);
    retired.retire(b);
    retired.retire(undefined);
    retired.closeAll(current);
    assert.deepEqual([a.closed, b.closed, current.closed], [1, 1, 1]);
    await new Promise((r) => setTimeout(r, 80));
    assert.deepEqual([a.closed, b.closed], [1, 1]);
  });
});
