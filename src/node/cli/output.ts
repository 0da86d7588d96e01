/**
 * Where a command writes: this process's standard output and error, or, while the resident
 * server (server/serve.ts) answers a client, that client's. Every command writes through
 * `output`, never to process.stdout directly, so the same command runs in both places and
 * prints the same bytes.
 */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output is a terminal (bold highlights instead of 【】). */
  readonly tty: boolean;
}

const processOutput: Output = {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  get tty() { return !!process.stdout.isTTY; },
};

let current: Output = processOutput;

/** The output of the command being run. */
export const output: Output = {
  out: (text) => current.out(text),
  err: (text) => current.err(text),
  get tty() { return current.tty; },
};

/** Runs `run` with its output sent to `to` (one at a time: the server answers its clients in turn). */
export async function withOutput<T>(to: Output, run: () => Promise<T>): Promise<T> {
  const before = current;
  current = to;
  try {
    return await run();
  } finally {
    current = before;
  }
}

/** An output kept in memory, for a client that gets it in one reply. */
export class BufferedOutput implements Output {
  stdout = '';
  stderr = '';
  constructor(readonly tty: boolean) {}
  out(text: string): void { this.stdout += text; }
  err(text: string): void { this.stderr += text; }
}
