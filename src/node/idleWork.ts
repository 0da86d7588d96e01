/**
 * Work a long-running process does while nobody is waiting for it (building the engine's
 * query tables), in short steps: a step runs only after the input has been quiet for
 * `quietMs`, then one per turn of the event loop until the work is done or input comes
 * again. Queries sent back to back (a script, a benchmark) are therefore never delayed by
 * it, and a query that arrives while the steps run waits for one step at most.
 *
 * @example
 * const warm = new IdleWork(() => engine.warmUpStep(), 50);
 * for await (const line of lines) { warm.pause(); answer(line); warm.resume(); }
 * warm.stop();
 */
export class IdleWork {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private done = false;
  private generation = 0;

  /** @param step one step of the work; returns true when none is left (a step that throws ends the work) */
  constructor(private readonly step: () => boolean, private readonly quietMs: number) {}

  /** Input came: no step starts until `resume`. */
  pause(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.running = false;
  }

  /** The input was answered: the steps start again once it has been quiet for `quietMs`. */
  resume(): void {
    if (this.done) return;
    this.pause();
    const generation = this.generation;
    this.timer = setTimeout(() => this.run(generation), this.quietMs);
    this.timer.unref?.();
  }

  /** No more input: no step runs again (the process may exit). */
  stop(): void {
    this.pause();
    this.done = true;
  }

  /** Whether the work is complete (or was stopped). */
  get finished(): boolean {
    return this.done;
  }

  private run(generation: number): void {
    this.timer = undefined;
    this.running = true;
    const next = () => {
      if (!this.running || generation !== this.generation) return;
      let complete = true;
      try { complete = this.step(); } catch { /* each later query builds what it needs */ }
      if (complete) { this.done = true; this.running = false; return; }
      setImmediate(next);
    };
    next();
  }
}
