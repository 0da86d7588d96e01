/** IdleWork with real timers: steps run only after the input has been quiet, stop when input comes, and end. */
import * as assert from 'node:assert/strict';
import { IdleWork } from '../../../src/node/idleWork';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IdleWork (steps while the input is quiet)', () => {
  it('runs no step while input keeps coming, then every step once it is quiet', async () => {
    let steps = 0;
    const warm = new IdleWork(() => ++steps >= 5, 40);
    for (let i = 0; i < 10; i++) { warm.pause(); warm.resume(); await sleep(10); }
    assert.equal(steps, 0, 'input every 10 ms is never 40 ms quiet');
    await sleep(120);
    assert.equal(steps, 5);
    assert.ok(warm.finished);
    warm.resume();
    await sleep(60);
    assert.equal(steps, 5, 'finished work does not run again');
  });

  it('stops between steps when input comes, and goes on after the next quiet', async () => {
    let steps = 0;
    const warm = new IdleWork(() => { steps++; return false; }, 10);
    warm.resume();
    await sleep(60);
    assert.ok(steps > 0);
    warm.pause();
    const paused = steps;
    await sleep(40);
    assert.equal(steps, paused);
    warm.resume();
    await sleep(60);
    assert.ok(steps > paused);
    warm.stop();
    const stopped = steps;
    warm.resume();
    await sleep(40);
    assert.equal(steps, stopped, 'stopped work never runs again');
  });

  it('ends the work when a step throws', async () => {
    let steps = 0;
    const warm = new IdleWork(() => { steps++; throw new Error('damaged'); }, 5);
    warm.resume();
    await sleep(40);
    assert.equal(steps, 1);
    assert.ok(warm.finished);
  });
});
