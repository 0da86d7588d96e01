/**
 * Engines the service has replaced (a reload, a new segmenter): each keeps its cache files
 * (segments read on demand) open a little longer and is then closed, so that work begun on it
 * before the swap — a search, a question, a card — never finds it emptied.
 */
import type { Engine } from './engineLoader';

/** How long a replaced engine keeps its cache files open for work begun on it. */
const RETIRE_AFTER_MS = 10000;

export class RetiredEngines {
  private readonly waiting = new Map<Engine, ReturnType<typeof setTimeout>>();

  constructor(private readonly graceMs = RETIRE_AFTER_MS) {}

  /** Closes `engine` after a grace period. */
  retire(engine: Engine | undefined): void {
    if (!engine || this.waiting.has(engine)) return;
    this.waiting.set(engine, setTimeout(() => { this.waiting.delete(engine); engine.close(); }, this.graceMs));
  }

  /** Closes every engine still waiting, and `current` (the extension is shutting down). */
  closeAll(current?: Engine): void {
    for (const [engine, timer] of this.waiting) { clearTimeout(timer); engine.close(); }
    this.waiting.clear();
    current?.close();
  }
}
