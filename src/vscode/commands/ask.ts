/**
 * Summit: Ask a Question — an InputBox for the question, then a QuickPick with the answer (or
 * "not in the record" and the closest passages), its evidence and the other candidates. Enter
 * opens the source; buttons insert the answer with its citation, or cite one piece of evidence.
 */
import * as vscode from 'vscode';
import type { Corpus, Passage, Quote } from '../../core/model';
import type { AnswerView as Answer, EvidenceView as Evidence, EvidenceView } from '../../core/read/resolve';
import { formatAnswerCitation, formatCitation } from '../../core/cite';
import type { SummitService } from '../service';
import { insertCitation } from '../insert';
import type { CommandContext } from './context';
import { PickSession } from './pick';
import { isObj } from './search';
import { clip, where } from '../treeText';

type AskAction = 'open' | 'insertAnswer' | 'insertEvidence';

export interface AnswerItem extends vscode.QuickPickItem {
  role: 'answer' | 'none' | 'evidence' | 'alternative';
  answer: Answer;
  evidence?: Evidence;
}

interface AskButton extends vscode.QuickInputButton {
  action: AskAction;
}

function buttons(withAnswer: boolean): AskButton[] {
  const list: AskButton[] = [{ action: 'open', iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open Source') }];
  if (withAnswer) list.push({ action: 'insertAnswer', iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert Answer with Citation') });
  else list.push({ action: 'insertEvidence', iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert Citation') });
  return list;
}

/** The items shown for an answer: the answer (or "not in the record"), the evidence, the alternatives. */
export function answerItems(answer: Answer): AnswerItem[] {
  const items: AnswerItem[] = [];
  const best = answer.evidence[0];
  if (answer.answer !== null) {
    items.push({
      role: 'answer',
      answer,
      evidence: best,
      label: `$(lightbulb) ${answer.answer}`,
      description: vscode.l10n.t('answer · confidence {0}%', Math.round(answer.confidence * 100)),
      detail: best ? `${best.speaker ? `${best.speaker}：` : ''}${clip(best.text, 160)}` : undefined,
      alwaysShow: true,
      buttons: best ? buttons(true) : [],
    });
  } else {
    items.push({
      role: 'none',
      answer,
      label: `$(circle-slash) ${vscode.l10n.t('Not in the record')}`,
      detail: answer.evidence.length
        ? vscode.l10n.t('The transcript does not answer this question. The closest passages follow.')
        : vscode.l10n.t('The transcript does not answer this question.'),
      alwaysShow: true,
    });
  }
  if (answer.evidence.length) items.push({ role: 'evidence', answer, label: vscode.l10n.t('Evidence'), kind: vscode.QuickPickItemKind.Separator });
  for (const ev of answer.evidence) {
    items.push({
      role: 'evidence',
      answer,
      evidence: ev,
      label: `$(quote) ${ev.speaker ?? vscode.l10n.t('(no speaker)')}`,
      description: where(ev.file, ev.location),
      detail: clip(ev.text, 160),
      alwaysShow: true,
      buttons: buttons(false),
    });
  }
  if (answer.alternatives.length) {
    items.push({ role: 'alternative', answer, label: vscode.l10n.t('Other candidates'), kind: vscode.QuickPickItemKind.Separator });
    for (const alt of answer.alternatives.slice(0, 5)) items.push({ role: 'alternative', answer, label: alt, alwaysShow: true });
  }
  return items;
}

/** Asks the service and returns the items the QuickPick shows. */
export async function askItems(ctx: CommandContext, question: string): Promise<AnswerItem[]> {
  return answerItems(await ctx.service.ask(question));
}

/** The quote or passage an evidence sentence comes from (for its citation), by the ids it carries. */
export function evidenceTarget(service: SummitService, ev: EvidenceView): { corpus: Corpus; target: Quote | Passage } | undefined {
  const id = ev.quote ?? ev.passage;
  const r = id ? service.resolve(id) : undefined;
  const target = r?.quote ?? r?.passage;
  return r && target ? { corpus: r.corpus, target } : undefined;
}

async function act(ctx: CommandContext, item: AnswerItem, action: AskAction): Promise<void> {
  const ev = item.evidence;
  if (!ev) return;
  if (action === 'open') {
    await vscode.commands.executeCommand('summit.openLocation', { corpus: ev.corpus, offset: ev.location.offset, length: ev.location.length });
    return;
  }
  const found = evidenceTarget(ctx.service, ev);
  if (!found) return;
  const answerText = item.answer.answer;
  await insertCitation(ctx.tracker, (format) => action === 'insertAnswer' && answerText !== null
    ? formatAnswerCitation(answerText, found.target, found.corpus, format)
    : formatCitation(found.target, found.corpus, format));
}

export function showAnswer(ctx: CommandContext, question: string): PickSession<AnswerItem> {
  const qp = vscode.window.createQuickPick<AnswerItem>();
  qp.title = clip(question, 80);
  qp.placeholder = vscode.l10n.t('Enter opens the source; the buttons insert the answer with its citation');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const session = new PickSession(qp);
  session.track(
    qp.onDidTriggerItemButton((e) => { qp.hide(); void act(ctx, e.item, (e.button as AskButton).action); }),
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      qp.hide();
      if (item?.evidence) void act(ctx, item, 'open');
    }),
  );
  void session.update(() => askItems(ctx, question));
  qp.show();
  return session;
}

export function registerAsk(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.ask', async (args?: unknown) => {
    let question = typeof args === 'string' ? args : isObj(args) && typeof args.question === 'string' ? args.question : undefined;
    if (question === undefined) {
      question = await vscode.window.showInputBox({
        title: vscode.l10n.t('Ask the Summit'),
        prompt: vscode.l10n.t('Ask a question in Chinese or English; the answer is a span of the transcript.'),
        placeHolder: '谁提出了“三云三服务”？',
        ignoreFocusOut: true,
        validateInput: (v) => (v.length > 1000 ? vscode.l10n.t('A question is at most 1000 characters.') : undefined),
      });
    }
    if (question === undefined) return undefined;
    if (!question.trim()) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Type a question to ask the Summit.'));
      return undefined;
    }
    return showAnswer(ctx, question.trim());
  });
}
