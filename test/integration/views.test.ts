// The native views and the hover: the Topics and Speakers trees have the expected children,
// a click opens the exact span read-only, reveal works, and hovering 郭旭升 shows his card.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummitApi } from '../../src/vscode/extension';
import type { TopicsElement } from '../../src/vscode/topicsTree';
import type { SpeakersElement } from '../../src/vscode/speakersTree';
import { bundledQuote, closeAll, summitApi, untitled } from './summit';

describe('views: topics, speakers, transcript documents, hover', () => {
  let api: SummitApi;
  before(async () => {
    api = await summitApi();
    await vscode.commands.executeCommand('workbench.view.extension.summit');
  });
  after(closeAll);

  it('Topics: the roots are the topic tree, with counts, and 混合云 has 公有云 and 私有云 under it', async () => {
    const tree = api.trees.topics;
    const roots = await tree.getChildren();
    const labels = roots.map((r) => (r.kind === 'topic' ? r.topic.label.zh : ''));
    assert.ok(labels.includes('混合云'), labels.join());
    assert.ok(labels.some((l) => l.includes('容灾')), labels.join());
    const hybrid = roots.find((r) => r.kind === 'topic' && r.topic.label.zh === '混合云')!;
    const item = tree.getTreeItem(hybrid);
    assert.match(String(item.description), /Hybrid cloud · \d+/);
    const count = Number(String(item.description).split('·').pop());
    assert.ok(count >= 3, `混合云 is discussed in several passages (${count})`);
    assert.equal(count, api.service.topicCounts().get((hybrid as { topic: { id: string } }).topic.id));
    assert.equal(item.tooltip, undefined, 'the tooltip is made on hover, not for every row');
    const resolved = tree.resolveTreeItem(item, hybrid);
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    assert.match((resolved.tooltip as vscode.MarkdownString).value, /混合云/);
    const children = await tree.getChildren(hybrid);
    const subs = children.filter((c) => c.kind === 'topic').map((c) => (c.kind === 'topic' ? c.topic.label.zh : ''));
    assert.deepEqual(subs.sort(), ['私有云', '公有云'].sort());
    for (const c of children) assert.equal(tree.getParent(c), hybrid);
  });

  it('Topics: a passage leaf opens its exact span in a read-only summit: document', async () => {
    const tree = api.trees.topics;
    const dr = (await tree.getChildren()).find((r) => r.kind === 'topic' && r.topic.label.zh.includes('容灾'))!;
    const leaves = (await tree.getChildren(dr)).filter((c): c is Extract<TopicsElement, { kind: 'passage' }> => c.kind === 'passage');
    assert.ok(leaves.length > 0, 'the 容灾 topic has passages');
    const leaf = leaves[0];
    const item = tree.getTreeItem(leaf);
    assert.equal(item.command?.command, 'summit.openLocation');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(item.command!.command, ...(item.command!.arguments ?? []));
    assert.ok(editor, 'openLocation returns the editor');
    assert.equal(editor.document.uri.scheme, 'summit');
    assert.equal(editor.document.getText(editor.selection), leaf.passage.text);
    // reveal finds the leaf through getParent.
    await api.views.topics.reveal(leaf, { select: true, focus: false });
    assert.equal(api.views.topics.selection[0], leaf);
  });

  it('Speakers: everyone is listed, 郭旭升 with his quote as child', async () => {
    const tree = api.trees.speakers;
    const roots = await tree.getChildren();
    const names = roots.map((r) => (r.kind === 'speaker' ? r.speaker.name : ''));
    assert.equal(new Set(names).size, 15, names.join());
    const guo = roots.find((r) => r.kind === 'speaker' && r.speaker.name === '郭旭升')!;
    const item = tree.getTreeItem(guo);
    assert.match(String(item.description), /信息中心主任 · 上海交通大学医学院附属仁济医院 \(\d+\)/);
    const quotes = await tree.getChildren(guo) as Extract<SpeakersElement, { kind: 'quote' }>[];
    assert.ok(quotes.some((q) => q.quote.text === '医护体验始终是硬道理'));
    assert.equal(tree.getTreeItem(quotes[0]).command?.command, 'summit.openLocation');
    const liu = roots.find((r) => r.kind === 'speaker' && r.speaker.name === '刘喻')!;
    assert.equal((liu as { speaker: { role: string } }).speaker.role, 'host');
  });

  it('openLocation selects exactly the quote\'s words in the transcript', async () => {
    const { corpus, quote } = bundledQuote(api, '三云即指');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('summit.openLocation', { corpus: corpus.id, offset: quote.location.offset, length: quote.location.length });
    assert.equal(editor.document.getText(editor.selection), quote.text);
    assert.equal(editor.selection.start.line + 1, quote.location.line);
    assert.equal(editor.document.getText(), corpus.text, 'the document is the transcript exactly');
  });

  it('hovering 郭旭升 in a Markdown document shows his card with command links', async () => {
    const editor = await untitled('markdown', '会上，郭旭升谈到了医护体验。');
    const at = new vscode.Position(0, 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('郭旭升'), text);
    assert.ok(text.includes('信息中心主任'), text);
    assert.ok(text.includes('上海交通大学医学院附属仁济医院'), text);
    assert.ok(text.includes('医护体验始终是硬道理'), 'his quote is on the card');
    assert.ok(text.includes('command:summit.showSpeaker'), 'a link to all his quotes');
    const ours = hovers.find((h) => h.range && editor.document.getText(h.range) === '郭旭升');
    assert.ok(ours, 'the hover covers the name');
  });

  it('an alias (郭主任) in a plain-text document also shows the card; other words show none', async () => {
    const editor = await untitled('plaintext', '郭主任说 云计算');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 1));
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('郭旭升'))));
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 6));
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('郭旭升'))));
  });

  it('a hover in a document of another language (ini) shows no card', async () => {
    const editor = await untitled('ini', 'name = 郭旭升');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 8));
    assert.ok(!hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('上海交通大学医学院附属仁济医院'))));
  });

  it('a hit id resolves to its records; a bad one to nothing', () => {
    const { id, quote } = bundledQuote(api, '医护体验');
    const r = api.service.resolve(id);
    assert.equal(r?.quote, quote);
    assert.equal(r?.speaker?.name, '郭旭升');
    assert.equal(api.service.resolve('nope#q1'), undefined);
    assert.equal(api.service.resolve('no-hash'), undefined);
    assert.equal(api.service.resolve(`${r!.corpus.id}#speaker:郭旭升`)?.speaker?.name, '郭旭升');
  });
});
