/**
 * `summit` — the headless command-line face of Summit Search.
 * Each command lives in its own file under ./commands and registers here.
 * Exit codes: 0 success, 1 failure (a clear message, never a stack trace), 2 usage error.
 */
import { UsageError } from './args';
import type { Command } from './command';
import { commands } from './commands';

const USAGE = `usage: summit <command> [options]

commands:
${commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`).join('\n')}

common options: --json  --segmenter node-rs-jieba|nodejieba  --corpus PATH (repeatable)  --no-bundled`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})`);
  return command.run(rest);
}

// Output piped into a reader that stops early (`summit search … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`summit: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`summit: ${message}\n`);
      if (process.env.SUMMIT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = 1;
    }
  },
);
