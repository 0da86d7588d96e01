// The extension as VS Code itself loads it: activation, command registration, views.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'summitlab.summit-search';

interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands: { command: string; category?: string }[];
    viewsContainers: { activitybar: { id: string }[] };
    views: Record<string, { id: string; type?: string }[]>;
  };
}

describe('Summit Search in the real extension host', () => {
  let extension: vscode.Extension<unknown>;
  let manifest: Manifest;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not loaded in the extension host`);
    extension = found;
    manifest = extension.packageJSON as Manifest;
    await extension.activate();
  });

  it('activates', () => {
    assert.equal(extension.isActive, true);
    assert.ok(!(manifest.activationEvents ?? []).includes('*'), 'must not activate on *');
  });

  it('registers every command contributed in package.json', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 4, 'the manifest contributes at least the four Summit commands');
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('opens the Summit view container', async () => {
    const container = manifest.contributes.viewsContainers.activitybar[0].id;
    assert.equal(container, 'summit');
    await vscode.commands.executeCommand(`workbench.view.extension.${container}`);
  });

  for (const view of ['summit.search', 'summit.topics', 'summit.speakers']) {
    it(`focuses the ${view} view`, async () => {
      const declared = Object.values(manifest.contributes.views).flat().map((v) => v.id);
      assert.ok(declared.includes(view), `${view} is not declared in package.json`);
      await vscode.commands.executeCommand(`${view}.focus`);
    });
  }

  it('runs the built bundle named by "main"', async () => {
    const main = (extension.packageJSON as { main: string }).main;
    const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, main));
    assert.ok(stat.size > 0, `${main} is empty`);
  });
});
