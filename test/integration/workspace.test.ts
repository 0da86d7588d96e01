// Workspace transcripts in the real extension host: the file watcher, the worker, the cache
// and the Problems panel, observed through the extension's own search.
import * as assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';
import { IndexCache } from '../../src/node/indexCache';
import type { WorkspaceCorpora } from '../../src/vscode/workspaceCorpora';
import type { SummitApi } from '../../src/vscode/extension';
import { summitApi, until } from './summit';

function transcript(word: string, speaker = '林晓东'): string {
  return `---\ntitle: 集成测试论坛\ndate: 2022-02-02\n---\n\n## ${speaker}｜副院长，宁波市中心医院\n\n${speaker}认为，${word}是医院数据中心的新方向。\n> 我们用${word}做到了秒级接管。\n`;
}

describe('workspace transcripts', function () {
  this.timeout(180000);
  let api: SummitApi;
  let ws: WorkspaceCorpora;
  let dir: vscode.Uri;

  const files = async (query: string): Promise<string[]> =>
    (await api.service.search(query, { limit: 200 })).results.map((h) => h.file);

  before(async () => {
    api = await summitApi();
    const found = (api as SummitApi & { workspace?: WorkspaceCorpora }).workspace;
    assert.ok(found, 'the extension API must expose `workspace` (the result of registerWorkspaceCorpora)');
    ws = found;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test host opens a workspace folder');
    dir = vscode.Uri.joinPath(folder.uri, 'summit-it');
    await vscode.workspace.fs.createDirectory(dir);
    await ws.idle();
  });

  after(async () => {
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('adding, changing and deleting a .summit.md file changes the search results', async () => {
    const uri = vscode.Uri.joinPath(dir, 'forum.summit.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(transcript('量子存储'), 'utf8'));
    await until('the new transcript is searchable', async () => (await files('量子存储')).some((f) => f.endsWith('forum.summit.md')), 60000);
    const hit = (await api.service.search('量子存储')).results.find((h) => h.file.endsWith('forum.summit.md'))!;
    assert.equal(hit.event, '集成测试论坛');
    assert.ok((await files('混合云')).includes('corpus/summit-2017.txt'), 'the bundled summit is still searched');

    await vscode.workspace.fs.writeFile(uri, Buffer.from(transcript('星链灾备'), 'utf8'));
    await until('the change is indexed', async () => (await files('星链灾备')).some((f) => f.endsWith('forum.summit.md')), 60000);
    assert.ok(!(await files('量子存储')).some((f) => f.endsWith('forum.summit.md')), 'the old text is gone');

    await vscode.workspace.fs.delete(uri);
    await until('the deleted transcript is gone', async () => !(await files('星链灾备')).some((f) => f.endsWith('forum.summit.md')), 60000);
  });

  it('builds the query tables in idle time after transcripts change, so no search has to', async () => {
    const uri = vscode.Uri.joinPath(dir, 'idle.summit.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(transcript('雪豹存储'), 'utf8'));
    await until('the new transcript is searchable', async () => (await files('雪豹存储')).some((f) => f.endsWith('idle.summit.md')), 60000);
    await until('the tables are built without another search', async () => api.service.isWarm, 30000);
    await vscode.workspace.fs.delete(uri);
    await until('the transcript is gone', async () => !(await files('雪豹存储')).some((f) => f.endsWith('idle.summit.md')), 60000);
  });

  it('reports a malformed transcript at its line in the Problems panel; the others keep working', async () => {
    const good = vscode.Uri.joinPath(dir, 'good.summit.md');
    const bad = vscode.Uri.joinPath(dir, 'bad.summit.md');
    await vscode.workspace.fs.writeFile(good, Buffer.from(transcript('蓝鲸平台'), 'utf8'));
    await vscode.workspace.fs.writeFile(bad, Buffer.from(transcript('红隼平台').replace('## 林晓东｜', '## ｜'), 'utf8'));
    await until('the good one is searchable', async () => (await files('蓝鲸平台')).some((f) => f.endsWith('good.summit.md')), 60000);
    await until('the bad one has a diagnostic', () => (ws.diagnostics.get(bad) ?? []).length > 0, 60000);
    const d = ws.diagnostics.get(bad)![0];
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 5, 'the heading line (0-based)');
    assert.ok(vscode.languages.getDiagnostics(bad).length > 0, 'visible to the Problems panel');
    assert.ok(!(await files('红隼平台')).some((f) => f.endsWith('bad.summit.md')));
  });

  it('cancelling a long indexing run leaves a working index, and a later run finishes it', async () => {
    const many = Array.from({ length: 40 }, (_, i) => vscode.Uri.joinPath(dir, 'many', `t${i}.summit.md`));
    for (const [i, uri] of many.entries()) await vscode.workspace.fs.writeFile(uri, Buffer.from(transcript(`批量词${i}号`), 'utf8'));
    await ws.idle();
    // Cold caches make the run long; cancel it shortly after it starts.
    if (ws.cacheDir) await fsp.rm(ws.cacheDir, { recursive: true, force: true });
    const cts = new vscode.CancellationTokenSource();
    const run = ws.reindexAll(cts.token);
    setTimeout(() => cts.cancel(), 300);
    const result = await run;
    assert.ok(result.total >= 40);
    assert.ok(result.cancelled || result.done === result.total, JSON.stringify(result));
    const after = await api.service.search('混合云');
    assert.ok(after.results.some((h) => h.file === 'corpus/summit-2017.txt'), 'search still works after the cancel');
    const finished = await ws.reindexAll();
    assert.deepEqual([finished.cancelled, finished.done], [false, finished.total]);
    for (const i of [0, 17, 39]) {
      assert.ok((await files(`批量词${i}号`)).some((f) => f.endsWith(`t${i}.summit.md`)), `t${i} searchable after the full run`);
    }
  });

  it('rebuilds a truncated cache file instead of trusting it', async () => {
    assert.ok(ws.cacheDir, 'global storage is on disk');
    const uri = vscode.Uri.joinPath(dir, 'cached.summit.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(transcript('珊瑚存储'), 'utf8'));
    await until('indexed', async () => (await files('珊瑚存储')).some((f) => f.endsWith('cached.summit.md')), 60000);
    await ws.idle();
    const cacheFile = new IndexCache(ws.cacheDir).fileFor(uri.toString());
    const full = await fsp.readFile(cacheFile, 'utf8');
    await fsp.writeFile(cacheFile, full.slice(0, Math.floor(full.length / 3)));
    await ws.reindexAll();
    const rebuilt = await fsp.readFile(cacheFile);
    // A cache file is a header line (schema, key, the length and checksum of each part), the summary JSON and the body JSON.
    const nl = rebuilt.indexOf(0x0a);
    assert.ok(nl > 0, 'the cache file has its header line');
    const head = JSON.parse(rebuilt.subarray(0, nl).toString('utf8')) as { summary: { length: number }; body: { length: number } };
    const summaryEnd = nl + 1 + head.summary.length;
    assert.equal(rebuilt.length, summaryEnd + head.body.length, 'the cache file was written again in full');
    assert.doesNotThrow(() => JSON.parse(rebuilt.subarray(nl + 1, summaryEnd).toString('utf8')), 'the summary is whole');
    assert.doesNotThrow(() => JSON.parse(rebuilt.subarray(summaryEnd).toString('utf8')), 'the body is whole');
    assert.ok((await files('珊瑚存储')).some((f) => f.endsWith('cached.summit.md')));
  });

  it('skips a file above summit.corpus.maxFileSizeMB with a warning, and a binary file with an error', async () => {
    const config = vscode.workspace.getConfiguration('summit');
    const big = vscode.Uri.joinPath(dir, 'big.summit.md');
    const binary = vscode.Uri.joinPath(dir, 'binary.summit.txt');
    await config.update('corpus.maxFileSizeMB', 0.01, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.workspace.fs.writeFile(big, Buffer.from(transcript('巨石档案'.repeat(2000)), 'utf8'));
      await vscode.workspace.fs.writeFile(binary, Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 20, 0, 8, 0]));
      await until('the big file is reported', () => (ws.diagnostics.get(big) ?? []).some((d) => /above the limit/.test(d.message)), 60000);
      await until('the binary file is reported', () => (ws.diagnostics.get(binary) ?? []).some((d) => /binary/.test(d.message)), 60000);
      assert.equal(ws.diagnostics.get(big)![0].severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(ws.diagnostics.get(binary)![0].severity, vscode.DiagnosticSeverity.Error);
      await ws.idle();
      assert.ok(!(await files('巨石档案')).some((f) => f.endsWith('big.summit.md')));
      assert.ok((await files('蓝鲸平台')).some((f) => f.endsWith('good.summit.md')), 'the others keep working');
    } finally {
      await config.update('corpus.maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Summit: New Transcript opens an untitled Markdown template that parses', async () => {
    await vscode.commands.executeCommand('summit.newTranscript');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /^---\n/);
    assert.match(text, /^## 主持人：/m);
    assert.match(text, /^## 圆桌/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
