/**
 * The `summit.topics` tree: topic → subtopic → passages, with passage counts as descriptions,
 * Markdown tooltips (made on hover, by resolveTreeItem), a click that opens the passage in the transcript, and getParent so that
 * reveal works. Elements are cached so the same node is always the same object.
 */
import * as vscode from 'vscode';
import type { Corpus, Passage, Topic } from '../core/model';
import type { SummitService } from './service';
import { clip, where } from './treeText';
import { hitId } from '../core/read/hits';
import { passagesDirectlyUnder } from '../core/read/topics';

export type TopicsElement = TopicElement | PassageElement;

export interface TopicElement {
  kind: 'topic';
  topic: Topic;
  parent: TopicElement | undefined;
}

export interface PassageElement {
  kind: 'passage';
  corpus: Corpus;
  passage: Passage;
  parent: TopicElement;
}

export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TopicsElement | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private roots: TopicElement[] | undefined;
  private readonly childCache = new Map<TopicElement, TopicsElement[]>();
  private counts = new Map<string, number>();

  constructor(private readonly service: SummitService) {
    this.subscription = service.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.roots = undefined;
    this.childCache.clear();
    this.emitter.fire(undefined);
  }

  private rootElements(): TopicElement[] {
    if (!this.roots) {
      this.counts = this.service.topicCounts();
      this.roots = this.service.topics().map((topic) => ({ kind: 'topic', topic, parent: undefined }));
    }
    return this.roots;
  }

  async getChildren(element?: TopicsElement): Promise<TopicsElement[]> {
    if (!element) {
      await this.service.ready;
      return this.rootElements();
    }
    if (element.kind === 'passage') return [];
    const cached = this.childCache.get(element);
    if (cached) return cached;
    const topic = element.topic;
    const subtopics: TopicsElement[] = topic.children.map((t) => ({ kind: 'topic', topic: t, parent: element }));
    // Passages tagged with this topic but with none of its subtopics, so nothing is hidden.
    const passages: TopicsElement[] = passagesDirectlyUnder(this.service.corpora(), topic)
      .map(({ corpus, passage }) => ({ kind: 'passage', corpus, passage, parent: element }));
    const children = [...subtopics, ...passages];
    this.childCache.set(element, children);
    return children;
  }

  getParent(element: TopicsElement): TopicsElement | undefined {
    return element.parent;
  }

  getTreeItem(element: TopicsElement): vscode.TreeItem {
    if (element.kind === 'topic') {
      const { topic } = element;
      const count = this.counts.get(topic.id) ?? 0;
      const item = new vscode.TreeItem(topic.label.zh, count > 0 || topic.children.length > 0
        ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `topic:${topic.id}`;
      item.description = `${topic.label.en} · ${count}`;
      item.iconPath = new vscode.ThemeIcon(topic.children.length ? 'folder-library' : 'tag');
      item.contextValue = 'summitTopic';
      return item;
    }
    const { corpus, passage } = element;
    const item = new vscode.TreeItem(clip(passage.text, 48), vscode.TreeItemCollapsibleState.None);
    item.id = `${element.parent.topic.id}/${hitId(corpus, passage.id)}`;
    item.description = passage.speaker ?? '';
    item.iconPath = new vscode.ThemeIcon('comment');
    item.contextValue = 'summitPassage';
    item.command = {
      command: 'summit.openLocation',
      title: vscode.l10n.t('Open in Transcript'),
      arguments: [{ corpus: corpus.id, offset: passage.location.offset, length: passage.location.length }],
    };
    return item;
  }

  /**
   * The Markdown tooltip of a row, made when the row is hovered: a tooltip set in getTreeItem is
   * rendered for every row at every refresh, on the extension host's thread.
   */
  resolveTreeItem(item: vscode.TreeItem, element: TopicsElement): vscode.TreeItem {
    item.tooltip = this.tooltip(element);
    return item;
  }

  tooltip(element: TopicsElement): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    if (element.kind === 'topic') {
      const { topic } = element;
      md.appendMarkdown('**').appendText(topic.label.zh).appendMarkdown('** — ').appendText(topic.label.en).appendMarkdown('\n\n');
      md.appendText(vscode.l10n.t('{0} passages', this.counts.get(topic.id) ?? 0));
      if (topic.keywords.length) md.appendMarkdown('\n\n').appendText(`${vscode.l10n.t('Signal words')}: ${topic.keywords.join('、')}`);
      return md;
    }
    const { corpus, passage } = element;
    md.appendText(passage.text);
    md.appendMarkdown('\n\n---\n\n');
    if (passage.speaker) md.appendMarkdown('**').appendText(passage.speaker).appendMarkdown('** · ');
    md.appendText(`${corpus.event.name} · ${where(corpus.file, passage.location)}`);
    return md;
  }

  /** The element of a topic id (for reveal), building the path from the roots. */
  async findTopic(id: string): Promise<TopicElement | undefined> {
    const walk = async (list: TopicsElement[]): Promise<TopicElement | undefined> => {
      for (const el of list) {
        if (el.kind !== 'topic') continue;
        if (el.topic.id === id) return el;
        const inner = await walk(await this.getChildren(el));
        if (inner) return inner;
      }
      return undefined;
    };
    return walk(await this.getChildren());
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
