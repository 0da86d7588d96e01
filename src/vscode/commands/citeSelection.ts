/**
 * Summit: Cite Selection — finds the quote or passage the selected words come from and cites it:
 * formats that carry the words (Markdown, LaTeX, plain) replace the selection with the full
 * citation; reference-only formats (BibTeX, CSL-JSON, GB/T 7714) go after it. When no transcript
 * contains the words, the closest search results are offered to pick from.
 */
import * as vscode from 'vscode';
import type { Corpus, Passage, Quote } from '../../core/model';
import { formatCitation, type CitationFormat } from '../../core/cite';
import type { SummitService } from '../service';
import { insertCitation } from '../insert';
import { hitId } from '../../core/read/hits';
import type { CommandContext } from './context';
import { PickSession, type HitItem } from './pick';
import { searchItems } from './search';

const WORD_FORMATS: ReadonlySet<CitationFormat> = new Set(['markdown', 'latex', 'latex-csquotes', 'plain']);

/** Selected words without surrounding whitespace and quotation marks, whitespace collapsed. */
export function cleanSelection(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[“"「『‘']+|[”"」』’']+$/g, '').trim();
}

/** The quote or passage containing `words`: a quote first (exactly, then containing), then a passage. */
export function findCited(service: SummitService, words: string): { corpus: Corpus; target: Quote | Passage } | undefined {
  if (!words) return undefined;
  const compact = (s: string) => s.replace(/\s+/g, '');
  const w = compact(words);
  const corpora = service.corpora();
  for (const pass of [
    (c: Corpus) => c.quotes.find((q) => compact(q.text) === w),
    (c: Corpus) => c.quotes.find((q) => compact(q.text).includes(w)),
    (c: Corpus) => c.passages.find((p) => compact(p.text).includes(w)),
    (c: Corpus) => (w.length >= 8 ? c.quotes.find((q) => w.includes(compact(q.text))) : undefined),
  ]) {
    for (const corpus of corpora) {
      const target = pass(corpus);
      if (target) return { corpus, target };
    }
  }
  return undefined;
}

export async function citeTarget(ctx: CommandContext, corpus: Corpus, target: Quote | Passage) {
  return insertCitation(ctx.tracker, (format) => formatCitation(target, corpus, format), {
    replaceSelection: (format) => WORD_FORMATS.has(format),
  });
}

export function registerCiteSelection(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('summit.citeSelection', async () => {
    const editor = await ctx.tracker.target();
    const words = editor ? cleanSelection(editor.selections.map((s) => editor.document.getText(s)).join(' ')) : '';
    if (!words) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to cite first.'));
      return undefined;
    }
    await ctx.service.ready;
    const found = findCited(ctx.service, words);
    if (found) {
      const result = await citeTarget(ctx, found.corpus, found.target);
      return { id: hitId(found.corpus, found.target.id), ...result };
    }
    // Not verbatim in any transcript: offer the closest passages.
    const qp = vscode.window.createQuickPick<HitItem>();
    qp.title = vscode.l10n.t('The selection is not verbatim in the transcripts — pick the passage to cite');
    qp.matchOnDetail = false;
    const session = new PickSession(qp);
    session.track(qp.onDidAccept(() => {
      const hit = (qp.selectedItems[0] ?? qp.activeItems[0])?.hit;
      qp.hide();
      const r = hit ? ctx.service.resolve(hit.id) : undefined;
      const target = r?.quote ?? r?.passage;
      if (r && target) void citeTarget(ctx, r.corpus, target);
    }));
    void session.update(async () => (await searchItems(ctx, words.slice(0, 200))).filter((i) => i.hit?.kind !== 'speaker').map((i) => ({ ...i, buttons: [] })));
    qp.show();
    return session;
  });
}
