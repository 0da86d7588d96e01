/** The engine over the bundled summit, opened once for the search and ask fuzz files. */
import { openSummit, type Summit } from '../../../src/node/summit';

let opened: Promise<Summit> | undefined;

export function bundledSummit(): Promise<Summit> {
  opened ??= openSummit({ bundled: true });
  return opened;
}
