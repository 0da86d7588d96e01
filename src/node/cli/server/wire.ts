/**
 * The messages between a `summit` command and the resident server: one JSON object per
 * line each way. A command sends a request and reads one reply; the connection then closes.
 */

/** Run a command as if in the client's folder, with its terminal or not. */
export interface RunRequest { kind: 'run'; argv: string[]; cwd: string; tty: boolean }
export interface StatusRequest { kind: 'status' }
export interface StopRequest { kind: 'stop' }
export type ServerRequest = RunRequest | StatusRequest | StopRequest;

/** What the command printed and its exit code. */
export interface RunReply { kind: 'done'; stdout: string; stderr: string; code: number }
export interface StatusReply {
  kind: 'status';
  pid: number;
  /** Seconds since the server started. */
  upS: number;
  commands: number;
  /** The folders and files of each summit it keeps open, with its cache folder. */
  held: Array<{ corpus: string[]; cache: string | null; bundled: boolean }>;
  rssMB: number;
  /** Seconds without a command after which it exits. */
  idleExitS: number;
}
export interface StoppingReply { kind: 'stopping'; pid: number }
export type ServerReply = RunReply | StatusReply | StoppingReply;

/** The variable naming the socket no server was found on (set by the launcher, read once by server/start.ts). */
export const WANTED_VARIABLE = 'SUMMIT_SERVER_WANTED';
/** The variable giving a started server its first command (JSON: argv). */
export const FIRST_VARIABLE = 'SUMMIT_SERVER_FIRST';

/** A request or reply larger than this is refused (a command line and its output are far smaller). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Whether a parsed reply is a command's complete result. */
export function isRunReply(value: unknown): value is RunReply {
  const r = value as RunReply;
  return typeof r === 'object' && r !== null && r.kind === 'done' && typeof r.stdout === 'string'
    && typeof r.stderr === 'string' && Number.isInteger(r.code);
}
