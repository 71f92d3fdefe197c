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
