/**
 * `summit` — the headless command-line face of Summit Search (dist/cliMain.js, loaded by
 * the launcher, launcher.ts). Each command lives in its own file under ./commands.
 */
import { runCommand } from './run';
import { startServerAfter } from './server/start';

// Output piped into a reader that stops early (`summit search … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = process.argv.slice(2);
runCommand(argv).then((code) => {
  process.exitCode = code;
  if (code === 0) startServerAfter(argv);
});
