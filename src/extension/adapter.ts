// The thin layer between the engine and VS Code: findings → Diagnostics, edits → TextEdits.
// It takes the `vscode` API as a parameter, so the unit tests run it in plain Node with a
// small stand-in and the extension passes the real module.
import type * as vscode from 'vscode';
import type { Finding, Severity, TextEdit } from '../core/types';

export type VsApi = Pick<typeof vscode, 'Diagnostic' | 'Range' | 'Position' | 'DiagnosticSeverity' | 'TextEdit' | 'Uri'>;

export const SOURCE = 'which-channel';

export function toSeverity(vs: VsApi, s: Severity): vscode.DiagnosticSeverity {
  return s === 'error' ? vs.DiagnosticSeverity.Error : s === 'warning' ? vs.DiagnosticSeverity.Warning : s === 'hint' ? vs.DiagnosticSeverity.Hint : vs.DiagnosticSeverity.Information;
}

/** A finding as a Diagnostic: the rule id as code, linked to its doc page inside the extension. */
export function toDiagnostic(vs: VsApi, f: Finding, docUri: (id: string) => vscode.Uri): vscode.Diagnostic {
  const range = new vs.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
  const d = new vs.Diagnostic(range, f.message, toSeverity(vs, f.severity));
  d.source = SOURCE;
  d.code = { value: f.ruleId, target: docUri(f.ruleId) };
  return d;
}

/** Offsets to a Range, through a document's positionAt. */
export function toTextEdits(vs: VsApi, doc: Pick<vscode.TextDocument, 'positionAt'>, edits: readonly TextEdit[]): vscode.TextEdit[] {
  return edits.map((e) => vs.TextEdit.replace(new vs.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText));
}

/** The smallest single edit that turns `before` into `after` (for Fix All: the cursor stays put). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

/** The code of a diagnostic as a rule id, whatever form it has. */
export function ruleIdOf(d: Pick<vscode.Diagnostic, 'code' | 'source'>): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'string') return c;
  if (c && typeof c === 'object' && 'value' in c) return String(c.value);
  return undefined;
}

/** The finding a diagnostic stands for: same rule id and same range, in the same document version. */
export function findingFor(findings: readonly Finding[], d: Pick<vscode.Diagnostic, 'code' | 'source' | 'range'>): Finding | undefined {
  const id = ruleIdOf(d);
  return findings.find((f) => f.ruleId === id && f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character && f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character);
}

/** The line that silences a rule on the line below, at that line's indentation. */
export function disableLineEdit(text: string, line: number, id: string, eol: string): TextEdit {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(offset))![0];
  return { start: offset, end: offset, newText: `${indent}# which-channel-disable-next-line ${id}${eol}` };
}
