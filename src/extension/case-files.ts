// Which documents are case files, and the settings each feature reads for them. Every provider
// is registered for this selector and still asks `isCaseFile`, because a YAML document becomes
// a case file through the `whichChannel.files` globs or its first-line modeline.
import * as vscode from 'vscode';

const MODELINE = /^#\s*which-channel:\s*case\b/;

/** The documents the providers are registered for; `isCaseFile` narrows them down. */
export const CASE_FILE_SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { pattern: '**/*.case.{yaml,yml}' }];

/** The `whichChannel` settings for a resource (or the window's, with no scope). */
export const config = (scope?: vscode.Uri) => vscode.workspace.getConfiguration('whichChannel', scope ?? null);

/** `*.case.yaml`, a YAML file matched by `whichChannel.files`, or one whose first line is the modeline. */
export function isCaseFile(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return false;
  if (/\.case\.ya?ml$/i.test(doc.uri.path)) return true;
  if (doc.languageId !== 'yaml') return false;
  const globs = config(doc.uri).get<string[]>('files', []);
  if (globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
  return MODELINE.test(doc.lineAt(0).text);
}

/** `whichChannel.maxFileSizeKB` in characters: above it a file is checked on save only. */
export const maxFileSize = (uri: vscode.Uri) => config(uri).get<number>('maxFileSizeKB', 2048) * 1024;

/** The context key that says the active editor holds a case file (the plan's title-bar icon reads it). */
export const CASE_FILE_CONTEXT = 'whichChannel.isCaseFile';

/**
 * Keep `whichChannel.isCaseFile` true while the active editor holds a case file: `*.case.yaml`,
 * and also the files a `when` clause cannot see (the modeline, `whichChannel.files`).
 */
export function registerCaseFileContext(context: vscode.ExtensionContext): void {
  let last: boolean | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const now = doc ? isCaseFile(doc) : false;
    if (now !== last) void vscode.commands.executeCommand('setContext', CASE_FILE_CONTEXT, (last = now));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    // The modeline is typed or removed, or the globs change.
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.some((c) => c.range.start.line === 0)) update(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('whichChannel.files')) update(); }),
  );
  update();
}
