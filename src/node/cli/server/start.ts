/**
 * Starting the resident server after a command that found none (the launcher says so in
 * SUMMIT_SERVER_WANTED): `summit server run` in a process of its own, detached, its output
 * dropped, its first command the one just run, so that the next command finds it with that
 * summit open. Starting it never fails the command that asked.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { servedCommand } from './address';
import { FIRST_VARIABLE, WANTED_VARIABLE } from './wire';

export function startServerAfter(argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  const socket = env[WANTED_VARIABLE];
  delete env[WANTED_VARIABLE];
  if (!socket || !servedCommand(argv)) return;
  try {
    const child = spawn(process.execPath, [path.join(__dirname, 'cli.js'), 'server', 'run'], {
      detached: true,
      stdio: 'ignore',
      env: serverEnv(env, argv),
    });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no server this time: the next command runs by itself too
  }
}

/** The server's environment: the command's, with its first command, and without the TLS certificates Node would read at start for nothing (the launcher's head says why). */
function serverEnv(env: NodeJS.ProcessEnv, argv: string[]): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return { ...rest, [FIRST_VARIABLE]: JSON.stringify(argv) };
}
