// summit.corpus.include/exclude are matched with picomatch in the file watcher
// (src/vscode/workspaceGlob.ts) and with workspace.findFiles when the workspace is scanned: both
// must pick the same files. A small fixture tree is written into the workspace and every
// pattern pair the settings allow (the defaults and variants with **, ?, [..], [!..], {a,b},
// folder excludes) is run through both.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isExcluded, matchesAny } from '../../src/vscode/workspaceGlob';
import { summitApi } from './summit';

const ROOT = 'globfix';
const FILES = [
  'a.summit.md', 'b.summit.txt', 'notes/2019/c.summit.md', 'notes/x.md', 'node_modules/d.summit.md',
  'web/node_modules/e.summit.md', '.hidden/f.summit.md', '2019/g.summit.md', '20ab/h.summit.md',
  'UPPER.SUMMIT.MD', 'old/i.summit.txt', 'drafts/j.txt', 'drafts/k.summit.md',
].map((f) => `${ROOT}/${f}`);

const CASES: Array<{ include: string[]; exclude: string[] }> = [
  { include: ['**/*.summit.md', '**/*.summit.txt'], exclude: ['**/node_modules/**'] },
  { include: ['**/*.summit.md'], exclude: ['**/node_modules'] },
  { include: [`${ROOT}/*.summit.md`], exclude: [] },
  { include: [`${ROOT}/20[0-9][0-9]/*.summit.md`], exclude: [] },
  { include: [`${ROOT}/[!a]*.summit.*`], exclude: [] },
  { include: [`${ROOT}/{drafts,old}/**`], exclude: ['**/*.txt'] },
  { include: [`${ROOT}/**/?.summit.md`], exclude: ['**/.hidden/**', `${ROOT}/notes/**`] },
  { include: ['**/*.{md,txt}'], exclude: ['**/node_modules/**', '**/drafts/**'] },
];

describe('workspace globs agree with workspace.findFiles', function () {
  this.timeout(120000);
  let folder: vscode.WorkspaceFolder;

  before(async () => {
    await summitApi();
    folder = vscode.workspace.workspaceFolders![0];
    for (const f of FILES) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, f), Buffer.from('会议记录。\n', 'utf8'));
  });

  after(async () => {
    // Each file first: the watcher reports a file's deletion, not always its folder's.
    for (const f of FILES) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, f)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, ROOT), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  for (const { include, exclude } of CASES) {
    it(`include ${include.join(' ')}  exclude ${exclude.join(' ') || '(none)'}`, async () => {
      // the same call as WorkspaceCorpora.findAll
      const ex = exclude.length === 0 ? null : exclude.length === 1 ? exclude[0] : `{${exclude.join(',')}}`;
      const found = new Set<string>();
      for (const glob of include) {
        for (const uri of await vscode.workspace.findFiles(glob, ex)) {
          const rel = vscode.workspace.asRelativePath(uri, false);
          if (rel.startsWith(`${ROOT}/`)) found.add(rel);
        }
      }
      const ours = FILES.filter((f) => matchesAny(f, include) && !isExcluded(f, exclude));
      assert.deepEqual([...found].sort(), ours.sort());
    });
  }
});
