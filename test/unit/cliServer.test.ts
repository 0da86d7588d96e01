import * as assert from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import './helpers/cacheHome';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

// Two reports written for this test, in the layouts the parser reads.
const FORUM = `---
title: 2019长江医疗数据论坛
date: 2019-04-20
---

## 顾明川｜信息中心主任，江北人民医院

顾明川表示，灾备演练每季度做一次，混合云让演练的成本降了一半。

## 沈若岚｜副院长，南湖妇幼保健院

沈若岚指出：“基因数据的存储要先分级，再上云。”
`;

const NEWS = `江南医院召开影像云建设推进会
本报讯 4月22日，江南医院召开影像云建设推进会。院长郑启航表示，影像云要在年内覆盖全部院区。
信息科科长钱慕白介绍，混合云架构已经完成测试。
`;

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

interface Status { running: boolean; pid?: number; commands?: number }

describe('CLI: the resident server answers as the command would by itself', function () {
  this.timeout(180000);
  let dir: string;
  let home: string;
  let env: NodeJS.ProcessEnv;

  const run = (args: string[], opts: { server?: boolean; cwd?: string } = {}) => spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? dir, encoding: 'utf8', timeout: 120000,
    env: opts.server === false ? { ...env, SUMMIT_SERVER: '0' } : env,
  });
  const status = (): Status => JSON.parse(run(['server', 'status', '--json']).stdout) as Status;
  const socketFiles = () => (fs.existsSync(path.join(home, 'summit-search', 'server')) ? fs.readdirSync(path.join(home, 'summit-search', 'server')) : []);

  /** Waits until a server runs and has answered at least `commands` commands (its first is the one that started it). */
  async function serverUp(commands = 1): Promise<Status> {
    for (let i = 0; i < 300; i++) {
      const s = status();
      if (s.running && (s.commands ?? 0) >= commands) return s;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no server came up');
  }

  /**
   * The same command with the server and without it: the same exit code, output and errors.
   * After a transcript changed, whichever runs first re-reads it and says so; `repaired`
   * names the files the served run (which runs first) must say that of, and the second never does.
   */
  function sameBothWays(args: string[], cwd?: string, repaired: string[] = []): ReturnType<typeof run> {
    const before = status().commands ?? 0;
    const served = run(args, { cwd });
    assert.strictEqual(status().commands, before + 1, `the server answered ${args.join(' ')}`);
    const alone = run(args, { server: false, cwd });
    const notice = /^summit: (\S+): warning: index cache rebuilt.*\n/gm;
    assert.deepStrictEqual([...served.stderr.matchAll(notice)].map((m) => m[1]), repaired, served.stderr);
    const err = served.stderr.replace(notice, '');
    assert.deepStrictEqual({ code: served.status, out: served.stdout, err }, { code: alone.status, out: alone.stdout, err: alone.stderr }, args.join(' '));
    return served;
  }

  before(async () => {
    if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'summit-srv-'));
    home = path.join(dir, 'home');
    env = { ...process.env, XDG_CACHE_HOME: home, SUMMIT_SERVER_IDLE_S: '120' };
    delete env.SUMMIT_SERVER;
    await fsp.mkdir(path.join(dir, 'notes'));
    await fsp.writeFile(path.join(dir, 'notes', 'forum.summit.md'), FORUM);
    await fsp.writeFile(path.join(dir, 'notes', 'news.txt'), NEWS);
    await fsp.writeFile(path.join(dir, 'notes', 'empty.md'), '');
  });
  after(async () => {
    run(['server', 'stop']);
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('a command that finds no server runs by itself and starts one, which answers the next', async () => {
    assert.strictEqual(status().running, false);
    const first = run(['search', '混合云', '--corpus', 'notes', '--json']);
    assert.strictEqual(first.status, 0, first.stderr);
    const up = await serverUp();
    assert.ok(up.pid && up.pid !== process.pid);
    assert.deepStrictEqual(socketFiles().filter((f) => f.endsWith('.sock')).length, 1);
  });

  it('search, ask and cite print the same bytes and exit codes as without it', () => {
    const hits = sameBothWays(['search', '混合云', '--corpus', 'notes', '--json']);
    assert.ok((JSON.parse(hits.stdout) as { results: unknown[] }).results.length > 0);
    sameBothWays(['search', '混合云', '--corpus', 'notes', '--no-bundled']);
    sameBothWays(['search', '灾备 演练', '--corpus', 'notes', '--no-bundled', '--json', '--limit', '3']);
    sameBothWays(['ask', '谁是沈若岚', '--corpus', 'notes', '--json']);
    sameBothWays(['ask', '郑启航担任什么职务', '--corpus', 'notes', '--no-bundled']);
    sameBothWays(['cite', '混合云', '--corpus', 'notes', '--no-bundled']);
    const usage = sameBothWays(['search', '混合云', '--limit', '0']);
    assert.strictEqual(usage.status, 2);
    const missing = sameBothWays(['search', '混合云', '--corpus', 'nowhere', '--no-bundled']);
    assert.match(missing.stderr, /nowhere: error: no such file or folder/);
  });

  it('a transcript changed, added or removed is read again before the next answer', async () => {
    const word = '磁带库';
    const find = (repaired: string[] = []) => (JSON.parse(sameBothWays(['search', word, '--corpus', 'notes', '--no-bundled', '--json'], undefined, repaired).stdout) as { results: Array<{ file: string }> }).results;
    assert.strictEqual(find().length, 0);
    await fsp.appendFile(path.join(dir, 'notes', 'news.txt'), `院长郑启航表示，${word}还在论证。\n`);
    assert.deepStrictEqual(find(['notes/news.txt']).map((h) => h.file), ['notes/news.txt']);
    assert.deepStrictEqual(find().map((h) => h.file), ['notes/news.txt'], 'the repair is said once');
    await fsp.writeFile(path.join(dir, 'notes', 'later.txt'), `信息科科长钱慕白指出，${word}的试点明年启动。\n`);
    assert.strictEqual(find().length, 2);
    await fsp.rm(path.join(dir, 'notes', 'later.txt'));
    assert.deepStrictEqual(find().map((h) => h.file), ['notes/news.txt']);
  });

  it('a relative --corpus is read in the folder the command runs in', async () => {
    const other = path.join(dir, 'other');
    await fsp.mkdir(path.join(other, 'notes'), { recursive: true });
    await fsp.writeFile(path.join(other, 'notes', 'only.txt'), '院长郑启航表示，远程会诊平台下月上线。\n');
    const here = sameBothWays(['search', '远程会诊', '--corpus', 'notes', '--no-bundled', '--json']);
    const there = sameBothWays(['search', '远程会诊', '--corpus', 'notes', '--no-bundled', '--json'], other);
    assert.strictEqual((JSON.parse(here.stdout) as { results: unknown[] }).results.length, 0);
    assert.strictEqual((JSON.parse(there.stdout) as { results: unknown[] }).results.length, 1);
  });

  it('a malformed request is closed without a reply and the server goes on', async () => {
    const up = await serverUp();
    const socket = path.join(home, 'summit-search', 'server', socketFiles().find((f) => f.endsWith('.sock'))!);
    for (const junk of ['not json\n', '{"kind":"run","argv":"search","cwd":"/","tty":false}\n', '{"kind":"shutdown"}\n', `${'x'.repeat(100000)}\n`]) {
      const got = await new Promise<string>((resolve) => {
        let data = '';
        const conn = net.connect(socket, () => conn.write(junk));
        conn.on('data', (d) => { data += d.toString(); });
        conn.on('error', () => resolve(data));
        conn.on('close', () => resolve(data));
      });
      assert.strictEqual(got, '', junk.slice(0, 40));
    }
    assert.strictEqual(status().pid, up.pid);
    sameBothWays(['search', '混合云', '--corpus', 'notes', '--no-bundled', '--json']);
  });

  it('stop ends it and removes its socket; a dead server\'s socket is replaced by the next command', async () => {
    const stopped = JSON.parse(run(['server', 'stop', '--json']).stdout) as { stopped: boolean; pid: number };
    assert.strictEqual(stopped.stopped, true);
    for (let i = 0; i < 50 && (socketFiles().length > 0 || alive(stopped.pid)); i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(socketFiles(), []);
    assert.strictEqual(alive(stopped.pid), false, 'its process has exited');
    assert.strictEqual(status().running, false);
    // A server killed outright leaves its socket file behind.
    const victim = spawn(process.execPath, [CLI, 'server', 'run'], { env, stdio: 'ignore' });
    await serverUp(0);
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('exit', r));
    assert.strictEqual(socketFiles().filter((f) => f.endsWith('.sock')).length, 1, 'the dead server\'s socket is left');
    assert.strictEqual(status().running, false);
    const r = run(['search', '混合云', '--corpus', 'notes', '--no-bundled', '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    const up = await serverUp();
    assert.notStrictEqual(up.pid, victim.pid);
  });

  it('a server that never replies is ended; the command runs by itself and a new server starts', async () => {
    const up = await serverUp();
    const socket = path.join(home, 'summit-search', 'server', socketFiles().find((f) => f.endsWith('.sock'))!);
    run(['server', 'stop']);
    for (let i = 0; i < 50 && alive(up.pid!); i++) await new Promise((r) => setTimeout(r, 100));
    // A stand-in for a stuck server: it takes every connection and never answers.
    const hold = `const net=require('net');net.createServer(()=>{}).listen(${JSON.stringify(socket)},()=>require('fs').writeFileSync(${JSON.stringify(socket.replace(/\.sock$/, '.pid'))},String(process.pid)))`;
    const stuck = spawn(process.execPath, ['-e', hold, 'server', 'run'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !fs.existsSync(socket.replace(/\.sock$/, '.pid')); i++) await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'search', '混合云', '--corpus', 'notes', '--no-bundled', '--json'], { cwd: dir, encoding: 'utf8', env: { ...env, SUMMIT_SERVER_REPLY_MS: '1500' } });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as { results: unknown[] }).results.length > 0);
    assert.ok(Date.now() - started >= 1500);
    const exit = await new Promise<NodeJS.Signals | null>((resolve) => (stuck.exitCode !== null || stuck.signalCode !== null ? resolve(stuck.signalCode) : stuck.once('exit', (_c, sig) => resolve(sig))));
    assert.strictEqual(exit, 'SIGKILL');
    const fresh = await serverUp();
    assert.notStrictEqual(fresh.pid, stuck.pid);
  });

  it('it exits by itself after its idle time, leaving nothing behind', async () => {
    run(['server', 'stop']);
    const child = spawn(process.execPath, [CLI, 'server', 'run', '--idle', '2'], { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // (its socket file, not a status command, which may take longer than the idle time on a busy machine)
    let listened = false;
    for (let i = 0; i < 300 && !listened && child.exitCode === null; i++) {
      listened = socketFiles().some((f) => f.endsWith('.sock'));
      if (!listened) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(listened, 'it listened');
    assert.strictEqual(await exited, 0);
    assert.deepStrictEqual(socketFiles(), []);
  });

  it('with SUMMIT_SERVER=0 a command neither uses nor starts one; a bad server command is one usage line', () => {
    const r = run(['search', '混合云', '--corpus', 'notes', '--no-bundled'], { server: false });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(status().running, false);
    for (const args of [['server'], ['server', 'restart'], ['server', 'run', '--idle', '0'], ['server', 'status', '--frob']]) {
      const bad = run(args);
      assert.strictEqual(bad.status, 2, args.join(' '));
      assert.match(bad.stderr, /^summit: [^\n]+\n$/, args.join(' '));
    }
  });
});
