/**
 * Loading a large CommonJS bundle with a V8 code cache, so a process that starts often (the
 * `summit` CLI) does not parse and compile the same megabytes every time.
 *
 * The bundle is compiled as a vm.Script wrapped like a CommonJS module (exports, require,
 * module, __filename, __dirname), with the bytes V8 produced for it last time. A process that
 * had no usable cache writes one when it exits (after its work, so the functions it ran are in
 * it). The cache file's name carries a hash of the bundle's text and of what V8 checks (Node,
 * V8, architecture, the runtime flags), so a changed bundle or Node never meets an old cache.
 * Each file also carries a checksum of its own bytes: a damaged or foreign file is never handed
 * to V8, it is recompiled and rewritten silently. Writes are atomic (a temporary file renamed).
 *
 * Off (a plain `require`): when no cache folder is given, and when source maps are enabled
 * (`--enable-source-maps`), since Node maps stack traces only for modules its own loader compiled.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire, Module } from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { escapeRegExp } from '../core/text/regexp';

/** What happened to the code cache: none used, reused as is, written at exit, or found unusable and rewritten. */
export type CodeCacheOutcome = 'off' | 'reused' | 'written' | 'rejected';

/** Bumped when the file layout below changes. */
const FORMAT = 1;
const MAGIC = Buffer.from('SCC1');
/** MAGIC, payload length (uint32 LE), SHA-1 of the payload. */
const HEADER = MAGIC.length + 4 + 20;

/** The wrapper puts the bundle's first line on a line of its own: line and column numbers stay exact. */
const WRAP_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAP_END = '\n})';

export interface LoadOptions {
  /** The folder for cache files; undefined turns the cache off. */
  cacheDir?: string;
  /**
   * Which kind of run this is (a lower-case word, e.g. the CLI command): each kind keeps its own
   * cache, written by a run of that kind, so it holds the functions that kind of run compiles.
   */
  variant?: string;
  /** Called with the outcome once it is known (reused/off at load, written/rejected after the exit write). */
  report?: (outcome: CodeCacheOutcome) => void;
}

/** Whether Node maps stack traces through source maps in this process. */
export function sourceMapsEnabled(): boolean {
  const flag = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled;
  if (flag !== undefined) return flag;
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--enable-source-maps');
}

/** The cache file for this bundle (its bytes) in this runtime, for runs of kind `variant`. */
export function cacheFileFor(bundle: string, bytes: Buffer, cacheDir: string, variant?: string): string {
  const runtime = [FORMAT, process.version, process.versions.v8, process.arch, process.platform, ...process.execArgv,
    process.env.NODE_OPTIONS ?? ''].join('\0');
  const key = createHash('sha1').update(bytes).update('\0').update(runtime).digest('hex').slice(0, 32);
  const kind = variant && /^[a-z]+$/.test(variant) ? `-${variant}` : '';
  return path.join(cacheDir, `${path.basename(bundle, '.js')}${kind}-${key}.v8`);
}

/** The cached bytes of `file` when its header and checksum hold, else undefined. */
function readCache(file: string): Buffer | undefined {
  let raw: Buffer;
  try { raw = fs.readFileSync(file); } catch { return undefined; }
  if (raw.length <= HEADER || !raw.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = raw.subarray(HEADER);
  if (raw.readUInt32LE(MAGIC.length) !== payload.length) return undefined;
  const sum = createHash('sha1').update(payload).digest();
  return sum.equals(raw.subarray(MAGIC.length + 4, HEADER)) ? payload : undefined;
}

/** Writes `data` to `file` atomically; removes older caches of the same bundle. Never throws. */
export function writeCache(file: string, data: Buffer): boolean {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const head = Buffer.alloc(HEADER);
    MAGIC.copy(head, 0);
    head.writeUInt32LE(data.length, MAGIC.length);
    createHash('sha1').update(data).digest().copy(head, MAGIC.length + 4);
    fs.writeFileSync(tmp, Buffer.concat([head, data]));
    fs.renameSync(tmp, file);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to remove */ }
    return false;
  }
  removeStale(dir, file);
  return true;
}

/** Cache files of the same bundle and kind for another text or runtime (`name[-kind]-<key>.v8`). */
function removeStale(dir: string, keep: string): void {
  const prefix = path.basename(keep).replace(/[0-9a-f]{32}\.v8$/, '');
  const same = new RegExp(`^${escapeRegExp(prefix)}[0-9a-f]{32}\\.v8$`);
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name !== path.basename(keep) && same.test(name)) {
        fs.rmSync(path.join(dir, name), { force: true });
      }
    }
  } catch { /* best effort */ }
}

/**
 * Runs the CommonJS bundle `bundle` as a module of this process, through the code cache in
 * `opts.cacheDir`. Errors of the bundle itself propagate as they would from `require`.
 */
export function loadBundle(bundle: string, opts: LoadOptions = {}): void {
  const report = opts.report ?? (() => {});
  if (!opts.cacheDir || sourceMapsEnabled()) {
    report('off');
    createRequire(__filename)(bundle);
    return;
  }
  const bytes = fs.readFileSync(bundle);
  let source = bytes.toString('utf8');
  if (source.startsWith('#!')) source = '//' + source.slice(2); // a shebang is only valid at the very start
  const file = cacheFileFor(bundle, bytes, opts.cacheDir, opts.variant);
  const cachedData = readCache(file);
  const script = new vm.Script(WRAP_START + source + WRAP_END, { filename: bundle, lineOffset: -1, cachedData });
  if (cachedData && !script.cachedDataRejected) {
    report('reused');
  } else {
    const existed = fs.existsSync(file);
    // After the work: the code cache then holds every function this run compiled.
    process.once('exit', () => {
      let data: Buffer | undefined;
      try { data = script.createCachedData(); } catch { data = undefined; }
      if (data && writeCache(file, data)) report(existed ? 'rejected' : 'written');
    });
  }
  runAsModule(script, bundle);
}

function runAsModule(script: vm.Script, bundle: string): void {
  const dir = path.dirname(bundle);
  const mod = new Module(bundle, require.main);
  mod.filename = bundle;
  mod.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dir);
  const req = createRequire(bundle);
  const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  fn.call(mod.exports, mod.exports, req, mod, bundle, dir);
  mod.loaded = true;
}
