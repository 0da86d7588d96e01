/**
 * Hover in Markdown, LaTeX and plain-text documents: a speaker's name or alias under the mouse
 * shows their card — title, organisation, role, topics and quotes — with command links to open
 * or insert a quote and to show the full card. Trusted only for those commands.
 */
import * as vscode from 'vscode';
import type { SummitService } from './service';
import { commandLink, clip } from './treeText';
import { roleLabel } from './speakersTree';

export const HOVER_LANGUAGES = ['markdown', 'latex', 'plaintext'];
const HOVER_COMMANDS = ['summit.openLocation', 'summit.showSpeaker', 'summit.insertCitation'] as const;
const MAX_QUOTES = 3;

export class SpeakerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: SummitService) {}

  /** The first hover loads the engine (activation on these languages starts nothing). */
  async provideHover(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const line = document.lineAt(position.line).text;
    // Only a line with a Han character can hold a name or alias worth loading the engine for.
    if (!this.service.isReady && !/\p{Script=Han}/u.test(line)) return undefined;
    await this.service.ready;
    if (token?.isCancellationRequested || !this.service.isReady) return undefined;
    const match = this.nameAt(line, position.character);
    if (!match) return undefined;
    const card = this.card(match.name, match.corpus);
    if (!card) return undefined;
    const range = new vscode.Range(position.line, match.start, position.line, match.start + match.text.length);
    return new vscode.Hover(card, range);
  }

  /** The longest speaker name or alias covering `character` in `line`. */
  nameAt(line: string, character: number): { name: string; corpus: string; text: string; start: number } | undefined {
    let best: { name: string; corpus: string; text: string; start: number } | undefined;
    for (const corpus of this.service.corpora()) {
      for (const s of corpus.speakers) {
        for (const text of [s.name, ...s.aliases]) {
          if (!text || (best && text.length <= best.text.length)) continue;
          let from = Math.max(0, character - text.length + 1);
          let at: number;
          while ((at = line.indexOf(text, from)) !== -1 && at <= character) {
            if (character < at + text.length) { best = { name: s.name, corpus: corpus.id, text, start: at }; break; }
            from = at + 1;
          }
        }
      }
    }
    return best;
  }

  card(name: string, corpusId: string): vscode.MarkdownString | undefined {
    const card = this.service.speakerCard(name, corpusId);
    if (!card) return undefined;
    const md = new vscode.MarkdownString('', true);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.appendMarkdown('$(person) **').appendText(card.name).appendMarkdown('**  \n');
    md.appendText([card.title, card.organization].filter(Boolean).join('，')).appendMarkdown('  \n');
    md.appendText(`${roleLabel(card.role)} · ${card.event}`);
    const labels = card.topics.slice(0, 5).map((id) => this.service.findTopic(id)?.label.zh ?? id);
    if (labels.length) md.appendMarkdown('  \n').appendText(`${vscode.l10n.t('Topics')}: ${labels.join('、')}`);
    md.appendMarkdown('\n\n---\n\n');
    if (!card.quotes.length) md.appendText(vscode.l10n.t('No direct quotes in the record.'));
    for (const q of card.quotes.slice(0, MAX_QUOTES)) {
      md.appendMarkdown('> ').appendText(`“${clip(q.text, 80)}”`).appendMarkdown('  \n> ');
      if (q.location) {
        md.appendMarkdown(commandLink(vscode.l10n.t('Open'), 'summit.openLocation', { corpus: q.corpus, offset: q.location.offset, length: q.location.length }));
        md.appendMarkdown(' · ');
      }
      md.appendMarkdown(commandLink(vscode.l10n.t('Insert citation'), 'summit.insertCitation', { id: q.id }));
      md.appendMarkdown('\n\n');
    }
    md.appendMarkdown(commandLink(vscode.l10n.t('Show all {0} quotes', card.quotes.length), 'summit.showSpeaker', { name: card.name, corpus: card.corpus }));
    return md;
  }
}

export function registerHover(service: SummitService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(HOVER_LANGUAGES.map((language) => ({ language })), new SpeakerHoverProvider(service));
}
