// Processes for the bench: tools from apt, timed child processes with their peak RSS
// (GNU time's %M when it is there, else the child's VmHWM from /proc), time and memory
// budgets that kill the child instead of hanging, and small statistics helpers.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const median = (v) => percentile(v, 50);

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * A tool from apt when it is missing: `apt-get install -y PKG` as root, through sudo -n
 * otherwise. Returns { path } or { missing: 'one line why' }.
 */
export function ensureTool(cmd, pkg, log) {
  let found = which(cmd);
  if (found) return { path: found };
  const root = process.getuid?.() === 0;
  const sudo = !root && which('sudo') ? ['sudo', '-n'] : [];
  if (!root && sudo.length === 0) return { missing: `${cmd} is not installed and apt-get needs root (no sudo here): apt-get install ${pkg}` };
  log(`bench setup: installing ${pkg} from apt …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { encoding: 'utf8', env, timeout: 300000 });
  let r = run(['apt-get', 'install', '-y', '-q', pkg]);
  if (r.status !== 0) { run(['apt-get', 'update', '-q']); r = run(['apt-get', 'install', '-y', '-q', pkg]); }
  found = which(cmd);
  if (found) return { path: found };
  const why = (r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${r.status}`;
  return { missing: `${cmd} could not be installed from apt (${why})` };
}

let gnuTime; // '/usr/bin/time' when it is GNU time (checked once it exists; apt may install it mid-run)
export function hasGnuTime() {
  if (gnuTime === undefined || gnuTime === null) {
    gnuTime = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : null;
  }
  return gnuTime !== null;
}

function procStatusKB(pid, field) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch { return 0; }
}
function childPids(pid) {
  try { return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { return []; }
}

/**
 * Spawns `cmd args`, measured: wall time to exit and to the first stdout byte, peak RSS (MB)
 * of the measured process, stdout/stderr. `budgetMs` and `rssCapMB` kill it (over: 'time' |
 * 'memory'). `onLine(line, ms)` sees stdout lines as they come; `stdin` is written and closed
 * unless `keepStdin`. Returns { child, done } where done resolves to the measurement.
 */
export function measuredSpawn(cmd, args, opts = {}) {
  const TIME = hasGnuTime() ? gnuTime : null;
  const tmp = TIME && opts.gnuTime !== false ? path.join(os.tmpdir(), `summit-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const [file, argv] = tmp ? [TIME, ['-f', '%M %U %S', '-o', tmp, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let firstOutMs = null;
  let pending = '';
  let over = null;
  let hwmKB = 0;
  let measuredPid = tmp ? null : child.pid;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    const ms = performance.now() - t0;
    if (firstOutMs === null) firstOutMs = ms;
    if (opts.collect !== false) stdout += d;
    if (opts.onLine) {
      pending += d;
      let i;
      while ((i = pending.indexOf('\n')) >= 0) { const line = pending.slice(0, i); pending = pending.slice(i + 1); opts.onLine(line, ms); }
    }
  });
  child.stderr.on('data', (d) => { if (stderr.length < 1e5) stderr += d; });
  child.stdin.on('error', () => {});
  if (!opts.keepStdin) child.stdin.end(opts.stdin ?? '');
  const kill = (why) => {
    if (over) return;
    over = why;
    for (const pid of [measuredPid, child.pid]) { try { if (pid) process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  };
  const poll = setInterval(() => {
    if (!measuredPid) measuredPid = childPids(child.pid)[0] ?? null;
    if (!measuredPid) return;
    hwmKB = Math.max(hwmKB, procStatusKB(measuredPid, 'VmHWM'));
    const rssKB = procStatusKB(measuredPid, 'VmRSS') + childPids(measuredPid).reduce((s, p) => s + procStatusKB(p, 'VmRSS'), 0);
    if (opts.rssCapMB && rssKB / 1024 > opts.rssCapMB) kill('memory');
  }, 25);
  const timer = opts.budgetMs ? setTimeout(() => kill('time'), opts.budgetMs) : null;
  const done = new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      let peakKB = hwmKB;
      let cpuS = null;
      if (tmp) {
        try {
          const [m, u, s] = fs.readFileSync(tmp, 'utf8').trim().split('\n').pop().split(' ').map(Number);
          if (Number.isFinite(m) && m > 0) peakKB = m;
          if (Number.isFinite(u)) cpuS = u + s;
        } catch { /* killed before time wrote it */ }
        fs.rmSync(tmp, { force: true });
      }
      resolve({ ms, firstOutMs, code, signal, over, stdout, stderr, peakMB: peakKB / 1024, cpuS });
    });
  });
  return { child, done, peakNowMB: () => (measuredPid ? procStatusKB(measuredPid, 'VmHWM') / 1024 : 0), kill };
}

/** Runs one command to its end (measuredSpawn's result). */
export function measured(cmd, args, opts = {}) {
  return measuredSpawn(cmd, args, opts).done;
}

export function loadAverage() {
  return os.loadavg().map((x) => x.toFixed(2)).join(', ');
}

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}
