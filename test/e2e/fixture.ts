// Shared fixture of the browser suite: ONE code-server (VS Code 1.139.1) with the unpacked
// extension loaded through the workbench payload, ONE headless Debian chromium page on it,
// and helpers that act the way a user does (activity bar, command palette, sidebar webview).
//
// Lifecycle: scripts/run-e2e.mjs passes `--require out/test/e2e/fixture.js`, so mocha runs
// `mochaHooks.beforeAll` once before every e2e file and `afterAll` once after them. When a test
// file is run by plain mocha without --require, importing this module registers the same two
// hooks on the root suite instead.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { BrowserContext, FrameLocator, Locator, Page } from './playwright';

export type { BrowserContext, FrameLocator, Locator, Page } from './playwright';

/** Repository root (this file runs from out/test/e2e). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const EXTENSION_ID = 'summitlab.summit-search';
export type ThemeName = 'Default Dark Modern' | 'Default Light Modern';

/** The parts of scripts/lib/code-server.mjs this fixture uses. */
interface CodeServer {
  url: string;
  workspace: string;
  scratch: { dir: string; userData: string };
  workbenchUrl(o: { extensionDevelopmentPath?: string; extensionTestsPath?: string; folder?: string }): string;
  saveLog(name: string): void;
  stop(): Promise<void>;
}
interface HostLib {
  startCodeServer(o: { label: string; keepScratch?: boolean }): Promise<CodeServer>;
  launchBrowser(server: CodeServer): Promise<{ context: BrowserContext; page: Page }>;
}

interface Session {
  server: CodeServer;
  context: BrowserContext;
  page: Page;
}

let session: Session | undefined;
let starting: Promise<Session> | undefined;

// TypeScript compiles import() to require() under CommonJS; the host library is an ES module.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

async function start(): Promise<Session> {
  const lib = (await importEsm(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'lib', 'code-server.mjs')).href)) as HostLib;
  for (const built of ['dist/extension.js', 'dist/webview.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, built))) throw new Error(`${built} is missing: run \`npm run build:dev\` first`);
  }
  const server = await lib.startCodeServer({ label: 'e2e', keepScratch: !!process.env.SUMMIT_KEEP_SCRATCH });
  let context: BrowserContext | undefined;
  try {
    const browser = await lib.launchBrowser(server);
    context = browser.context;
    const page = browser.page;
    page.setDefaultTimeout(30000);
    page.on('pageerror', (e: Error) => { if (process.env.VERBOSE) console.log(`[page error] ${e.message}`); });
    await loadWorkbench(page, server);
    session = { server, context, page };
    return session;
  } catch (e) {
    if (context) await context.pages()[0]?.screenshot({ path: path.join(RESULTS_DIR, 'e2e-startup-failure.png') }).catch(() => undefined);
    await context?.close().catch(() => undefined);
    server.saveLog('e2e-code-server.log');
    await server.stop();
    throw e;
  }
}

