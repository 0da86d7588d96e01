// The command line and the extension read the same corpora through the same read-models
// (src/core/read): `summit speakers --json` and `summit topics --json`, run as a child process on
// dist/cli.js over the bundled summit and a workspace transcript, equal what the extension's
// sidebar is fed (speaker cards, the merged topic tree) for the same two corpora.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { topicJson, topicTree } from '../../src/core/read/topics';
import type { SpeakerJson } from '../../src/core/read/speakers';
import { EXTENSION_ID, summitApi, until, type SummitTestApi } from './summit';

const TRANSCRIPT = [
  '---', 'title: 读模型一致性论坛', 'date: 2023-03-03', '---', '',
  '## 周明远｜信息中心主任，杭州市第一医院', '',
  '周明远介绍了医院混合云与容灾建设的经验。他表示：“灾备演练每个季度都要做一次。”', '',
  '## 沈佳｜副院长，宁波市第二医院', '',
  '沈佳认为，人工智能在影像诊断中已经落地。', '> 基因测序的数据量每年翻倍。', '',
].join('\n');

function cli(args: string[]): Promise<unknown> {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.fsPath;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 120000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`summit ${args.join(' ')} failed: ${String(stderr).split('\n')[0] || err.message}`));
        else resolve(JSON.parse(stdout));
      });
  });
}

describe('read-models: the CLI and the extension agree', function () {
  this.timeout(240000);
  let api: SummitTestApi;
  let uri: vscode.Uri;

  before(async () => {
    api = await summitApi();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test host opens a workspace folder');
    const dir = vscode.Uri.joinPath(folder.uri, 'summit-read');
    await vscode.workspace.fs.createDirectory(dir);
    uri = vscode.Uri.joinPath(dir, 'agree.summit.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TRANSCRIPT, 'utf8'));
    await until('the workspace transcript is loaded', async () =>
      api.service.corpora().some((c) => c.speakers.some((s) => s.name === '沈佳')), 60000);
  });

  after(async () => {
    // The file first (the watcher reports a file's deletion, not always a folder's), then its folder.
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    // The next suites count the loaded speakers: wait until the watcher has dropped the transcript.
    await until('the workspace transcript is gone', async () =>
      !api.service.corpora().some((c) => c.speakers.some((s) => s.name === '沈佳')), 60000);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  /** The two corpora this test compares: the bundled summit and the workspace transcript. */
  const corpora = () => api.service.corpora().filter((c) => c.id.startsWith('bundled:') || c.speakers.some((s) => s.name === '沈佳'));

  it('summit speakers --json equals the speaker cards the sidebar shows', async () => {
    // The card shows who a person is, their quotes and topics; the CLI adds statements, file and format.
    const fromCli = (await cli(['speakers', '--json', '--corpus', uri.fsPath]) as SpeakerJson[])
      .map(({ name, title, organization, role, quotes, topics }) => ({ name, title, organization, role, quotes, topics }));
    const fromViews = corpora().flatMap((c) => c.speakers.map((s) => {
      const card = api.service.speakerCard(s.name, c.id)!;
      return {
        name: card.name, title: card.title, organization: card.organization, role: card.role,
        quotes: card.quotes.map((q) => ({ text: q.text, location: q.location! })), topics: card.topics,
      };
    }));
    assert.ok(fromViews.some((s) => s.name === '沈佳') && fromViews.some((s) => s.name === '谢桦'), 'both corpora are loaded');
    assert.deepEqual(fromCli, fromViews);
  });

  it('summit topics --json equals the merged topic tree the Topics view and the sidebar show', async () => {
    const fromCli = await cli(['topics', '--json', '--corpus', uri.fsPath]);
    assert.deepEqual(fromCli, topicJson(topicTree(corpora())));
    // What the extension's views are fed, whenever no other test's transcript is loaded besides.
    if (api.service.corpora().length === corpora().length) assert.deepEqual(fromCli, topicJson(api.service.topicTree()));
  });
});
