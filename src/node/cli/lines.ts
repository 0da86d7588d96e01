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
     * Work that makes later answers faster (building the engine's query tables), run once
     * after the first answer of a JSON Lines session and only when no further line is
     * already waiting: the first answer does not wait for it.
     */
    idle?(): void;
  },
): Promise<number> {
  if (opts.text !== undefined) {
    const out = what.answer(opts.text);
    process.stdout.write(opts.json ? `${JSON.stringify(out)}\n` : what.human(out, !!process.stdout.isTTY));
    return 0;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let idle = what.idle?.bind(what);
  for await (const line of lines) {
    let out: object;
    try {
      out = what.answer(line) as object;
    } catch (err) {
      out = what.failed(line, err instanceof Error ? err.message : String(err));
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
    if (idle) {
      const run = idle;
      idle = undefined;
      // Lines already read are answered first (they resume this loop before any immediate runs).
      setImmediate(() => { try { run(); } catch { /* each later query builds what it needs */ } });
    }
  }
  return 0;
}

/** Reading standard input only makes sense when something is piped into it. */
export function requireTextOrPipe(opts: CommonOptions, noun: string): void {
  if (opts.text === undefined && process.stdin.isTTY) {
    throw new UsageError(`give a ${noun.toUpperCase()}, or pipe ${noun === 'query' ? 'queries' : `${noun}s`} on standard input, one per line`);
  }
}
