/**
 * Where the resident server of this `summit` build listens, and which commands it answers.
 * Loaded by the launcher before anything else, so it stays small: no command, no engine.
 *
 * One server per user cache folder and build: its socket is
 * `<cache>/server/<key>.sock`, where the key hashes what makes two runs answer differently
 * when their arguments are the same — this build (its bundle's size and time), the Node
 * binary and version, the bundled corpus's files and every SUMMIT_* variable that changes
 * what a command does. A run whose key differs never reaches a server that would answer
 * otherwise than it would.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fnv1a } from '../../../core/search/hash';
import { corpusDir, userCacheDir } from '../../paths';
import { hasPositional } from '../flags';

/** Commands the server answers: one text on the command line, read-only, nothing from standard input. */
export const SERVED_COMMANDS: readonly string[] = ['search', 'ask', 'cite'];

/** Variables that only say how this process starts or reports, never what it answers. */
const NOT_KEYED = new Set(['SUMMIT_SERVER', 'SUMMIT_SERVER_IDLE_S', 'SUMMIT_SERVER_WANTED', 'SUMMIT_SERVER_FIRST', 'SUMMIT_SERVER_REPLY_MS', 'SUMMIT_CODE_CACHE_TRACE', 'SUMMIT_NO_CODE_CACHE', 'SUMMIT_EARLY_SEGMENTER']);

/** Unix sockets take paths of at most 107 bytes; a longer one means no server. */
const MAX_SOCKET_PATH = 100;

/** Whether this process may use (and start) a server: not with SUMMIT_SERVER=0, not on Windows (no Unix sockets there). */
export function serverAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SUMMIT_SERVER !== '0' && process.platform !== 'win32';
}

/** Whether these arguments are a command the server answers (a text given, no --no-cache, no --help). */
export function servedCommand(argv: readonly string[]): boolean {
  if (!SERVED_COMMANDS.includes(argv[0] ?? '')) return false;
  const end = argv.indexOf('--');
  const options = end >= 0 ? argv.slice(1, end) : argv.slice(1);
  if (options.some((a) => a === '--no-cache' || a === '--help' || a === '-h')) return false;
  return end >= 0 ? end < argv.length - 1 : hasPositional(options);
}

/** The folder holding the servers' sockets under the user's cache folder. */
export function serverDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userCacheDir(env), 'server');
}

/** The socket of this build's server for this environment, or undefined when its path would be too long. */
export function serverSocket(env: NodeJS.ProcessEnv = process.env, bundle = path.join(__dirname, 'cliMain.js')): string | undefined {
  const socket = path.join(serverDir(env), `${serverKey(env, bundle)}.sock`);
  return Buffer.byteLength(socket) <= MAX_SOCKET_PATH ? socket : undefined;
}

/** The key of a server: this build, this Node, the bundled corpus and the SUMMIT_* settings. */
export function serverKey(env: NodeJS.ProcessEnv, bundle: string): string {
  const parts = [stamp(bundle), process.execPath, process.version, corpusStamp()];
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith('SUMMIT_') && !NOT_KEYED.has(name)) parts.push(`${name}=${env[name]}`);
  }
  const text = parts.join('\n');
  return fnv1a(text) + fnv1a(text, 0x01000193);
}

function stamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${file}:${s.size}:${s.mtimeMs}`;
  } catch {
    return `${file}:none`;
  }
}

/** The bundled corpus's files, each by size and time (a changed dictionary or transcript is another server). */
function corpusStamp(): string {
  try {
    const dir = corpusDir();
    return fs.readdirSync(dir).sort().map((name) => stamp(path.join(dir, name))).join(';');
  } catch {
    return 'no corpus';
  }
}
