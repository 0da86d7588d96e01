// Runs INSIDE the VS Code extension host as its extensionTestsPath (loaded by bench/host-stall.mjs;
// CommonJS because the host require()s it). Measures the event loop of the extension host from
// before the extension activates until its workspace transcripts are indexed (and, again, for a
// warm re-index from the cache): perf_hooks.monitorEventLoopDelay({ resolution: 10 }) and a
// setInterval(…, 5) probe that records the largest gap between its ticks. Talks to the extension
// only through the API that activate() returns (its `workspace` and `service`; the test hook
// `items` proves the host runs it in ExtensionMode.Test). Writes the figures as JSON to the
// `resultFile` named in <workspace>/.summit-stall-run.json; run() rejects when anything failed.
'use strict';
const fs = require('fs');
const path = require('path');
const { PerformanceObserver, constants: perfConstants, monitorEventLoopDelay, performance } = require('perf_hooks');
const vscode = require('vscode');

const EXTENSION_ID = 'summitlab.summit-search';
const PROBE_MS = 5;
/** Gaps this long are kept with their time and what was loaded then (for finding the cause). */
const NOTABLE_MS = 50;

function marker() {
  for (const folder of vscode.workspace.workspaceFolders || []) {
    const file = path.join(folder.uri.fsPath, '.summit-stall-run.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  throw new Error('no .summit-stall-run.json in the workspace folder');
}

/** CPU time of this thread in ms (Node ≥ 23.9: process.threadCpuUsage), or undefined. */
const threadCpuMs = typeof process.threadCpuUsage === 'function'
  ? () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; }
  : () => undefined;

/**
 * The interval probe: largest gap between ticks, and every notable gap with its phase. With
 * threadCpuUsage it also keeps the largest CPU time this thread spent within one gap: on a
 * loaded machine a gap is also time the thread waited for a core, its CPU time is the work.
 */
function startProbe(context) {
  const probe = { maxGapMs: 0, maxCpuGapMs: 0, notable: [], ticks: 0, phase: 'start' };
  let last = performance.now();
  let lastCpu = threadCpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    const gap = now - last;
    const cpuGap = cpu === undefined ? undefined : cpu - lastCpu;
    last = now;
    lastCpu = cpu;
    probe.ticks++;
    if (gap > probe.maxGapMs) probe.maxGapMs = gap;
    if (cpuGap !== undefined && cpuGap > probe.maxCpuGapMs) probe.maxCpuGapMs = cpuGap;
    if (gap >= NOTABLE_MS) probe.notable.push({ atMs: Math.round(now - context.t0), gapMs: Math.round(gap), cpuMs: cpuGap === undefined ? undefined : Math.round(cpuGap), phase: probe.phase, loaded: context.loaded() });
  }, PROBE_MS);
  probe.hasCpu = lastCpu !== undefined;
  probe.reset = () => { last = performance.now(); lastCpu = threadCpuMs(); };
  probe.stop = () => clearInterval(timer);
  return probe;
}

const GC_KINDS = { [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb' };

/** Garbage-collection pauses of this thread (a stall no profile of JavaScript names). */
function startGcWatch() {
  const gc = { count: 0, totalMs: 0, maxMs: 0, maxKind: '', over50: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.count++;
      gc.totalMs += e.duration;
      if (e.duration >= 50) gc.over50++;
      if (e.duration > gc.maxMs) { gc.maxMs = e.duration; gc.maxKind = GC_KINDS[(e.detail && e.detail.kind) ?? e.kind] || 'other'; }
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  gc.reset = () => Object.assign(gc, { count: 0, totalMs: 0, maxMs: 0, maxKind: '', over50: 0 });
  gc.stop = () => obs.disconnect();
  return gc;
}

/** One measured phase: the monitors reset at its start, read at its end. */
async function phase(name, probe, histogram, context, fn) {
  const gc = context.gc;
  gc.reset();
  probe.phase = name;
  probe.maxGapMs = 0;
  probe.maxCpuGapMs = 0;
  probe.reset();
  histogram.reset();
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  // One more probe turn so a stall that ended the phase is counted.
  await new Promise((r) => setTimeout(r, PROBE_MS * 3));
  return {
    name, ms: Math.round(ms), value,
    probeMaxGapMs: Math.round(probe.maxGapMs * 10) / 10,
    probeMaxCpuGapMs: probe.hasCpu ? Math.round(probe.maxCpuGapMs * 10) / 10 : undefined,
    eldMaxMs: Math.round(histogram.max / 1e5) / 10,
    eldP99Ms: Math.round(histogram.percentile(99) / 1e5) / 10,
    eldMeanMs: Math.round(histogram.mean / 1e5) / 10,
    gc: { count: gc.count, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs), maxKind: gc.maxKind, over50: gc.over50 },
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

/** A CPU profile of this thread (the extension host's main thread), written to `file`. */
function startProfile(file) {
  const inspector = require('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  const started = post('Profiler.enable').then(() => post('Profiler.setSamplingInterval', { interval: 500 })).then(() => post('Profiler.start'));
  return async () => {
    await started;
    const { profile } = await post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function measure(run, result) {
  const context = { t0: performance.now(), api: undefined, loaded: () => (context.api ? context.api.workspace.loaded().length : 0) };
  context.gc = startGcWatch();
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const probe = startProbe(context);
  const stopProfile = run.profile ? startProfile(run.profile) : undefined;
  try {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
    result.activeBefore = ext.isActive;
    result.phases.push(await phase('activate + engine load', probe, histogram, context, async () => {
      if (run.views) await vscode.commands.executeCommand('workbench.view.extension.summit');
      context.api = await ext.activate();
      await context.api.ready;
      return { engineReady: context.api.service.isReady, testHook: Boolean(context.api.items) };
    }));
    result.phases.push(await phase('cold indexing', probe, histogram, context, async () => {
      await context.api.workspace.idle();
      return { loaded: context.api.workspace.loaded().length };
    }));
    if (run.warm) {
      result.phases.push(await phase('warm re-index', probe, histogram, context, async () => {
        const r = await context.api.workspace.reindexAll();
        await context.api.workspace.idle();
        return { total: r.total, done: r.done, loaded: context.api.workspace.loaded().length };
      }));
    }
    result.search = await timedSearch(context.api, run.query);
  } finally {
    probe.stop();
    histogram.disable();
    context.gc.stop();
    if (stopProfile) await stopProfile().catch((e) => { result.profileError = String(e && e.message || e); });
    result.notable = probe.notable;
    result.probeTicks = probe.ticks;
  }
}

async function timedSearch(api, query) {
  const t = performance.now();
  const r = await api.service.search(query, { limit: 20 });
  return { query, ms: Math.round(performance.now() - t), hits: r.results.length, workspaceHits: r.results.filter((h) => h.file !== 'corpus/summit-2017.txt').length };
}

exports.run = async function run() {
  const cfg = marker();
  const result = { phases: [], node: process.version, vscode: vscode.version };
  let error;
  try {
    await measure(cfg, result);
  } catch (e) {
    error = e;
    result.error = String(e && e.message || e);
  }
  fs.writeFileSync(cfg.resultFile, JSON.stringify(result, null, 2));
  if (error) throw error;
};
