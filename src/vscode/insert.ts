/**
 * Putting citations into the user's document: always with `editor.edit` (plain text — never a
 * snippet, so `$`, `}` and `\` in a quote stay exactly as they are), into the editor the user was
 * last writing in; with no editor to write into, the citation goes to the clipboard instead.
 */
import * as vscode from 'vscode';
import { resolveFormat, type CitationFormat } from '../core/cite';
import type { EditorTracker } from './editorTracker';

/** The format for a document: the setting `summit.citation.format`, `auto` deciding by language. */
export function formatFor(document: vscode.TextDocument | undefined, languageId?: string): CitationFormat {
  const setting = vscode.workspace.getConfiguration('summit', document?.uri).get<string>('citation.format', 'auto');
  return resolveFormat(setting, document?.languageId ?? languageId ?? 'plaintext');
}

/** Formats written as blocks of their own lines. */
const BLOCK_FORMATS: ReadonlySet<CitationFormat> = new Set(['markdown', 'latex', 'bibtex', 'csl-json']);

/** A block starts on a fresh line (a blank line before it in Markdown) when the cursor is after text. */
export function blockPrefix(document: vscode.TextDocument, position: vscode.Position, format: CitationFormat): string {
  if (!BLOCK_FORMATS.has(format)) return '';
  const before = document.lineAt(position.line).text.slice(0, position.character);
  if (before.trim() === '') return '';
  return format === 'markdown' ? '\n\n' : '\n';
}

async function toClipboard(text: string): Promise<boolean> {
  try {
    await vscode.env.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface InsertResult {
  inserted: boolean;
  editor?: vscode.TextEditor;
}

/**
 * Writes `make(format)` at every cursor of the target editor (replacing selections when
 * `replaceSelection`, else after them). Falls back to the clipboard with a message.
 */
export async function insertCitation(
  tracker: EditorTracker,
  make: (format: CitationFormat) => string,
  options: { format?: CitationFormat; replaceSelection?: boolean | ((format: CitationFormat) => boolean) } = {},
): Promise<InsertResult> {
  const editor = await tracker.target();
  if (!editor) {
    const text = make(options.format ?? formatFor(undefined, tracker.languageId()));
    if (await toClipboard(text)) void vscode.window.showInformationMessage(vscode.l10n.t('No editor to insert into: the citation was copied to the clipboard.'));
    else void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert the citation into.'));
    return { inserted: false };
  }
  const format = options.format ?? formatFor(editor.document);
  const text = make(format);
  const doc = editor.document;
  const replace = typeof options.replaceSelection === 'function' ? options.replaceSelection(format) : options.replaceSelection === true;
  const ok = await editor.edit((edit) => {
    for (const sel of editor.selections) {
      if (replace && !sel.isEmpty) {
        edit.replace(sel, blockPrefix(doc, sel.start, format) + text);
      } else {
        const at = sel.isEmpty ? sel.active : sel.end;
        edit.insert(at, blockPrefix(doc, at, format) + text);
      }
    }
  });
  if (!ok) {
    const copied = await toClipboard(text);
    void vscode.window.showWarningMessage(copied
      ? vscode.l10n.t('The document could not be edited: the citation was copied to the clipboard.')
      : vscode.l10n.t('The document could not be edited.'));
    return { inserted: false, editor };
  }
  await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.Default);
  return { inserted: true, editor };
}
