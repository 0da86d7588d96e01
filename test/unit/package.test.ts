// The extension manifest and the .vsix built from it: what VS Code and the Marketplace read.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');

interface Manifest {
  name: string;
  publisher: string;
  displayName: string;
  main: string;
  bin?: Record<string, string>;
  engines: Record<string, string>;
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  contributes: {
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, { id: string; type?: string; name: string }[]>;
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
  };
}

const manifestText = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;

/** Whether `version` satisfies a simple engines range: ^x.y.z, ~x.y.z, >=x.y.z or x.y.z. */
export function satisfies(version: string, range: string): boolean {
  const m = /^(\^|~|>=)?\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`unsupported range ${range}`);
  const [, op, ...want] = m;
  const [wa, wb, wc] = want.map(Number);
  const [a, b, c] = version.split('.').map(Number);
  const cmp = a - wa || b - wb || c - wc;
  if (op === '>=') return cmp >= 0;
  if (op === '^') return a === wa && cmp >= 0;
  if (op === '~') return a === wa && b === wb && c >= wc;
  return cmp === 0;
}

describe('package.json manifest', () => {
  it('identifies the extension', () => {
    assert.equal(manifest.name, 'summit-search');
    assert.equal(manifest.publisher, 'summitlab');
    assert.equal(manifest.displayName, 'Summit Search');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin?.summit, './dist/cli.js');
  });

  it('allows VS Code 1.139.1 (the test host) in engines.vscode', () => {
    assert.ok(satisfies('1.139.1', manifest.engines.vscode), `engines.vscode ${manifest.engines.vscode}`);
    assert.equal(satisfies('2.0.0', '^1.90.0'), false);
    assert.equal(satisfies('1.89.9', '^1.90.0'), false);
  });

  it('never activates on *', () => {
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
  });

  it('contributes the Summit view container with its icon and the three views', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'summit');
    assert.ok(container, 'no activity-bar container "summit"');
    assert.equal(container.title, 'Summit');
    assert.ok(fs.existsSync(path.join(REPO, container.icon)), `icon ${container.icon} is missing`);
    const views = manifest.contributes.views.summit ?? [];
    assert.deepEqual(views.map((v) => v.id), ['summit.search', 'summit.topics', 'summit.speakers']);
    assert.equal(views[0].type, 'webview');
  });

  it('contributes the four required commands in category Summit', () => {
    const byId = new Map(manifest.contributes.commands.map((c) => [c.command, c]));
    for (const id of ['summit.search', 'summit.ask', 'summit.lookUpTopic', 'summit.citeSelection']) {
      assert.equal(byId.get(id)?.category, 'Summit', `${id} missing or not in category Summit`);
    }
    assert.ok(manifest.contributes.commands.every((c) => c.command.startsWith('summit.')));
  });

  it('has a summit.* configuration section', () => {
    const sections = ([] as { properties: Record<string, unknown> }[]).concat(manifest.contributes.configuration);
    const keys = sections.flatMap((s) => Object.keys(s.properties));
    assert.ok(keys.length > 0);
    assert.deepEqual(keys.filter((k) => !k.startsWith('summit.')), []);
  });

  it('resolves every %placeholder% from package.nls.json', () => {
    const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const used = [...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 0);
    assert.deepEqual(used.filter((k) => !(k in nls)), []);
  });
});

describe('the .vsix file list (vsce ls)', function () {
  this.timeout(180000);
  let files: string[];

  before(function () {
    for (const built of ['dist/extension.js', 'dist/webview.js', 'dist/cli.js']) {
      assert.ok(fs.existsSync(path.join(REPO, built)), `${built} is missing: run \`npm run build\` first`);
    }
    const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
    const out = execFileSync(process.execPath, [vsce, 'ls'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    files = out.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('contains what the extension needs at run time', () => {
    for (const f of ['package.json', 'README.md', 'dist/extension.js', 'dist/webview.js', 'dist/cli.js', 'corpus/summit-2017.txt', 'media/summit.svg']) {
      assert.ok(files.includes(f), `${f} is not packaged`);
    }
    assert.ok(files.some((f) => f.startsWith('corpus/') && f.endsWith('.json')), 'no curated corpus data');
    assert.ok(files.some((f) => f.startsWith('media/') && f.endsWith('.css')), 'no stylesheet in media/');
  });

  it('contains the native jieba engine (@node-rs/jieba and its platform binary)', () => {
    assert.ok(files.includes('node_modules/@node-rs/jieba/package.json'));
    assert.ok(files.includes('node_modules/@node-rs/jieba/index.js'));
    assert.ok(files.some((f) => /^node_modules\/@node-rs\/jieba-[\w-]+\/[^/]+\.node$/.test(f)), 'no @node-rs/jieba-<platform>/*.node');
  });

  it('leaves out sources, tests, tooling and other node_modules', () => {
    const forbidden = /^(src|test|out|bench|scripts|docs|\.ci|\.vscode|\.vscode-test|test-results)\//;
    assert.deepEqual(files.filter((f) => forbidden.test(f)), []);
    assert.deepEqual(files.filter((f) => f.startsWith('node_modules/') && !/^node_modules\/@node-rs\/jieba(-[\w-]+)?\//.test(f)), []);
    for (const dev of Object.keys(manifest.devDependencies)) {
      assert.ok(!files.some((f) => f.startsWith(`node_modules/${dev}/`)), `dev dependency ${dev} is packaged`);
    }
    assert.deepEqual(files.filter((f) => /\.(map|ts)$/.test(f) && !f.endsWith('.d.ts')), []);
    assert.deepEqual(files.filter((f) => /^media\/screenshot/.test(f)), [], 'README screenshots are not needed at run time');
  });
});
