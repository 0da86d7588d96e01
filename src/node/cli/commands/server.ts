/**
 * `summit server status|stop|run [--json] [--idle SECONDS]`
 *
 * The resident server that answers `search`, `ask` and `cite` with jieba and the index
 * already open (see ../server/serve.ts). The first such command starts it; it exits after
 * ten idle minutes (SUMMIT_SERVER_IDLE_S, or --idle for `run`). `status` says whether it runs
 * and what it keeps, `stop` ends it, `run` runs it in the foreground. SUMMIT_SERVER=0 keeps
 * every command to its own process.
 */
import { UsageError } from '../args';
import type { Command } from '../command';
import { output } from '../output';
import { serverAllowed, serverSocket } from '../server/address';
import { ask } from '../server/client';
import { serve } from '../server/serve';
import { FIRST_VARIABLE, type StatusReply } from '../server/wire';
import { parseArgs } from 'node:util';

const DEFAULT_IDLE_S = 600;
const IDLE_RANGE = { min: 1, max: 7 * 24 * 3600 } as const;

export const serverCommand: Command = {
  name: 'server',
  usage: 'server status|stop|run [--json] [--idle SECONDS]',
  summary: 'the resident server that answers search, ask and cite with everything open (started by the first of them)',
  async run(argv: string[]): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' }, idle: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message.split('\n')[0] : String(err));
    }
    const [action, ...extra] = parsed.positionals;
    if (!['status', 'stop', 'run'].includes(action ?? '') || extra.length > 0) throw new UsageError('server takes one of: status, stop, run');
    if (!serverAllowed()) throw new UsageError('no server here (SUMMIT_SERVER=0, or Windows)');
    const socket = serverSocket();
    if (!socket) throw new UsageError('the cache folder\'s path is too long for a server socket');
    if (action === 'run') return serve({ socket, idleExitS: idleSeconds(parsed.values.idle), first: firstCommand() });
    return action === 'status' ? status(socket, !!parsed.values.json) : stop(socket, !!parsed.values.json);
  },
};

function idleSeconds(flag: string | undefined): number {
  const text = flag ?? process.env.SUMMIT_SERVER_IDLE_S;
  if (text === undefined) return DEFAULT_IDLE_S;
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!(n >= IDLE_RANGE.min && n <= IDLE_RANGE.max)) throw new UsageError(`the idle time is a whole number of seconds from ${IDLE_RANGE.min} to ${IDLE_RANGE.max}, got "${text}"`);
  return n;
}

/** The command that started this server (see server/start.ts), if it is one. */
function firstCommand(): { argv: string[]; cwd: string } | undefined {
  const text = process.env[FIRST_VARIABLE];
  delete process.env[FIRST_VARIABLE];
  if (!text) return undefined;
  try {
    const argv: unknown = JSON.parse(text);
    return Array.isArray(argv) && argv.every((a) => typeof a === 'string') ? { argv, cwd: process.cwd() } : undefined;
  } catch {
    return undefined;
  }
}

async function status(socket: string, json: boolean): Promise<number> {
  const asked = await ask(socket, { kind: 'status' }, 5000);
  const reply = 'reply' in asked && asked.reply.kind === 'status' ? asked.reply : undefined;
  if (json) output.out(`${JSON.stringify(reply ? { running: true, ...reply } : { running: false })}\n`);
  else output.out(reply ? describe(reply) : 'no server is running (the next search, ask or cite starts one)\n');
  return 0;
}

function describe(s: StatusReply): string {
  const held = s.held.map((h) => `  ${[...(h.bundled ? ['the bundled summit'] : []), ...h.corpus].join(', ') || 'nothing'}${h.cache ? ` (cache ${h.cache})` : ''}\n`).join('');
  return `server ${s.pid}: up ${s.upS} s, ${s.commands} commands answered, ${s.rssMB} MB; exits after ${s.idleExitS} s without one\n${held ? `keeps open:\n${held}` : ''}`;
}

async function stop(socket: string, json: boolean): Promise<number> {
  const asked = await ask(socket, { kind: 'stop' }, 5000);
  const pid = 'reply' in asked && asked.reply.kind === 'stopping' ? asked.reply.pid : undefined;
  if (json) output.out(`${JSON.stringify({ stopped: pid !== undefined, ...(pid ? { pid } : {}) })}\n`);
  else output.out(pid ? `stopped server ${pid}\n` : 'no server is running\n');
  return 0;
}
