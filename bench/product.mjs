// The product measured on one workspace: ripgrep on the same files, `summit search Q`
// one command at a time (cold: empty cache; warm: the same cache again), and the
// long-running JSON Lines process (cold and warm). Also the bundled start ratio and the
// segmenter's own start. Everything runs in child processes with time and memory budgets.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measured, median } from './lib/proc.mjs';
import { ripgrepMix } from './lib/ripgrep.mjs';
import { oneCommand, peakOfPid, referenceEnv, serverCall, session, summitCommand } from './lib/summit.mjs';

function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return n;
}

const newCacheDir = (work) => fs.mkdtempSync(path.join(work, 'cache-'));

/**
 * One workspace (`ws`, `mb` megabytes): { rg, cold, warm, sessionCold, sessionWarm }.
 * `oneCommands` false skips the one-command runs (the scaling curve needs only sessions).
 */
export async function measureWorkspace({ root, ws, mb, mix, rg, cache, work, budgets, oneCommands, log: say }) {
  const out = { mb, rg: null };
  const log = (s) => say(`${mb.toFixed(1)} MB: ${s}`);
  if (rg) { log(`ripgrep over the query mix …`); out.rg = await ripgrepMix(rg, ws, mix); }
  const dir = cache.accepted ? newCacheDir(work) : undefined;
  const opts = { cacheDir: dir, budgetMs: budgets.startMs, rssCapMB: budgets.rssCapMB };
  if (oneCommands) {
    log(`one command, cold …`);
    out.cold = await oneCommand(root, ws, mix[0].q, opts);
    if (cache.accepted && !out.cold.over) {
      log(`one command, warm ×3 …`);
      const runs = [];
      for (const q of [mix[0].q, mix[6]?.q ?? mix[0].q, mix[mix.length - 1].q]) runs.push(await oneCommand(root, ws, q, opts));
      const done = runs.filter((r) => !r.over);
      out.warm = done.length === runs.length
        ? { ms: median(done.map((r) => r.ms)), peakMB: Math.max(...done.map((r) => r.peakMB)), runs: runs.length }
        : { over: runs.find((r) => r.over).over };
      log(`one command, warm, resident server up ×3 …`);
      out.served = await servedCommands(root, ws, [mix[0].q, mix[6]?.q ?? mix[0].q, mix[mix.length - 1].q], opts, work);
    }
  }
  // Long-running process. Without --cache there is no warm start: one session serves as both.
  const sessionOpts = { ...opts, queryBudgetMs: budgets.queryMs, rounds: 5 };
  if (cache.accepted) {
    const coldDir = newCacheDir(work);
    log(`long-running process, cold (empty cache) …`);
    out.sessionCold = await session(root, ws, mix, { ...sessionOpts, cacheDir: coldDir, rounds: 1 });
    out.cacheBytes = dirBytes(coldDir);
    if (out.sessionCold.firstMs !== null) {
      log(`long-running process, warm …`);
      out.sessionWarm = await session(root, ws, mix, { ...sessionOpts, cacheDir: coldDir });
      if (out.sessionWarm.firstMs !== null) {
        log(`one file changed, one command …`);
        out.update = await updateOneFile(root, ws, coldDir, opts);
      }
    }
    fs.rmSync(coldDir, { recursive: true, force: true });
  } else {
    log(`long-running process (no cache: cold = warm) …`);
    out.sessionCold = await session(root, ws, mix, sessionOpts);
    out.sessionWarm = out.sessionCold;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/**
 * The same warm one commands answered by the resident server (SUMMIT_SERVER unset, in a cache
 * home of their own so no other server is reached): one unmeasured command starts it, the bench
 * waits until it has answered that one, then times each command. Also the server's own memory
 * (it is a second process the user has while it runs). The server is stopped at the end.
 */
async function servedCommands(root, ws, queries, opts, work) {
  const env = { ...process.env, XDG_CACHE_HOME: fs.mkdtempSync(path.join(work, 'home-')) };
  delete env.SUMMIT_SERVER;
  try {
    const first = await oneCommand(root, ws, queries[0], { ...opts, env });
    if (first.over) return { over: first.over };
    let status = serverCall(root, 'status', env);
    for (let i = 0; i < 600 && !(status.running && status.commands >= 1); i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = serverCall(root, 'status', env);
    }
    if (!status.running) return { over: `no server came up${status.error ? ` (${status.error})` : ''}` };
    const runs = [];
    for (const q of queries) runs.push(await oneCommand(root, ws, q, { ...opts, env }));
    const after = serverCall(root, 'status', env);
    if (runs.some((r) => r.over) || after.commands !== status.commands + runs.length) return { over: 'not every command was answered by the server' };
    return { ms: median(runs.map((r) => r.ms)), peakMB: Math.max(...runs.map((r) => r.peakMB)), runs: runs.length, serverPeakMB: peakOfPid(after.pid), serverRssMB: after.rssMB };
  } finally {
    serverCall(root, 'stop', env);
  }
}

/** A word no generated transcript holds (the vocabulary is jieba's dictionary by frequency; this is not in it). */
const ADDED_WORD = '蓝鲸云舱';

/**
 * Issue 11's "update one file": one transcript of the warm workspace gets a new paragraph (the
 * workspace's link is replaced by a changed copy, so the shared pool is untouched), then one
 * `summit search` of a word only that paragraph holds, with the same cache: it must re-read that
 * file alone and find the word. The workspace is changed for good (measure it last).
 */
async function updateOneFile(root, ws, cacheDir, opts) {
  const name = fs.readdirSync(ws).filter((f) => f.endsWith('.md')).sort()[0];
  const file = path.join(ws, name);
  const text = fs.readFileSync(file, 'utf8');
  fs.rmSync(file);
  fs.writeFileSync(file, `${text}\n\n会后，与会者参观了${ADDED_WORD}的演示。\n`);
  return oneCommand(root, ws, ADDED_WORD, { ...opts, cacheDir });
}

export const SEGMENTER_START = `
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
jieba.loadDict(fs.readFileSync('corpus/userdict.txt'));
const words = jieba.cut('医院上云的混合云方案', true);
process.stdout.write(JSON.stringify({ words: words.length, peakMB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

/**
 * The bundled summit's first result from spawn (`summit search 混合云`) against the default
 * segmenter's own start (require @node-rs/jieba, its dictionary, corpus/userdict.txt, one
 * cut; in referenceEnv, so without what summit's command drops), both spawn → first output
 * byte, `runs` interleaved runs each after one warm-up.
 */
export async function bundledStart({ root, cache, work, runs = 5 }) {
  const dir = cache.accepted ? newCacheDir(work) : undefined;
  const summitRun = summitCommand(root, ['search', '混合云', ...(dir ? ['--cache', dir] : [])]);
  const segArgs = ['-e', SEGMENTER_START];
  const summit = [];
  const seg = [];
  let segPeakMB = 0;
  let summitPeakMB = 0;
  for (let i = 0; i <= runs; i++) {
    const a = await measured(...summitRun, { cwd: root, budgetMs: 120000 });
    if (a.over || a.code !== 0 || a.firstOutMs === null) throw new Error(`summit search 混合云 failed: ${(a.stderr || a.over || '').trim().split('\n')[0]}`);
    const b = await measured(process.execPath, segArgs, { cwd: root, env: referenceEnv(), budgetMs: 60000 });
    if (b.code !== 0) throw new Error(`the segmenter alone failed: ${(b.stderr || '').trim().split('\n')[0]}`);
    if (i === 0) continue;
    summit.push(a.firstOutMs);
    seg.push(b.firstOutMs);
    segPeakMB = Math.max(segPeakMB, JSON.parse(b.stdout).peakMB);
    summitPeakMB = Math.max(summitPeakMB, a.peakMB);
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  return { summitMs: median(summit), segmenterMs: median(seg), ratio: median(summit) / median(seg), segPeakMB, summitPeakMB, runs };
}

/**
 * Node's own start (`node -e 0`, spawn → exit, median of `runs` after one warm-up) in
 * referenceEnv, and, when this machine sets NODE_EXTRA_CA_CERTS, with it as every other Node
 * program here pays it: { ms, withCertsMs }.
 */
export async function nodeStart(runs = 7) {
  const time = async (env) => {
    const all = [];
    for (let i = 0; i <= runs; i++) {
      const r = await measured(process.execPath, ['-e', '0'], { env, gnuTime: false, budgetMs: 30000 });
      if (i > 0) all.push(r.ms);
    }
    return median(all);
  };
  return { ms: await time(referenceEnv()), withCertsMs: process.env.NODE_EXTRA_CA_CERTS ? await time(process.env) : null };
}

export const tmpWork = () => fs.mkdtempSync(path.join(os.tmpdir(), 'summit-bench-'));
