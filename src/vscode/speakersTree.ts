/**
 * The `summit.speakers` tree: each person (title and organisation as description, a Markdown
 * card as tooltip, made on hover by resolveTreeItem) → their quotes (a click opens the quote in the transcript).
 */
import * as vscode from 'vscode';
import type { Corpus, Quote, Speaker } from '../core/model';
import type { SummitService } from './service';
import { clip, where } from './treeText';
import { hitId } from '../core/read/hits';

export type SpeakersElement = SpeakerElement | QuoteElement;

export interface SpeakerElement {
  kind: 'speaker';
  corpus: Corpus;
  speaker: Speaker;
  quotes: Quote[];
}

export interface QuoteElement {
  kind: 'quote';
  corpus: Corpus;
  quote: Quote;
  parent: SpeakerElement;
}

const ROLE_ICON: Record<Speaker['role'], string> = { speaker: 'person', host: 'mic', panelist: 'organization', mentioned: 'person-add', reporter: 'edit' };

export class SpeakersTreeProvider implements vscode.TreeDataProvider<SpeakersElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SpeakersElement | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private roots: SpeakerElement[] | undefined;
  private readonly childCache = new Map<SpeakerElement, QuoteElement[]>();

  constructor(private readonly service: SummitService) {
    this.subscription = service.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.roots = undefined;
    this.childCache.clear();
    this.emitter.fire(undefined);
  }

  async getChildren(element?: SpeakersElement): Promise<SpeakersElement[]> {
    if (!element) {
      await this.service.ready;
      if (!this.roots) {
        // Core's speaker read-model: the same people and quotes as the CLI and the sidebar.
        this.roots = this.service.speakerProfiles().map(({ corpus, speaker, quotes }) => ({ kind: 'speaker' as const, corpus, speaker, quotes }));
      }
      return this.roots;
    }
    if (element.kind === 'quote') return [];
    let children = this.childCache.get(element);
    if (!children) {
      children = element.quotes.map((quote) => ({ kind: 'quote' as const, corpus: element.corpus, quote, parent: element }));
      this.childCache.set(element, children);
    }
    return children;
  }

  getParent(element: SpeakersElement): SpeakersElement | undefined {
    return element.kind === 'quote' ? element.parent : undefined;
  }

  getTreeItem(element: SpeakersElement): vscode.TreeItem {
    if (element.kind === 'speaker') {
      const { speaker, corpus, quotes } = element;
      const item = new vscode.TreeItem(speaker.name, quotes.length
        ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `speaker:${corpus.id}#${speaker.name}`;
      const multi = this.service.corpora().length > 1;
      item.description = [speaker.title, speaker.organization, multi ? corpus.event.name : ''].filter(Boolean).join(' · ') + ` (${quotes.length})`;
      item.iconPath = new vscode.ThemeIcon(ROLE_ICON[speaker.role] ?? 'person');
      item.contextValue = 'summitSpeaker';
      item.command = { command: 'summit.showSpeaker', title: vscode.l10n.t('Show Speaker Card'), arguments: [{ name: speaker.name, corpus: corpus.id }] };
      return item;
    }
    const { quote, corpus } = element;
    const item = new vscode.TreeItem(clip(quote.text, 48), vscode.TreeItemCollapsibleState.None);
    item.id = hitId(corpus, quote.id);
    item.description = `${vscode.l10n.t('line {0}', quote.location.line)}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'summitQuote';
    item.command = {
      command: 'summit.openLocation',
      title: vscode.l10n.t('Open in Transcript'),
      arguments: [{ corpus: corpus.id, offset: quote.location.offset, length: quote.location.length }],
    };
    return item;
  }

  /**
   * The Markdown card of a row, made when the row is hovered: a tooltip set in getTreeItem is
   * rendered for every row at every refresh, on the extension host's thread.
   */
  resolveTreeItem(item: vscode.TreeItem, element: SpeakersElement): vscode.TreeItem {
    item.tooltip = this.tooltip(element);
    return item;
  }

  tooltip(element: SpeakersElement): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    if (element.kind === 'speaker') {
      const { speaker, corpus, quotes } = element;
      md.appendMarkdown('**').appendText(speaker.name).appendMarkdown('**');
      if (speaker.en?.name) md.appendText(` (${speaker.en.name})`);
      md.appendMarkdown('\n\n').appendText([speaker.title, speaker.organization].filter(Boolean).join('，'));
      md.appendMarkdown('\n\n').appendText(`${roleLabel(speaker.role)} · ${vscode.l10n.t('{0} quotes', quotes.length)} · ${corpus.event.name}`);
      if (speaker.aliases.length) md.appendMarkdown('\n\n').appendText(`${vscode.l10n.t('Also called')}: ${speaker.aliases.join('、')}`);
      return md;
    }
    const { quote, corpus } = element;
    md.appendText(`“${quote.text}”`);
    md.appendMarkdown('\n\n---\n\n');
    md.appendText(`${quote.speaker ?? ''} ${quote.verb} · ${where(corpus.file, quote.location)}`);
    return md;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

export function roleLabel(role: Speaker['role']): string {
  switch (role) {
    case 'host': return vscode.l10n.t('host');
    case 'panelist': return vscode.l10n.t('panelist');
    case 'mentioned': return vscode.l10n.t('mentioned');
    case 'reporter': return vscode.l10n.t('reporter');
    default: return vscode.l10n.t('speaker');
  }
}
