/**
 * The command's side of the resident server: sends this command to the server and, when a
 * complete reply comes back, prints it and exits with its code. Anything else — no server,
 * a server that stopped mid-answer, a malformed or late reply — leaves this process to run
 * the command itself, so a server can make a command faster but never change or lose it.
 */
import * as fs from 'fs';
import * as net from 'net';
import { isRunReply, MAX_MESSAGE_BYTES, type RunReply, type ServerReply, type ServerRequest } from './wire';

/** What came of asking: the reply, or why there is none (`absent`: nobody listens, a server may be started). */
export type Asked<T> = { reply: T } | { absent: true } | { failed: string };

/**
 * How long a command waits for its reply before it gives up on the server, ends it and runs
 * itself (a server re-reading changed files answers well within it). SUMMIT_SERVER_REPLY_MS
 * sets another (for tests).
 */
export const REPLY_TIMEOUT_MS = 30_000;

function replyTimeout(env: NodeJS.ProcessEnv): number {
  const ms = Number(env.SUMMIT_SERVER_REPLY_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : REPLY_TIMEOUT_MS;
}

/** The file beside a server's socket that names its process. */
export function pidFile(socket: string): string {
  return socket.replace(/\.sock$/, '.pid');
}

const NO_REPLY = 'no reply in time';

/** Sends one request and reads one reply (a JSON line). */
export function ask(socket: string, request: ServerRequest, timeoutMs = REPLY_TIMEOUT_MS): Promise<Asked<ServerReply>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: Asked<ServerReply>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      resolve(result);
    };
    const conn = net.connect(socket, () => conn.write(`${JSON.stringify(request)}\n`));
    const timer = setTimeout(() => finish({ failed: NO_REPLY }), timeoutMs);
    conn.on('error', (err: NodeJS.ErrnoException) => {
      const absent = err.code === 'ENOENT' || err.code === 'ECONNREFUSED';
      finish(absent ? { absent: true } : { failed: err.code ?? err.message });
    });
    conn.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_MESSAGE_BYTES) return finish({ failed: 'reply too large' });
      chunks.push(chunk);
      const end = chunk.indexOf(10);
      if (end >= 0) finish(parse(Buffer.concat(chunks)));
    });
    conn.on('end', () => finish(size > 0 ? parse(Buffer.concat(chunks)) : { failed: 'closed without a reply' }));
  });
}

function parse(bytes: Buffer): Asked<ServerReply> {
  const end = bytes.indexOf(10);
  const line = bytes.subarray(0, end >= 0 ? end : bytes.length).toString('utf8');
  try {
    const value = JSON.parse(line) as ServerReply;
    return typeof value === 'object' && value !== null && typeof value.kind === 'string' ? { reply: value } : { failed: 'malformed reply' };
  } catch {
    return { failed: 'malformed reply' };
  }
}

/**
 * Has the server run this command; the complete result, or why this process must run it
 * itself. A server that gave no reply in time is stuck: it is ended and its socket removed,
 * so the command after this one starts a new one (`absent`).
 */
export async function runOnServer(socket: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Asked<RunReply>> {
  const asked = await ask(socket, { kind: 'run', argv, cwd: process.cwd(), tty: !!process.stdout.isTTY }, replyTimeout(env));
  if ('failed' in asked && asked.failed === NO_REPLY) return endStuck(socket);
  if (!('reply' in asked)) return asked;
  return isRunReply(asked.reply) ? { reply: asked.reply } : { failed: 'malformed reply' };
}

/** Ends the server named beside the socket (only a `summit server run` process) and removes its files. */
function endStuck(socket: string): Asked<RunReply> {
  try {
    const pid = Number(fs.readFileSync(pidFile(socket), 'utf8'));
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (Number.isInteger(pid) && pid > 0 && cmdline.includes('server') && cmdline.includes('run')) process.kill(pid, 'SIGKILL');
  } catch {
    // no such process any more, or not one of ours: only its files go
  }
  for (const file of [socket, pidFile(socket)]) {
    try { fs.rmSync(file, { force: true }); } catch { /* the next server replaces it */ }
  }
  return { absent: true };
}
