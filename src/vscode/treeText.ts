/** Small text helpers shared by the trees, the hover and the pickers. */
import * as vscode from 'vscode';
import type { Location } from '../core/model';

/** At most `max` characters, with an ellipsis when cut (never splits a surrogate pair). */
export function clip(text: string, max = 60): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function where(file: string, location: Location | null): string {
  return location ? `${file}:${location.line}:${location.column}` : file;
}

/** A `command:` link for a MarkdownString (the arguments JSON-encoded, as VS Code expects). */
export function commandLink(label: string, command: string, args: unknown): string {
  const safeLabel = label.replace(/[\\[\]]/g, (c) => `\\${c}`);
  return `[${safeLabel}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

/** A Markdown string whose corpus text is escaped, trusted only for our own commands. */
export function trustedMarkdown(commands: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: commands };
  return md;
}
