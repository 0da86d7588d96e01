/**
 * Issue 12, finding 3: special files named on --corpus. Only regular files are read; a FIFO,
 * a unix socket, /dev/zero and /dev/null are reported in one line and skipped, promptly (a
 * FIFO used to block the open, /dev/zero used to be read until memory ran out).
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadTranscriptPaths } from '../../src/node/transcriptFiles';
import { readWithinLimit } from '../../src/node/fileLimits';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** A hang guard, not a speed assertion: the CLI starts its segmenter in about a second. */
const HANG_MS = 30000;

function runCli(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stderr, stdout }); });
  });
}

describe('special files on --corpus (only regular files are read)', function () {
  this.timeout(4 * HANG_MS);
  let dir: string;
  let fifo: string;
  let sock: string;
  let server: net.Server;
  // FIFOs, unix sockets and /dev/zero are POSIX: this suite runs on Linux, as CI does.
  before(async function () {
    if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-special-'));
    fifo = path.join(dir, 'pipe.summit.md');
    execFileSync('mkfifo', [fifo]);
    sock = path.join(dir, 'talk.summit.txt');
    server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
  });
  after(async () => {
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<{ name: string; path: () => string; kind: RegExp }> = [
    { name: 'a FIFO (mkfifo)', path: () => fifo, kind: /named pipe \(FIFO\) is not a regular file/ },
    { name: 'a unix socket', path: () => sock, kind: /socket is not a regular file/ },
    { name: '/dev/zero', path: () => '/dev/zero', kind: /character device is not a regular file/ },
    { name: '/dev/null', path: () => '/dev/null', kind: /character device is not a regular file/ },
  ];

  for (const c of cases) {
    it(`summit search x --corpus <${c.name}> --no-bundled: one line on stderr, exit 0, no hang`, async () => {
      const r = await runCli(['search', 'x', '--corpus', c.path(), '--no-bundled']);
      assert.equal(r.signal, null, `killed after ${HANG_MS} ms: it hung`);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^summit: .+: warning: skipped: /);
      assert.ok(lines[0].includes(c.path()), lines[0]);
      assert.match(lines[0], c.kind);
    });
  }

  it('the loader skips them with one problem each and still loads the regular files beside them', async () => {
    const good = path.join(dir, 'good.summit.txt');
    fs.writeFileSync(good, '2019智慧医院研讨会\n北京协和医院信息中心主任赵伟表示：“混合云是智慧医院的底座。”\n');
    const { corpora, problems } = await loadTranscriptPaths([fifo, sock, '/dev/zero', '/dev/null', good], { cwd: dir });
    assert.equal(corpora.length, 1);
    assert.equal(problems.length, 4, JSON.stringify(problems));
    assert.ok(problems.every((p) => p.severity === 'warning' && /not a regular file/.test(p.message)));
  });

  it('a folder holding a FIFO named like a transcript is scanned without opening it', async () => {
    fs.writeFileSync(path.join(dir, 'good.summit.txt'), '2019智慧医院研讨会\n赵伟表示：“混合云是底座。”\n');
    const { corpora, problems } = await loadTranscriptPaths([dir], { cwd: dir });
    assert.deepEqual(corpora.map((c) => c.file), ['good.summit.txt']);
    assert.ok(problems.every((p) => !/pipe\.summit\.md/.test(p.file ?? '')), JSON.stringify(problems));
  });
});

describe('readWithinLimit (bounded reads)', () => {
  it('never reads more than the limit from a file whose reported size is 0', async function () {
    // /proc files report size 0 but have content; the read still stops at the limit.
    const whole = await readWithinLimit('/proc/self/maps', 'maps', 1024 * 1024);
    assert.ok(whole.bytes && whole.bytes.length > 0, 'read a size-0 file with content');
    const cut = await readWithinLimit('/proc/self/maps', 'maps', 16);
    assert.equal(cut.bytes, undefined);
    assert.match(cut.problem!.message, /more than the limit of 0\.0 MB/);
  });

  it('reads a regular file exactly and refuses one above the limit by its size', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bounded-'));
    try {
      const file = path.join(dir, 'a.txt');
      const data = Buffer.from('混合云'.repeat(1000));
      fs.writeFileSync(file, data);
      const ok = await readWithinLimit(file, 'a.txt', data.length);
      assert.ok(ok.bytes?.equals(data));
      const big = await readWithinLimit(file, 'a.txt', data.length - 1);
      assert.match(big.problem!.message, /above the limit/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
