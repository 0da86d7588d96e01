// Every Summit command runs in the real extension host with realistic arguments and leaves
// the editor usable; bad arguments are ignored with a log line, never an exception.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummitTestApi as SummitApi } from './summit';
import type { PickSession } from '../../src/vscode/commands/pick';
import { bundledQuote, closeAll, summitApi, untitled, until } from './summit';

describe('commands', () => {
  let api: SummitApi;
  before(async () => { api = await summitApi(); });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAll();
  });

  it('the sidebar/palette commands are registered and contributed; the internal ones are hidden', async () => {
    const ext = vscode.extensions.getExtension('summitlab.summit-search')!;
    const pkg = ext.packageJSON as { contributes: { commands: { command: string }[]; menus: { commandPalette: { command: string; when: string }[] } } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
    for (const id of ['search', 'ask', 'lookUpTopic', 'searchSelection', 'citeSelection', 'citeSpeaker', 'insertQuote', 'openLocation',
      'showSpeaker', 'insertCitation', 'copyCitation', 'refreshTrees', 'reindex'].map((c) => `summit.${c}`)) {
      assert.ok(registered.has(id), `${id} is registered`);
      assert.ok(contributed.has(id), `${id} is contributed`);
    }
    const hidden = pkg.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command);
    for (const id of ['summit.openLocation', 'summit.showSpeaker', 'summit.insertCitation', 'summit.copyCitation']) assert.ok(hidden.includes(id), `${id} is hidden`);
  });

  it('summit.searchSelection sends the selection to the sidebar, or to the quick pick', async () => {
    const editor = await untitled('markdown', '我们讨论混合云的架构');
    editor.selection = new vscode.Selection(0, 4, 0, 7);
    const query = await vscode.commands.executeCommand<string>('summit.searchSelection');
    assert.equal(query, '混合云');
    await vscode.window.showTextDocument(editor.document);
    const session = await vscode.commands.executeCommand<PickSession<vscode.QuickPickItem>>('summit.searchSelection', { pick: true });
    await session.idle();
    assert.equal(session.quickPick.value, '混合云');
    assert.ok(session.quickPick.items.length > 0);
    session.hide();
  });

  it('summit.showSpeaker shows the card (sidebar) and the quick-pick card', async () => {
    const card = await vscode.commands.executeCommand<{ name: string; quotes: unknown[] }>('summit.showSpeaker', { name: '郭旭升' });
    assert.equal(card?.name, '郭旭升');
    const session = await vscode.commands.executeCommand<PickSession<vscode.QuickPickItem>>('summit.showSpeaker', { name: '郭主任', pick: true });
    await session.idle();
    assert.match(session.quickPick.items[0].label, /郭旭升/);
    assert.ok(session.quickPick.items.some((i) => i.detail?.includes('医护体验始终是硬道理')));
    session.hide();
    assert.equal(await vscode.commands.executeCommand('summit.showSpeaker', { name: '不存在的人' }), undefined);
  });

  it('Ask and Cite Speaker without arguments open their input and cancel cleanly on Escape', async () => {
    for (const id of ['summit.ask', 'summit.citeSpeaker']) {
      const running = vscode.commands.executeCommand(id);
      await new Promise((r) => setTimeout(r, 500));
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await running, undefined, `${id} cancelled`);
    }
  });

  it('Cite Selection without a selection asks for one and inserts nothing', async () => {
    const editor = await untitled('markdown', '没有选中任何文字');
    assert.equal(await vscode.commands.executeCommand('summit.citeSelection'), undefined);
    assert.equal(editor.document.getText(), '没有选中任何文字');
  });

  it('Cite Selection of words not in any transcript offers the closest passages', async () => {
    const editor = await untitled('markdown', '混合云的容灾备份方案');
    editor.selection = new vscode.Selection(0, 0, 0, 10);
    const session = await vscode.commands.executeCommand<PickSession<vscode.QuickPickItem & { hit?: { kind: string } }>>('summit.citeSelection');
    await session.idle();
    assert.ok(session.quickPick.items.length > 0);
    assert.ok(session.quickPick.items.every((i) => i.hit?.kind !== 'speaker'));
    session.hide();
    assert.equal(editor.document.getText(), '混合云的容灾备份方案', 'nothing inserted until a passage is picked');
  });

  it('summit.refreshTrees rebuilds the trees', async () => {
    let fired = 0;
    const sub = api.trees.speakers.onDidChangeTreeData(() => { fired++; });
    await vscode.commands.executeCommand('summit.refreshTrees');
    sub.dispose();
    assert.equal(fired, 1);
    assert.equal((await api.trees.speakers.getChildren()).length, 15);
  });

  it('summit.reindex reloads and the service still answers', async () => {
    await vscode.commands.executeCommand('summit.reindex');
    await api.service.ready;
    const result = await api.service.search('混合云');
    assert.ok(result.results.length > 0);
  });

  it('commands with bad arguments do nothing and throw nothing', async () => {
    assert.equal(await vscode.commands.executeCommand('summit.openLocation', { corpus: 1 }), undefined);
    assert.equal(await vscode.commands.executeCommand('summit.insertCitation', { id: 'nowhere#q1' }), undefined);
    assert.equal(await vscode.commands.executeCommand('summit.copyCitation', {}), undefined);
    assert.equal(await vscode.commands.executeCommand('summit.insertQuote', { id: 'nowhere#q9' }), undefined);
  });

  it('empty and huge queries give a clear result, not an error', async () => {
    const empty = await api.service.search('');
    assert.deepEqual(empty.results, []);
    const huge = await api.service.search('混合云'.repeat(40000));
    assert.ok(Array.isArray(huge.results));
    assert.equal((await api.items.search('   ')).length, 0);
  });

  it('changing summit.segmenter re-creates the engine with nodejieba; search keeps working', async function () {
    this.timeout(120000);
    const config = vscode.workspace.getConfiguration('summit');
    assert.match(api.service.segmenterId, /^node-rs-jieba/);
    const reloaded = () => new Promise<void>((resolve) => { const sub = api.service.onDidChange(() => { sub.dispose(); resolve(); }); });
    let next = reloaded();
    await config.update('segmenter', 'nodejieba', vscode.ConfigurationTarget.Global);
    try {
      await next;
      await api.service.ready;
      assert.ok(api.service.isReady, 'an engine is loaded after the change');
      // nodejieba is an optional native dependency; when it is installed the service uses it.
      assert.match(api.service.segmenterId, /^nodejieba@/);
      const hits = await api.service.search('混合云');
      assert.ok(hits.results.some((h) => h.text.includes('混合云')));
    } finally {
      next = reloaded();
      await config.update('segmenter', undefined, vscode.ConfigurationTarget.Global);
      await next;
      await until('the default engine to return', async () => { await api.service.ready; return /^node-rs-jieba/.test(api.service.segmenterId); }, 60000);
    }
    const { id } = bundledQuote(api, '医护体验');
    assert.ok(api.service.resolve(id), 'records resolve after the reload');
  });
});
