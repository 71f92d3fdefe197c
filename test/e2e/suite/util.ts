// Helpers for the extension-host tests: wait for events, never sleep a fixed time.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'which-channel.which-channel';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (the examples)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolve when `predicate` holds for the diagnostics of `uri` (checked now, then on each change). */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'which-channel');
    const now = ours();
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for diagnostics on ${uri.path}; have: ${ours().map((d) => String((d.code as { value: string })?.value)).join(', ')}`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = ours();
      if (predicate(d)) { clearTimeout(timer); sub.dispose(); resolve(d); }
    });
  });
}

export const codeOf = (d: vscode.Diagnostic) => String((d.code as { value: string | number } | undefined)?.value ?? d.code);

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/** The 0-based position of the first `needle` after `from` in a document. */
export function positionOf(doc: vscode.TextDocument, needle: string, from = ''): vscode.Position {
  const text = doc.getText();
  const base = from ? text.indexOf(from) + from.length : 0;
  const i = text.indexOf(needle, base);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return doc.positionAt(i);
}

/**
 * Code actions at a range, asked again (at most 20 times, each after the extension host has
 * turned once) while none come back: right after a document opens, VS Code can answer before
 * its providers have the document.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let i = 0; i < 20 && actions.length === 0; i++) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  }
  return actions;
}
