/**
 * What follows a change of the engine's transcripts: one change event for those added or
 * removed within CHANGE_COALESCE_MS (the views rebuild on each), and the engine's query
 * tables (expansions and the near-miss look-up: about 200 ms for 100 reports, built all at
 * once by the first search otherwise) built in steps of about a millisecond, one per turn of
 * the event loop, once nothing has changed for WARM_AFTER_MS — not while transcripts are still
 * being indexed, since each one added discards them.
 */
import { IdleWork } from '../node/idleWork';
import type { Engine } from './engineLoader';

const CHANGE_COALESCE_MS = 300;
const WARM_AFTER_MS = 1000;

export class EngineChanges {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private warmUp: IdleWork | undefined;

  /** @param fire sends the change event; @param current the engine in use now */
  constructor(private readonly fire: () => void, private readonly current: () => Engine | undefined) {}

  /** A transcript was added or removed. */
  changed(): void {
    this.timer ??= setTimeout(() => { this.timer = undefined; this.fire(); }, CHANGE_COALESCE_MS);
    this.warmLater();
  }

  /** A new engine is in use (its caller fires the change event itself). */
  replaced(): void {
    this.warmLater();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.warmUp?.stop();
  }

  private warmLater(): void {
    this.warmUp?.stop();
    const engine = this.current();
    if (!engine) return;
    this.warmUp = new IdleWork(() => this.current() !== engine || engine.warmUpStep(), WARM_AFTER_MS);
    this.warmUp.resume();
  }
}