async function loadWorkbench(page: Page, server: CodeServer): Promise<void> {
  await page.goto(server.workbenchUrl({ extensionDevelopmentPath: REPO_ROOT }), { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  // The Summit entry appears once the extension host has read the manifest.
  await page.locator('.activitybar [aria-label^="Summit"]').first().waitFor({ timeout: 90000 });
}

/** Starts the shared code-server and browser (once) and resolves when the workbench is up. */
export function startWorkbench(): Promise<Session> {
  starting ??= start();
  return starting;
}

/** Stops the browser and code-server; keeps the server log in test-results/. */
export async function stopWorkbench(): Promise<void> {
  const s = session ?? (starting ? await starting.catch(() => undefined) : undefined);
  session = undefined;
  starting = undefined;
  if (!s) return;
  await s.context.close().catch(() => undefined);
  s.server.saveLog('e2e-code-server.log');
  await s.server.stop();
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(180000);
    await startWorkbench();
  },
  /** Keeps a picture of the workbench for every failed test: test-results/e2e-failed-<title>.png. */
  async afterEach(this: Mocha.Context) {
    if (this.currentTest?.state !== 'failed' || !session) return;
    const name = `e2e-failed-${this.currentTest.fullTitle().replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 80)}`;
    await screenshot(name).then((file) => console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`), () => undefined);
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(30000);
    await stopWorkbench();
  },
};

// Loaded by a test file rather than by --require: hook the root suite directly.
if (typeof before === 'function' && typeof afterEach === 'function' && typeof after === 'function' && !process.env.SUMMIT_E2E_HOOKS_REQUIRED) {
  before(mochaHooks.beforeAll);
  afterEach(mochaHooks.afterEach);
  after(mochaHooks.afterAll);
}

function current(): Session {
  if (!session) throw new Error('The e2e workbench is not running: run the suite with `npm run test:e2e`');
  return session;
}

/** The workbench page. */
export function page(): Page {
  return current().page;
}

/** The workspace folder the workbench has open (a fresh scratch folder per run). */
export function workspaceFolder(): string {
  return current().server.workspace;
}

/** Reloads the workbench (the extension host restarts; the workspace stays). */
export async function reloadWorkbench(): Promise<void> {
  const s = current();
  await loadWorkbench(s.page, s.server);
}

/** Opens the Summit container from the activity bar (no-op when it is already showing). */
export async function openSummit(): Promise<void> {
  const p = page();
  const active = p.locator('.activitybar .action-item.checked [aria-label^="Summit"]');
  if ((await active.count()) === 0) {
    await p.locator('.activitybar [aria-label^="Summit"]').first().click();
  }
  await p.locator('.part.sidebar .pane-header', { hasText: 'Topics' }).first().waitFor();
}

/**
 * The content frame of the Summit search webview in the sidebar. Not matched on
 * `purpose=webviewView`: when the view is hidden and shown again, VS Code re-creates the iframe
 * without that parameter (the extension has no webview panels).
 */
export function sidebarFrame(): FrameLocator {
  return page()
    .frameLocator(`iframe.webview[src*="extensionId=${EXTENSION_ID}&"]:not([src*="purpose=webviewPanel"])`)
    .first()
    .frameLocator('iframe#active-frame');
}

/** Makes sure a sidebar view (by its title, e.g. "Topics") is expanded. */
export async function expandView(title: string): Promise<Locator> {
  const header = page().locator('.part.sidebar .pane-header', { hasText: title }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return header;
}

/** A visible tree/list row in the sidebar whose text contains `text`. */
export function treeRow(text: string | RegExp): Locator {
  return page().locator('.part.sidebar .monaco-list-row', { hasText: text }).first();
}

/** Runs a command by its palette title (e.g. "Summit: Search the Summit…") via F1. */
export async function runCommand(title: string): Promise<void> {
  const p = page();
  const input = p.locator('.quick-input-widget .quick-input-box input').first();
  await p.keyboard.press('F1');
  const shown = await input.waitFor({ timeout: 3000 }).then(() => true, () => false);
  if (!shown) {
    // Focus may sit inside a webview frame: give it back to the workbench, then retry.
    await p.locator('.part.editor').first().click({ force: true });
    await p.keyboard.press('F1');
  }
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = p.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await row.click();
}

/** Saves a PNG of the whole workbench to test-results/<name>.png and returns its path. */
export async function screenshot(name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page().screenshot({ path: file });
  return file;
}

/** Merges `values` into the user settings.json of the running workbench (it applies them live). */
export function updateUserSettings(values: Record<string, unknown>): void {
  const file = path.join(current().server.scratch.userData, 'User', 'settings.json');
  const settings = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...settings, ...values }, null, 2));
}

/** The colour-theme picker shows the built-in "Default …" themes without the prefix. */
const THEME_LABELS: Record<ThemeName, string> = {
  'Default Dark Modern': 'Dark Modern',
  'Default Light Modern': 'Light Modern',
};

/** Switches the colour theme through the command palette and waits until the workbench shows it. */
export async function setTheme(theme: ThemeName): Promise<void> {
  const p = page();
  const label = THEME_LABELS[theme];
  await runCommand('Preferences: Color Theme');
  await p.locator('.quick-input-widget .quick-input-box input').first().fill(label);
  await p.locator(`.quick-input-widget .monaco-list-row[aria-label^="${label}"]`).first().click();
  const cls = theme.includes('Dark') ? 'vs-dark' : 'vs';
  const id = theme.includes('Dark') ? 'dark_modern' : 'light_modern';
  await p.locator(`.monaco-workbench.${cls}[class*="${id}"]`).waitFor({ timeout: 30000 });
}
