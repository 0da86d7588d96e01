/** What every command gets: the service, the editor tracker, the views. */
import type * as vscode from 'vscode';
import type { SummitService } from '../service';
import type { EditorTracker } from '../editorTracker';
import type { TopicsElement, TopicsTreeProvider } from '../topicsTree';
import type { SpeakersTreeProvider } from '../speakersTree';

/** The sidebar's surface the commands use (SearchViewProvider implements it). */
export interface Sidebar {
  search(query: string): Promise<void>;
  showSpeaker(name: string, corpus?: string): Promise<boolean>;
  showTopic(topicId: string): Promise<void>;
}

export interface CommandContext {
  service: SummitService;
  tracker: EditorTracker;
  sidebar: Sidebar | undefined;
  topics: TopicsTreeProvider;
  topicsView: vscode.TreeView<TopicsElement> | undefined;
  speakers: SpeakersTreeProvider;
}

/** Maximum results the palette shows (setting summit.search.limit, clamped). */
export function resultLimit(configured: number | undefined): number {
  const n = Math.floor(configured ?? 30);
  return Number.isFinite(n) ? Math.max(1, Math.min(200, n)) : 30;
}
