// The sidebar's host side inside the real extension host: the HTML's CSP and nonce, the
// resource roots, and the message handling — malformed messages are ignored, good ones are
// answered with messages that pass the webview's own validator (so the engine's real output
// always fits the protocol).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseHostMessage, type HostMessage } from '../../src/protocol';
import { SearchViewProvider } from '../../src/vscode/searchView';
import type { SummitApi } from '../../src/vscode/extension';
import { EXTENSION_ID, summitApi } from './summit';

/** A webview view that records what the provider does with it (the real one lives in the workbench). */
class RecordingView {
  readonly posted: unknown[] = [];
  private readonly listeners: Array<(m: unknown) => void> = [];
  readonly webview = {
    options: {} as vscode.WebviewOptions,
    html: '',
    cspSource: 'https://csp.example.invalid',
    asWebviewUri: (uri: vscode.Uri) => uri.with({ scheme: 'https', authority: 'csp.example.invalid' }),
    onDidReceiveMessage: (listener: (m: unknown) => void) => {
      this.listeners.push(listener);
      return { dispose: () => undefined };
    },
    postMessage: async (m: unknown) => { this.posted.push(m); return true; },
  };
  readonly onDidDispose = () => ({ dispose: () => undefined });
  readonly onDidChangeVisibility = () => ({ dispose: () => undefined });
  visible = true;
  show(): void { /* already showing */ }

  send(message: unknown): void {
    for (const l of this.listeners) l(message);
  }

  /** Waits for a posted message of `type` matching `pred`. */
  async next(type: HostMessage['type'], pred: (m: HostMessage) => boolean = () => true, timeoutMs = 20000): Promise<HostMessage> {
    const t0 = Date.now();
    for (;;) {
      const found = this.posted.find((m) => (m as { type?: string }).type === type && pred(m as HostMessage));
      if (found) return found as HostMessage;
      if (Date.now() - t0 > timeoutMs) assert.fail(`no ${type} message within ${timeoutMs} ms; got ${this.posted.map((m) => (m as { type?: string }).type).join(',')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe('sidebar webview provider (extension host)', () => {
  let api: SummitApi;
  let extensionUri: vscode.Uri;

  before(async () => {
    api = await summitApi();
    extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  });

  function open(): { provider: SearchViewProvider; view: RecordingView } {
    const provider = new SearchViewProvider(extensionUri, api.service);
    const view = new RecordingView();
    provider.resolveWebviewView(view as unknown as vscode.WebviewView);
    return { provider, view };
  }

  it('serves HTML under a strict CSP with a fresh nonce, loading only from dist/ and media/', () => {
    const { provider, view } = open();
    const html = view.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    // default-src does not cover these two: a <base> or a form could otherwise redirect the view
    assert.match(csp, /(^|; )base-uri 'none'(;|$)/);
    assert.match(csp, /(^|; )form-action 'none'(;|$)/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(csp)?.[1];
    assert.ok(nonce, `no nonce in ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.match(csp, /style-src https:\/\/csp\.example\.invalid(;|$)/);
    assert.match(csp, /font-src https:\/\/csp\.example\.invalid(;|$)/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`nonce="${nonce}"`));
    assert.match(scripts[0], /src="https:\/\/csp\.example\.invalid[^"]*\/dist\/webview\.js"/);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, 'no inline styles or handlers');
    const roots = (view.webview.options.localResourceRoots ?? []).map((u) => u.path.slice(extensionUri.path.length));
    assert.deepEqual(roots.sort(), ['/dist', '/media']);
    assert.equal(view.webview.options.enableScripts, true);
    assert.equal(view.webview.options.enableCommandUris, undefined);
    // a second render gets a different nonce
    const again = open().view.webview.html;
    assert.notEqual(/nonce-([A-Za-z0-9]+)/.exec(again)?.[1], nonce);
    provider.dispose();
  });

