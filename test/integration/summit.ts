// Shared by the Summit integration tests: the activated extension's API and small editor helpers.
// Not a test file itself (no .test suffix).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PaletteItems, SummitApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'summitlab.summit-search';

/** The extension's API as the tests see it: the test hook `items` is there (ExtensionMode.Test). */
export type SummitTestApi = SummitApi & { items: PaletteItems };

export async function summitApi(): Promise<SummitTestApi> {
  const ext = vscode.extensions.getExtension<SummitApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  await api.ready;
  assert.ok(api.service.isReady, 'the engine did not load (see the Summit Search output channel)');
  assert.ok(api.items, 'the test hook `items` is exported only in ExtensionMode.Test');
  return api as SummitTestApi;
}

/** A fresh untitled document in `language`, shown in the first column and made active. */
export async function untitled(language: string, content = ''): Promise<vscode.TextEditor> {
  // VS Code may hand out the name of an untitled document that was just closed while the extension
  // host still holds the old one; the next attempt gets a fresh name.
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language, content });
    if (doc.getText() === content && doc.languageId === language) {
      return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    }
  }
  return assert.fail(`could not open a fresh untitled ${language} document`);
}

/** Closes every editor without saving: each changed untitled document is shown and reverted first. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isClosed || !doc.isDirty || doc.uri.scheme !== 'untitled') continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // Closing reaches the extension host asynchronously; an untitled name reused too early would
  // hand back the old document.
  await until('untitled documents to close', () => !vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'untitled' && !d.isClosed), 10000)
    .catch(() => undefined);
}

/** Waits until `check` holds (polling), failing with `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** A quote of the bundled summit found by (part of) its words. */
export function bundledQuote(api: SummitApi, words: string) {
  for (const corpus of api.service.corpora()) {
    const quote = corpus.quotes.find((q) => q.text.includes(words));
    if (quote) return { corpus, quote, id: `${corpus.id}#${quote.id}` };
  }
  return assert.fail(`no quote contains ${words}`);
}
