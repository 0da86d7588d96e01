/**
 * The resident server (`summit server run`): keeps jieba, the compiled code and the opened
 * summits of recent commands, and answers `search`, `ask` and `cite` for commands of the
 * same build and user (server/client.ts), one at a time, each exactly as that command would
 * run on its own: in its folder, with its terminal or not, from the same files. It exits
 * after `idleExitS` seconds without a command, on `summit server stop`, or when another
 * server already listens on its socket; it removes its socket when it goes.
 *
 * The socket lives in the user's cache folder, in a folder only the user can enter (0700),
 * so only the user's own commands reach it; each request is checked (valibot) and one that
 * does not fit is closed without a reply (the command then runs by itself).
 */
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import * as v from 'valibot';
import { IdleWork } from '../../idleWork';
import { useOpener } from '../opening';
import { BufferedOutput, withOutput } from '../output';
import { runCommand } from '../run';
import { ask, pidFile } from './client';
import { servedCommand } from './address';
import { KeptSummits } from './summits';
import { MAX_MESSAGE_BYTES, type ServerReply, type ServerRequest } from './wire';

const LIMIT = { args: 200, arg: 10_000, cwd: 4096 } as const;

const REQUEST = v.variant('kind', [
  v.object({
    kind: v.literal('run'),
    argv: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMIT.arg))), v.maxLength(LIMIT.args)),
    cwd: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMIT.cwd)),
    tty: v.boolean(),
  }),
  v.object({ kind: v.literal('status') }),
  v.object({ kind: v.literal('stop') }),
]);

/** How long the input must be quiet before the kept summits' query tables are built (as in a JSON Lines session). */
const QUIET_MS = 50;

export interface ServeOptions {
  socket: string;
  /** Seconds without a command after which the server exits. */
  idleExitS: number;
  /** A command to run first, its output dropped: the one that started the server, so its summit is open before the next comes. */
  first?: { argv: string[]; cwd: string };
}

export async function serve(options: ServeOptions): Promise<number> {
  const kept = new KeptSummits();
  useOpener((o) => kept.open(o));
  const server = net.createServer();
  const inode = await listen(server, options.socket);
  if (inode === undefined) return 0;
  const state = new ServerState(server, options, kept, inode);
  if (options.first) await state.queue(async () => { await state.run({ kind: 'run', ...options.first!, tty: false }); });
  state.idle();
  server.on('connection', (conn) => readRequest(conn, (request) => state.queue(() => state.answer(request, conn))));
  return state.closed;
}

/** Listens on the socket, replacing a dead server's file: the socket file's inode, or undefined when a live server has it. */
async function listen(server: net.Server, socket: string): Promise<number | undefined> {
  fs.mkdirSync(path.dirname(socket), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(socket), 0o700);
  for (let attempt = 0; attempt < 2; attempt++) {
    const failed = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen(socket, () => { server.off('error', resolve); resolve(undefined); });
    });
    if (!failed) {
      fs.chmodSync(socket, 0o600);
      fs.writeFileSync(pidFile(socket), String(process.pid), { mode: 0o600 });
      return fs.statSync(socket).ino;
    }
    if (failed.code !== 'EADDRINUSE') throw failed;
    const probe = await ask(socket, { kind: 'status' }, 2000);
    if ('reply' in probe) return undefined;
    fs.rmSync(socket, { force: true });
  }
  return undefined;
}

/** Reads one request line from a connection; one that is too long, malformed or unknown closes it. */
function readRequest(conn: net.Socket, handle: (request: ServerRequest) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  conn.on('error', () => conn.destroy());
  conn.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES) return void conn.destroy();
    chunks.push(chunk);
    if (chunk.indexOf(10) < 0) return;
    conn.removeAllListeners('data');
    const all = Buffer.concat(chunks);
    let parsed: unknown;
    try { parsed = JSON.parse(all.subarray(0, all.indexOf(10)).toString('utf8')); } catch { return void conn.destroy(); }
    const checked = v.safeParse(REQUEST, parsed);
    if (!checked.success) return void conn.destroy();
    handle(checked.output);
  });
}

class ServerState {
  private readonly started = Date.now();
  private commands = 0;
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly warm: IdleWork;
  private close!: (code: number) => void;
  readonly closed = new Promise<number>((resolve) => { this.close = resolve; });

  constructor(private readonly server: net.Server, private readonly options: ServeOptions, private readonly kept: KeptSummits, private readonly inode: number) {
    this.warm = new IdleWork(() => kept.warmUpStep(), QUIET_MS);
  }

  /** Runs `work` after everything queued before it. */
  queue(work: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => { this.warm.pause(); return work(); }).catch(() => undefined).then(() => this.idle());
    return this.chain;
  }

  /** Nothing to do: warm up, and exit once idle for long enough. */
  idle(): void {
    if (this.stopped) return;
    this.warm.resume();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), this.options.idleExitS * 1000);
  }

  async answer(request: ServerRequest, conn: net.Socket): Promise<void> {
    const reply = request.kind === 'run' ? await this.run(request) : request.kind === 'status' ? this.status() : { kind: 'stopping' as const, pid: process.pid };
    if (reply) conn.end(`${JSON.stringify(reply)}\n`);
    else conn.destroy();
    if (request.kind === 'stop') this.stop();
  }

  /** A command as its client would run it; undefined (no reply: the client runs it itself) when it cannot be run here. */
  async run(request: Extract<ServerRequest, { kind: 'run' }>): Promise<ServerReply | undefined> {
    if (!servedCommand(request.argv)) return undefined;
    try { process.chdir(request.cwd); } catch { return undefined; }
    const out = new BufferedOutput(request.tty);
    const code = await withOutput(out, () => runCommand(request.argv));
    this.commands++;
    return { kind: 'done', stdout: out.stdout, stderr: out.stderr, code };
  }

  private status(): ServerReply {
    return {
      kind: 'status', pid: process.pid, upS: Math.round((Date.now() - this.started) / 1000), commands: this.commands,
      held: this.kept.describe(), rssMB: Math.round(process.memoryUsage.rss() / 1048576), idleExitS: this.options.idleExitS,
    };
  }

  private stop(): void {
    this.stopped = true;
    this.warm.stop();
    if (this.timer) clearTimeout(this.timer);
    // Only its own files: a server that found this one unresponsive may have replaced them.
    let own = false;
    try { own = fs.statSync(this.options.socket).ino === this.inode; } catch { /* gone already */ }
    this.server.close();
    if (own) {
      for (const file of [this.options.socket, pidFile(this.options.socket)]) {
        try { fs.rmSync(file, { force: true }); } catch { /* left for the next server to replace */ }
      }
    }
    this.close(0);
  }
}
