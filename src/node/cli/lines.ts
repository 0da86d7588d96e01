import * as readline from 'readline';
import { UsageError, type CommonOptions } from './args';

/**
 * The shape shared by `search` and `ask`: with a text on the command line, one answer,
 * human-readable or JSON; without one, one text per line on standard input and one JSON
 * object per line out (JSON Lines), where a line that fails gives `failed(line, message)`
 * instead of ending the run.
 */
export async function answerEachLine<T>(
  opts: CommonOptions,
  what: {
    answer(text: string): T;
    human(out: T, tty: boolean): string;
    failed(line: string, message: string): object;
    /**
     * Work that makes later answers faster (building the engine's query tables), in short
     * steps; returns true when none is left. Run after the first answer of a JSON Lines
     * session, one step per turn of the event loop, so the first answer does not wait for it
     * and a line that arrives meanwhile waits for one step at most.
     */
    idle?(): boolean;
  },
): Promise<number> {
  if (opts.text !== undefined) {
    const out = what.answer(opts.text);
    process.stdout.write(opts.json ? `${JSON.stringify(out)}\n` : what.human(out, !!process.stdout.isTTY));
    return 0;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let idle = what.idle?.bind(what);
  let ended = false;
  for await (const line of lines) {
    let out: object;
    try {
      out = what.answer(line) as object;
    } catch (err) {
      out = what.failed(line, err instanceof Error ? err.message : String(err));
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
    if (idle) {
      inTurns(idle, () => ended);
      idle = undefined;
    }
  }
  ended = true;
  return 0;
}

/**
 * Runs `step` once per turn of the event loop until it returns true, throws, or `stopped()`.
 * Lines already read are answered first: they resume the reading loop before an immediate runs.
 */
function inTurns(step: () => boolean, stopped: () => boolean): void {
  const next = () => {
    if (stopped()) return; // no query will come: the process may exit
    let done = true;
    try { done = step(); } catch { /* each later query builds what it needs */ }
    if (!done) setImmediate(next);
  };
  setImmediate(next);
}

/** Reading standard input only makes sense when something is piped into it. */
export function requireTextOrPipe(opts: CommonOptions, noun: string): void {
  if (opts.text === undefined && process.stdin.isTTY) {
    throw new UsageError(`give a ${noun.toUpperCase()}, or pipe ${noun === 'query' ? 'queries' : `${noun}s`} on standard input, one per line`);
  }
}
