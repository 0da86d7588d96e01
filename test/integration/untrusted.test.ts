// A fresh window with workspace trust ON and the folder untrusted (scripts/run-integration.mjs,
// window "untrusted"), whose workspace holds notes/forum.summit.md. Runs in its own extension
// host, so nothing has activated Summit Search before the first test:
//   1. opening a Markdown document activates it (onLanguage:markdown; the workbench's own
//      plaintext model may have done so already) without starting the engine, and hovering a
//      speaker's name then loads the engine and shows the card;
//   2. only the bundled summit is searched: the workspace transcript is never read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummitApi } from '../../src/vscode/extension';
import { EXTENSION_ID, until } from './summit';

/** Words of notes/forum.summit.md (written by the runner), found nowhere in the bundled summit. */
const WORKSPACE_SPEAKER = '闻人思远';
const WORKSPACE_WORDS = '量子冷库';

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('a fresh window, workspace untrusted', () => {
  let ext: vscode.Extension<SummitApi>;

  before(() => {
    const found = vscode.extensions.getExtension<SummitApi>(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not loaded`);
    ext = found;
  });

  it('runs with workspace trust on and the folder not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(vscode.workspace.getConfiguration('security.workspace.trust').get('enabled'), true);
  });

  it('a Markdown document activates the extension without starting the engine; hovering 谢桦 shows the card', async () => {
    // The workbench creates a plaintext model of its own at startup (measured: without
    // onLanguage:plaintext the extension is inactive here, with it active), so the extension may
    // already be active; what matters is that activation started no engine.
    if (ext.isActive) assert.equal(ext.exports.service.isStarted, false, 'activation alone must not start the segmenter');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 会议笔记\n\n会上，谢桦提出了“三云三服务”。\n' });
    await vscode.window.showTextDocument(doc);
    await until('activation on onLanguage:markdown', () => ext.isActive, 30000);
    const api = ext.exports;
    assert.equal(api.service.isStarted, false, 'activation alone must not start the segmenter');
    const at = new vscode.Position(2, doc.lineAt(2).text.indexOf('谢桦') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    assert.ok(text.includes('谢桦'), `no card in: ${text}`);
    assert.ok(text.includes('command:summit.showSpeaker'), 'the card links to the full speaker card');
    assert.ok(api.service.isReady, 'the hover loaded the engine');
  });

  it('only the bundled summit is searched; the workspace transcript is not read', async () => {
    const api = await ext.activate();
    await api.ready;
    await api.workspace.idle();
    const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'notes', 'forum.summit.md'));
    assert.ok(stat.size > 0, 'the runner put a transcript into the workspace');
    assert.deepEqual(api.service.corpora().map((c) => c.id), ['bundled:summit-2017']);
    assert.deepEqual(api.workspace.loaded(), []);
    for (const q of [WORKSPACE_SPEAKER, WORKSPACE_WORDS]) {
      const result = await api.service.search(q, { limit: 50 });
      assert.deepEqual(result.results.filter((h) => h.file.includes('forum')), [], `${q} found in the workspace transcript`);
    }
    const hits = (await api.service.search('混合云', { limit: 50 })).results;
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.corpus === 'bundled:summit-2017'), 'every hit is from the bundled summit');
    let diagnostics = 0;
    api.workspace.diagnostics.forEach(() => { diagnostics++; });
    assert.equal(diagnostics, 0, 'no workspace file was parsed');
  });
});
