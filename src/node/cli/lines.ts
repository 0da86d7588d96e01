import { output } from './output';
import * as readline from 'readline';
import { UsageError, type CommonOptions } from './args';
import { IdleWork } from '../idleWork';

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
     * steps; returns true when none is left. Run in a JSON Lines session whenever its input
     * has been quiet for QUIET_MS (see src/node/idleWork.ts): answers never wait for it, except a line
     * that arrives while a step runs, which waits for that step.
     */
    idle?(): boolean;
  },
): Promise<number> {
  if (opts.text !== undefined) {
    const out = what.answer(opts.text);
    output.out(opts.json ? `${JSON.stringify(out)}\n` : what.human(out, output.tty));
    return 0;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const warm = what.idle ? new IdleWork(what.idle.bind(what), QUIET_MS) : undefined;
  warm?.resume(); // no query yet: warm up once the input has been quiet
  for await (const line of lines) {
    warm?.pause();
    let out: object;
    try {
      out = what.answer(line) as object;
    } catch (err) {
      out = what.failed(line, err instanceof Error ? err.message : String(err));
    }
    output.out(`${JSON.stringify(out)}\n`);
    warm?.resume();
  }
  warm?.stop();
  return 0;
}

/** How long standard input must be quiet before idle work runs: less than a pause between keystrokes, more than a script's gap between queries. */
const QUIET_MS = 50;

/** Reading standard input only makes sense when something is piped into it. */
export function requireTextOrPipe(opts: CommonOptions, noun: string): void {
  if (opts.text === undefined && process.stdin.isTTY) {
    throw new UsageError(`give a ${noun.toUpperCase()}, or pipe ${noun === 'query' ? 'queries' : `${noun}s`} on standard input, one per line`);
  }
}
