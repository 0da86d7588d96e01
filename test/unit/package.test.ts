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
    walkthroughs?: { id: string; title: string; description: string; steps: WalkthroughStep[] }[];
    viewsWelcome?: { view: string; contents: string; when?: string }[];
  };
}

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents?: string[];
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

  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`resolves every %placeholder% from ${file}, with a non-empty string`, () => {
      const nls = JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as Record<string, string>;
      const used = [...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
      assert.ok(used.length > 0);
      assert.deepEqual(used.filter((k) => typeof nls[k] !== 'string' || !nls[k].trim()), []);
    });
  }

  it('activates on the languages the hover serves (src/vscode/hover.ts HOVER_LANGUAGES), and nothing broader', () => {
    const source = fs.readFileSync(path.join(REPO, 'src', 'vscode', 'hover.ts'), 'utf8');
    const list = /HOVER_LANGUAGES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const languages = [...list.matchAll(/'([\w-]+)'/g)].map((m) => m[1]);
    assert.deepEqual(languages.sort(), ['latex', 'markdown', 'plaintext']);
    const events = manifest.activationEvents ?? [];
    for (const l of languages) assert.ok(events.includes(`onLanguage:${l}`), `no onLanguage:${l}`);
    assert.deepEqual(events.filter((e) => !e.startsWith('onLanguage:')), [], 'views and commands activate by themselves');
  });

  it('has a Getting Started walkthrough: search, ask, cite, add a transcript; markdown media; completion on real commands', () => {
    const [walkthrough, ...others] = manifest.contributes.walkthroughs ?? [];
    assert.ok(walkthrough, 'no contributes.walkthroughs');
    assert.equal(others.length, 0);
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['search', 'ask', 'cite', 'transcript']);
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const step of walkthrough.steps) {
      assert.ok(step.media.markdown, `${step.id}: no markdown media`);
      assert.match(step.media.markdown, /^media\/walkthrough\/[\w-]+\.md$/);
      assert.ok(fs.readFileSync(path.join(REPO, step.media.markdown), 'utf8').trim().startsWith('# '), `${step.media.markdown} is missing or has no heading`);
      const events = step.completionEvents ?? [];
      assert.ok(events.length > 0, `${step.id}: no completion events`);
      for (const e of events) {
        const id = /^onCommand:(.+)$/.exec(e)?.[1];
        assert.ok(id && commands.has(id), `${step.id}: ${e} is not a contributed command`);
      }
    }
  });

  it('welcomes the user in the Topics and Speakers views when nothing is indexed, with links to real commands', () => {
    const welcome = manifest.contributes.viewsWelcome ?? [];
    assert.deepEqual(welcome.map((w) => w.view).sort(), ['summit.speakers', 'summit.topics']);
    const commands = new Set([...manifest.contributes.commands.map((c) => c.command), 'workbench.action.openSettings']);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as Record<string, string>;
      for (const w of welcome) {
        const text = nls[/^%(.+)%$/.exec(w.contents)?.[1] ?? ''] ?? '';
        const links = [...text.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
        assert.ok(links.length > 0, `${file} ${w.view}: no command link`);
        for (const id of links) assert.ok(commands.has(id), `${file} ${w.view}: ${id} is not a command`);
      }
    }
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
    for (const f of ['package.json', 'README.md', 'dist/extension.js', 'dist/webview.js', 'dist/cli.js', 'dist/cliMain.js', 'dist/jieba/lexicon.bin', 'dist/jieba/hmm.json', 'corpus/summit-2017.txt', 'media/summit.svg']) {
      assert.ok(files.includes(f), `${f} is not packaged`);
    }
    assert.ok(files.some((f) => f.startsWith('corpus/') && f.endsWith('.json')), 'no curated corpus data');
    assert.ok(files.some((f) => f.startsWith('media/') && f.endsWith('.css')), 'no stylesheet in media/');
  });

  it('contains the walkthrough media and both manifest translations', () => {
    const media = (manifest.contributes.walkthroughs ?? []).flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? ''));
    assert.ok(media.length >= 4);
    for (const f of [...media, 'package.nls.json', 'package.nls.zh-cn.json']) assert.ok(files.includes(f), `${f} is not packaged`);
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
