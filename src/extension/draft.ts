// Drafting in the editor: a "Draft request" CodeLens above each request and the command
// "which-channel: Draft request documents". It writes the Markdown and the DOCX of each request
// into drafts/ beside the case file (inside the workspace only, only when asked), opens the
// Markdown in the preview beside the case, and says where the DOCX went, with buttons to reveal it. The DOCX writer is a
// separate bundle loaded on the first draft (src/draft/load-docx.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type * as Drafting from '../draft/entry';
import type { Knowledge } from '../knowledge';
import { localToday } from '../lint/engine';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';

export interface DraftDeps {
  log: vscode.LogOutputChannel;
  knowledge(): Knowledge;
}

/** What the command did (returned for tests and other extensions). */
export interface DraftCommandResult { files: string[]; missing: Record<string, string[]> }

let drafting: typeof Drafting | undefined;
/** The drafting engine, dist/draft.js beside this bundle, loaded on first use (computed path: esbuild leaves it out). */
export function loadDrafting(): typeof Drafting {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  drafting ??= require(join(__dirname, ['draft', 'js'].join('.'))) as typeof Drafting;
  return drafting;
}

const ITEM_ID = /^\s*- id:\s*["']?([^"'#\s]+)["']?\s*(#.*)?$/;

class DraftLenses implements vscode.CodeLensProvider {
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!isCaseFile(doc)) return [];
    const out: vscode.CodeLens[] = [];
    let inRequests = false;
    for (let i = 0; i < doc.lineCount; i++) {
      const line = doc.lineAt(i).text;
      if (/^requests\s*:/.test(line)) { inRequests = true; continue; }
      if (/^\S/.test(line) && !line.startsWith('#')) inRequests = false;
      const m = inRequests ? ITEM_ID.exec(line) : null;
      if (m) out.push(new vscode.CodeLens(new vscode.Range(i, 0, i, 0), { title: 'Draft request', tooltip: `Write the document for "${m[1]}" (Markdown and DOCX) into drafts/`, command: 'whichChannel.draftRequests', arguments: [doc.uri, m[1]] }));
    }
    return out;
  }
}

/** Register the CodeLens and whichChannel.draftRequests. */
export function registerDraft(context: vscode.ExtensionContext, { log, knowledge }: DraftDeps): void {
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider(CASE_FILE_SELECTOR, new DraftLenses()),
    vscode.commands.registerCommand('whichChannel.draftRequests', async (uri?: vscode.Uri, requestId?: string, opts?: { force?: boolean }) => {
      try {
        return await draftCommand(knowledge(), uri, requestId, opts?.force ?? false);
      } catch (err) {
        log.error(`Drafting failed: ${(err as Error).stack ?? err}`);
        void vscode.window.showErrorMessage(`which-channel could not write the drafts: ${(err as Error).message}`);
        return undefined;
      }
    }),
  );
}

async function draftCommand(knowledge: Knowledge, uri: vscode.Uri | undefined, requestId: string | undefined, force: boolean): Promise<DraftCommandResult | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isCaseFile(doc)) {
    void vscode.window.showWarningMessage('Open a case file (*.case.yaml) to draft its requests.');
    return undefined;
  }
  if (doc.uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(doc.uri)) {
    void vscode.window.showWarningMessage('which-channel writes drafts only beside a case file saved in the workspace.');
    return undefined;
  }
  const { draftCase, defaultOutDir, writeDrafts } = loadDrafting();
  const res = draftCase(doc.getText(), { today: localToday(), knowledge, requestIds: requestId ? [requestId] : undefined });
  if (!res.ok) {
    void vscode.window.showErrorMessage(`which-channel: ${res.error}`);
    return undefined;
  }
  const outDir = defaultOutDir(doc.uri.fsPath);
  // An unsaved case counts as newer than any draft: what the user sees is what is drafted.
  const caseMtimeMs = doc.isDirty ? Date.now() : statSync(doc.uri.fsPath).mtimeMs;
  let written = await writeDrafts(res.documents, { outDir, formats: ['md', 'docx'], caseMtimeMs, force });
  const kept = written.filter((w) => w.status === 'kept');
  if (kept.length) {
    const choice = await vscode.window.showWarningMessage(`${kept.length} draft file(s) in drafts/ are newer than the case file (edited since?). Overwrite them?`, 'Overwrite', 'Keep');
    if (choice === 'Overwrite') written = await writeDrafts(res.documents, { outDir, formats: ['md', 'docx'], caseMtimeMs, force: true });
  }
  const files = written.filter((w) => w.status === 'written').map((w) => w.file);
  const md = written.find((w) => w.status === 'written' && w.file.endsWith('.md'));
  if (md) await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(md.file));
  if (files.length) void offerDraftActions(res.documents.length, res.documents.filter((d) => d.missing.length).length, files);
  return { files, missing: Object.fromEntries(res.documents.filter((d) => !d.covers).map((d) => [d.requestId, d.missing])) };
}

const REVEAL = 'Reveal';
const OPEN_FOLDER = 'Open DOCX folder';

/**
 * A short notification with what to do next: "Reveal" selects the DOCX in the Explorer (where
 * code-server offers Download); "Open DOCX folder" opens the folder in the file manager on the
 * desktop, and in the Explorer in a browser. What each draft still lacks is in the draft itself
 * ("[missing: ...]") and in the missing-element findings. Resolves once a button is chosen.
 */
export async function offerDraftActions(drafted: number, lacking: number, files: string[]): Promise<void> {
  const docx = files.filter((f) => f.endsWith('.docx'));
  if (!docx.length) return;
  const first = vscode.Uri.file(docx[0]);
  const where = docx.length === 1 ? vscode.workspace.asRelativePath(first) : `${docx.length} DOCX files in ${vscode.workspace.asRelativePath(vscode.Uri.file(join(docx[0], '..')))}`;
  const lacks = lacking ? ` ${lacking} still lack${lacking === 1 ? 's' : ''} elements, marked [missing: ...].` : '';
  // The file manager is the desktop's: in a browser (code-server) the Explorer is where files are downloaded.
  const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
  // The note that every fact must be checked is said here, not printed on the documents (forms.md, section 6).
  const choice = await vscode.window.showInformationMessage(`Drafted ${drafted} document${drafted === 1 ? '' : 's'}: ${where}.${lacks} Check every fact before signing.`, OPEN_FOLDER, REVEAL);
  if (choice === REVEAL) await vscode.commands.executeCommand('revealInExplorer', first);
  if (choice === OPEN_FOLDER) await vscode.commands.executeCommand(desktop ? 'revealFileInOS' : 'revealInExplorer', desktop ? first : vscode.Uri.joinPath(first, '..'));
}
