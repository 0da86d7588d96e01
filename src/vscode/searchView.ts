/**
 * The Summit sidebar (`summit.search`): a webview view under a strict CSP whose
 * script renders what this provider posts. Every message from the webview is
 * validated (src/protocol.ts) before anything happens; searches and questions run
 * in the SummitService, and the actions on a result (open, cite, insert) run the
 * extension's commands. Nothing is searched here.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { describeRejected, parseWebviewMessage, type HostMessage, type HostState, type QueryMessage, type WebviewMessage } from '../protocol';
import type { SummitService } from './service';
import type { SearchHit } from '../core/search/types';
import { isQuestion } from '../core/question';
import { hitView } from '../core/read/resolve';

/** The service surface the sidebar uses (a structural subset of SummitService). */
export type SidebarService = Pick<SummitService,
  'ready' | 'isReady' | 'search' | 'ask' | 'corpora' | 'speakerCard' | 'speakers' | 'topicTree' | 'topicPassages' | 'onDidChange' | 'problems'
> & { readonly log?: { info(m: string): void; warn(m: string): void; error(m: string): void } };

export class SearchViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'summit.search';

  private view: vscode.WebviewView | undefined;
  /** Messages for a view that is not (yet) showing; delivered after its `ready`. */
  private pending: HostMessage[] = [];
  private webviewReady = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** How many messages were posted and rejected (for tests and the log). */
  readonly stats = { posted: 0, received: 0, rejected: 0 };

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: SidebarService) {
    this.disposables.push(service.onDidChange(() => { if (this.webviewReady) void this.postInit(); }));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.webviewReady = false;
    // A new webview numbers its requests from scratch: answers meant for the old one must not reach it.
    this.pending = this.pending.filter((m) => m.type !== 'results' && m.type !== 'answer' && m.type !== 'error');
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = this.html(view.webview);
    const subs = [
      view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      view.onDidDispose(() => {
        if (this.view === view) { this.view = undefined; this.webviewReady = false; }
        for (const s of subs) s.dispose();
      }),
    ];
  }

  /** Hits as the sidebar shows them: with the ids of their passage and quote (core's hitView). */
  private views(hits: readonly SearchHit[]) {
    const corpora = this.service.corpora();
    return hits.map((h) => hitView(corpora, h));
  }

  /** Shows the sidebar with `query` in its box and runs it (used by palette commands). */
  async search(query: string): Promise<void> {
    this.send({ type: 'setQuery', query: query.slice(0, 1000) });
    await this.reveal(true); // the user goes on in the sidebar: give it the keyboard
  }

  /** Shows a speaker's card in the sidebar. Returns false when the name is unknown. */
  async showSpeaker(name: string, corpus?: string): Promise<boolean> {
    const card = await this.cardFor(name, corpus);
    if (!card) return false;
    this.send({ type: 'speaker', card: { ...card, quotes: this.views(card.quotes) } });
    await this.reveal();
    return true;
  }

  /** Shows the passages tagged with a topic in the sidebar. */
  async showTopic(topicId: string): Promise<void> {
    await this.sendTopic(topicId);
    await this.reveal();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  // -------------------------------------------------------------------------------------------

  private async reveal(takeFocus = false): Promise<void> {
    if (this.view) {
      this.view.show(!takeFocus);
    } else {
      await vscode.commands.executeCommand(`${SearchViewProvider.viewType}.focus`);
    }
  }

  /** Posts now if the webview is listening, else queues for its `ready`. */
  private send(message: HostMessage): void {
    if (this.view && this.webviewReady) {
      this.stats.posted++;
      void this.view.webview.postMessage(message);
    } else {
      // Only the latest of each kind matters for a view that is not showing yet.
      this.pending = this.pending.filter((m) => m.type !== message.type);
      this.pending.push(message);
    }
  }

  private receive(raw: unknown): void {
    this.stats.received++;
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      this.stats.rejected++;
      this.service.log?.warn(`sidebar: ignored ${describeRejected(raw)}`);
      return;
    }
    this.handle(msg).catch((err: unknown) => {
      const text = err instanceof Error ? err.message.split('\n')[0] : String(err).split('\n')[0];
      this.service.log?.error(`sidebar: ${msg.type} failed: ${text}`);
      this.send({ type: 'error', ...(msg.type === 'query' ? { replyTo: msg.id } : {}), message: text.slice(0, 500) });
    });
  }

  private async handle(msg: WebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready': {
        this.webviewReady = true;
        await this.postInit();
        const queued = this.pending;
        this.pending = [];
        for (const m of queued) this.send(m);
        if (!this.service.isReady) {
          await this.service.ready;
          await this.postInit();
        }
        return;
      }
      case 'query':
        await this.query(msg);
        return;
      case 'showSpeaker': {
        const card = await this.cardFor(msg.name, msg.corpus);
        if (card) this.send({ type: 'speaker', card: { ...card, quotes: this.views(card.quotes) } });
        else this.send({ type: 'error', message: vscode.l10n.t('No speaker named {0} in the loaded transcripts.', msg.name) });
        return;
      }
      case 'showTopic':
        await this.sendTopic(msg.topicId);
        return;
      case 'openLocation':
        await vscode.commands.executeCommand('summit.openLocation', { corpus: msg.corpus, offset: msg.offset, length: msg.length });
        return;
      case 'copyCitation':
        await vscode.commands.executeCommand('summit.copyCitation', { id: msg.id });
        return;
      case 'insertCitation':
        await vscode.commands.executeCommand('summit.insertCitation', { id: msg.id });
        return;
      case 'log': {
        const line = `sidebar webview: ${msg.message}`;
        if (msg.level === 'error') this.service.log?.error(line);
        else if (msg.level === 'warn') this.service.log?.warn(line);
        else this.service.log?.info(line);
        return;
      }
    }
  }

  /** Searches; when the query reads as a question (core's one detector), answers it too. */
  private async query(msg: QueryMessage): Promise<void> {
    const limit = vscode.workspace.getConfiguration('summit').get<number>('search.limit', 30);
    const result = await this.service.search(msg.query, {
      prefix: msg.prefix,
      limit: Math.max(1, Math.min(200, Math.floor(limit) || 30)),
      ...(msg.filters.speakers.length > 0 ? { speakers: msg.filters.speakers } : {}),
      ...(msg.filters.topics.length > 0 ? { topics: msg.filters.topics } : {}),
    });
    const asking = isQuestion(msg.query);
    this.send({ type: 'results', replyTo: msg.id, asking, result: { ...result, results: this.views(result.results) } });
    if (asking) this.send({ type: 'answer', replyTo: msg.id, answer: await this.service.ask(msg.query) });
  }

  private async sendTopic(topicId: string): Promise<void> {
    await this.service.ready;
    const topic = this.service.topicPassages(topicId);
    this.send({ type: 'topicPassages', topic: { ...topic, passages: this.views(topic.passages) } });
  }

  private async cardFor(name: string, corpus?: string) {
    await this.service.ready;
    return this.service.speakerCard(name, corpus) ?? (corpus ? this.service.speakerCard(name) : undefined);
  }

  private async postInit(): Promise<void> {
    const problems = this.service.problems.filter((p) => p.severity === 'error');
    const state: HostState = {
      ready: this.service.isReady,
      corpora: this.service.corpora().length,
      language: vscode.env.language,
      ...(problems.length > 0 ? { notice: problems.map((p) => [p.file, p.message].filter(Boolean).join(': ')).join('\n').slice(0, 2000) } : {}),
    };
    this.send({ type: 'init', topics: this.service.topicTree(), speakers: this.service.speakers(), state });
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      "base-uri 'none'; form-action 'none'",
    ].join('; ');
    const lang = attr(vscode.env.language || 'en');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(asset('media', 'codicons', 'codicon.css'))}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${attr(asset('media', 'sidebar.css'))}">
<title>Summit</title>
</head>
<body>
<script nonce="${nonce}" src="${attr(asset('dist', 'webview.js'))}"></script>
</body>
</html>`;
  }
}

/** 32 random alphanumerics, fresh for every render. */
function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
