/** Summit: Cite Speaker… — pick a person; their attribution (name, title, organisation, event, date) is inserted. */
import * as vscode from 'vscode';
import { formatCitation } from '../../core/cite';
import type { Corpus, Speaker } from '../../core/model';
import { insertCitation } from '../insert';
import type { SummitService } from '../service';
import type { CommandContext } from './context';
import { isObj } from './search';
import { roleLabel } from '../speakersTree';

export interface SpeakerItem extends vscode.QuickPickItem {
  corpus: Corpus;
  speaker: Speaker;
}

export function speakerItems(service: SummitService): SpeakerItem[] {
  const multi = service.corpora().length > 1;
  return service.corpora().flatMap((corpus) => corpus.speakers.map((speaker) => ({
    corpus,
    speaker,
    label: `$(person) ${speaker.name}`,
    description: [speaker.title, speaker.organization].filter(Boolean).join('，'),
    detail: [roleLabel(speaker.role), speaker.pinyin, speaker.en?.name, multi ? corpus.event.name : ''].filter(Boolean).join(' · '),
  })));
}

export function registerCiteSpeaker(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.citeSpeaker', async (args?: unknown) => {
    await ctx.service.ready;
    let choice: SpeakerItem | undefined;
    const name = typeof args === 'string' ? args : isObj(args) && typeof args.name === 'string' ? args.name : undefined;
    if (name) {
      const found = ctx.service.findSpeaker(name, isObj(args) && typeof args.corpus === 'string' ? args.corpus : undefined);
      if (!found) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No speaker named {0} in the loaded transcripts.', name));
        return undefined;
      }
      choice = speakerItems(ctx.service).find((i) => i.corpus === found.corpus && i.speaker === found.speaker);
    } else {
      choice = await vscode.window.showQuickPick(speakerItems(ctx.service), {
        title: vscode.l10n.t('Cite Speaker'),
        placeHolder: vscode.l10n.t('Name, pinyin, title or organisation'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
    }
    if (!choice) return undefined;
    const picked = choice;
    return insertCitation(ctx.tracker, (format) => formatCitation(picked.speaker, picked.corpus, format));
  });
}