  it('ignores malformed and unknown messages and posts nothing for them', async () => {
    const { provider, view } = open();
    const bad: unknown[] = [null, 'ready', { type: 'runCommand', command: 'workbench.action.quit' }, { type: 'query', id: -1, query: 'x', filters: { speakers: [], topics: [] }, prefix: true },
      { type: 'search', seq: 1, query: 'x', filters: { speakers: [], topics: [] }, prefix: true },
      { type: 'openLocation', corpus: 'x', offset: 'a', length: 1 }, { type: 'insertCitation', id: 'x'.repeat(5000) }];
    for (const m of bad) view.send(m);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(view.posted.length, 0);
    assert.equal(provider.stats.rejected, bad.length);
    provider.dispose();
  });

  it('answers ready, query (search, and a question answered too), showSpeaker and showTopic with messages the webview accepts', async () => {
    const { provider, view } = open();
    view.send({ type: 'ready' });
    const init = await view.next('init');
    assert.ok(init.type === 'init' && init.topics.length > 0 && init.speakers.some((s) => s.name === '谢桦'));

    view.send({ type: 'query', id: 7, query: '混合云', prefix: false, filters: { speakers: [], topics: [] } });
    const results = await view.next('results', (m) => m.type === 'results' && m.replyTo === 7);
    assert.ok(results.type === 'results' && results.result.results.length > 0 && !results.asking);
    for (const hit of results.result.results) {
      for (const [s, e] of hit.highlights) assert.equal(hit.text.slice(s, e), '混合云');
      if (hit.kind !== 'speaker') assert.ok(hit.passage?.startsWith(`${hit.corpus}#`), `a hit carries its passage id: ${JSON.stringify(hit)}`);
      if (hit.kind === 'quote') assert.equal(hit.quote, hit.id);
    }

    view.send({ type: 'query', id: 8, query: '混合云', prefix: false, filters: { speakers: ['王力华'], topics: [] } });
    const filtered = await view.next('results', (m) => m.type === 'results' && m.replyTo === 8);
    assert.ok(filtered.type === 'results' && filtered.result.results.length > 0);
    assert.ok(filtered.result.results.every((h) => h.speaker === '王力华'), 'the speaker filter was not applied');

    view.send({ type: 'query', id: 9, query: '谁提出了“三云三服务”？', prefix: false, filters: { speakers: [], topics: [] } });
    const asked = await view.next('results', (m) => m.type === 'results' && m.replyTo === 9);
    assert.ok(asked.type === 'results' && asked.asking, 'a question is searched and answered');
    const answer = await view.next('answer', (m) => m.type === 'answer' && m.replyTo === 9);
    assert.ok(answer.type === 'answer');
    assert.match(answer.answer.answer ?? '', /谢桦/);
    assert.ok(answer.answer.evidence.length > 0 && answer.answer.evidence.every((ev) => ev.passage?.startsWith(`${ev.corpus}#`)), 'evidence carries its passage id');

    view.send({ type: 'showSpeaker', name: '谢桦' });
    const card = await view.next('speaker');
    assert.ok(card.type === 'speaker' && card.card.name === '谢桦' && card.card.quotes.every((q) => q.speaker === '谢桦'));

    const topicId = init.type === 'init' ? init.topics[0].id : '';
    view.send({ type: 'showTopic', topicId });
    const topic = await view.next('topicPassages');
    assert.ok(topic.type === 'topicPassages' && topic.topic.topicId === topicId && topic.topic.passages.length > 0);

    view.send({ type: 'showSpeaker', name: '没有这个人' });
    await view.next('error');

    // everything the host posted passes the webview's validator unchanged
    for (const m of view.posted) {
      assert.deepEqual(parseHostMessage(JSON.parse(JSON.stringify(m))), JSON.parse(JSON.stringify(m)), `rejected: ${JSON.stringify(m).slice(0, 200)}`);
    }
    provider.dispose();
  });

  it('holds a query for the palette until the webview is ready, then sends it', async () => {
    const { provider, view } = open();
    await provider.search('容灾');
    assert.equal(view.posted.length, 0, 'nothing may be posted before the webview says ready');
    view.send({ type: 'ready' });
    const set = await view.next('setQuery');
    assert.ok(set.type === 'setQuery' && set.query === '容灾');
    const order = view.posted.map((m) => (m as { type: string }).type);
    assert.ok(order.indexOf('init') < order.indexOf('setQuery'), `init must come first: ${order.join(',')}`);
    provider.dispose();
  });
});
