/** Transcript problems as entries of the Problems panel (collection "summit"), at the line they are on. */
import * as vscode from 'vscode';
import type { Problem } from '../core/model';

function severityOf(p: Problem): vscode.DiagnosticSeverity {
  switch (p.severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    default: return vscode.DiagnosticSeverity.Information;
  }
}

/** Problems worth showing in the editor (cache bookkeeping stays in the log). */
export function shown(p: Problem): boolean {
  return !/^index cache rebuilt/.test(p.message);
}

export function toDiagnostics(problems: Problem[]): vscode.Diagnostic[] {
  return problems.filter(shown).map((p) => {
    const line = Math.max(0, (p.line ?? 1) - 1);
    const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), p.message, severityOf(p));
    d.source = 'Summit Search';
    return d;
  });
}
