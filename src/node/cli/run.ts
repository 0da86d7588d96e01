/**
 * One `summit` command, from its arguments to its exit code: 0 success, 1 failure (a clear
 * message, never a stack trace), 2 usage error. Used by main.ts for this process and by the
 * resident server for a client's command.
 */
import { UsageError } from './args';
import type { Command } from './command';
import { commands } from './commands';
import { output } from './output';

/** Written when asked for: the server command imports this module too, so the list may not be complete yet at load time. */
function usage(): string {
  return `usage: summit <command> [options]

commands:
${commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`).join('\n')}

common options: --json  --segmenter node-rs-jieba|nodejieba  --corpus PATH (repeatable)  --no-bundled  --cache DIR  --no-cache`;
}

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? output.out : output.err)(usage() + '\n');
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})`);
  return command.run(rest);
}

/** Runs the command `argv` names; every failure becomes one line on the error output and an exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (err: unknown) {
    if (err instanceof UsageError) {
      output.err(`summit: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    output.err(`summit: ${message}\n`);
    if (process.env.SUMMIT_DEBUG && err instanceof Error) output.err(`${err.stack}\n`);
    return 1;
  }
}
