/**
 * Summit Search: activation (on the Summit views and commands, and on Markdown, LaTeX and plain
 * text for the hover). Creates the service (which loads the engine when first needed),
 * registers the sidebar, the trees, the read-only transcript documents, the hover and the
 * commands, and returns an API for other extensions. The palette's item builders (`items`) are
 * a test hook: they are exported only when VS Code runs the extension for its tests
 * (`ExtensionMode.Test`: the host was started with --extensionTestsPath, as
 * scripts/run-integration.mjs and @vscode/test-electron do), never in normal use.
 */
import * as vscode from 'vscode';
import { SummitService } from './service';
import { SearchViewProvider } from './searchView';
import { TopicsTreeProvider, type TopicsElement } from './topicsTree';
import { SpeakersTreeProvider, type SpeakersElement } from './speakersTree';
import { TRANSCRIPT_SCHEME, TranscriptDocumentProvider } from './transcriptDocument';
import { EditorTracker } from './editorTracker';
import { registerHover } from './hover';
import { registerCommands } from './commands';
import type { CommandContext } from './commands/context';
import { searchItems } from './commands/search';
import { askItems } from './commands/ask';
import { findTopicFor, topicItems, topicPassageItems } from './commands/lookUpTopic';
import { registerNewTranscript } from './commands/newTranscript';
import { WorkspaceCorpora } from './workspaceCorpora';

export interface SummitApi {
  service: SummitService;
  /** Resolves when the engine has loaded (never rejects). */
  ready: Promise<void>;
  sidebar: SearchViewProvider;
  trees: { topics: TopicsTreeProvider; speakers: SpeakersTreeProvider };
  views: { topics: vscode.TreeView<TopicsElement>; speakers: vscode.TreeView<SpeakersElement> };
  /** Workspace transcripts (indexing, watcher, diagnostics). */
  workspace: WorkspaceCorpora;
  /** Test hook (ExtensionMode.Test only): what the palette commands show for an input, without opening any UI. */
  items?: PaletteItems;
}

export interface PaletteItems {
    search(query: string): ReturnType<typeof searchItems>;
    ask(question: string): ReturnType<typeof askItems>;
    topics(): ReturnType<typeof topicItems>;
    topicPassages(query: string): ReturnType<typeof topicPassageItems> | undefined;
}

export function activate(context: vscode.ExtensionContext): SummitApi {
  const service = SummitService.create(context);
  const tracker = new EditorTracker();
  const sidebar = new SearchViewProvider(context.extensionUri, service);
  const topics = new TopicsTreeProvider(service);
  const speakers = new SpeakersTreeProvider(service);
  const topicsView = vscode.window.createTreeView('summit.topics', { treeDataProvider: topics, showCollapseAll: true });
  const speakersView = vscode.window.createTreeView('summit.speakers', { treeDataProvider: speakers, showCollapseAll: true });
  const documents = new TranscriptDocumentProvider(service);

  const ctx: CommandContext = { service, tracker, sidebar, topics, topicsView, speakers };
  context.subscriptions.push(
    tracker,
    sidebar,
    topics,
    speakers,
    topicsView,
    speakersView,
    documents,
    vscode.window.registerWebviewViewProvider(SearchViewProvider.viewType, sidebar),
    vscode.workspace.registerTextDocumentContentProvider(TRANSCRIPT_SCHEME, documents),
    registerHover(service),
    ...registerCommands(ctx),
  );
  registerNewTranscript(context);
  // Workspace transcripts are read and indexed once the engine is first needed, not at activation.
  const workspace = new WorkspaceCorpora(context, service);
  context.subscriptions.push(workspace);
  service.whenNeeded(() => workspace.start());

  const api: SummitApi = {
    service,
    get ready() { return service.ready; },
    sidebar,
    trees: { topics, speakers },
    views: { topics: topicsView, speakers: speakersView },
    workspace,
  };
  if (context.extensionMode === vscode.ExtensionMode.Test) api.items = paletteItems(ctx);
  return api;
}

function paletteItems(ctx: CommandContext): PaletteItems {
  return {
    search: (query) => searchItems(ctx, query),
    ask: (question) => askItems(ctx, question),
    topics: () => topicItems(ctx.service),
    topicPassages: (query) => {
      const topic = findTopicFor(ctx.service, query);
      return topic ? topicPassageItems(ctx, topic.id) : undefined;
    },
  };
}

export function deactivate(): void {}
