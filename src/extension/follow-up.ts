// Follow-up letters in the editor (register.md): the quick fixes "Draft the extension request"
// (on a preservation-expiring finding) and "Draft a reminder" (on answer-overdue) write the letter
// into drafts/ and record today's date (the local date) in `extended` / `reminders` with the
// finding's own fix edit; CodeLens actions "Draft reminder" above a sent request still awaited and
// "Draft extension" above a sent preservation. The letter is drafted from the text before the date
// is recorded, so its hold end does not count the extension it asks for.
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import { caseOutline } from '../core/navigation';
import { isClosed, requestStatus } from '../core/status';
import type { TextEdit } from '../core/types';
import type { FollowUp } from '../draft/follow-up';
import { localToday } from '../lint/engine';
import { ruleIdOf, toTextEdits, findingFor } from './adapter';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';
import { loadDrafting, offerDraftActions } from './draft';

export interface FollowUpDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

const COMMAND = 'whichChannel.draftFollowUp';
/** The rules whose finding offers a letter, and which letter. */
const LETTERS: Record<string, { kind: FollowUp; title: string }> = {
  'preservation-expiring': { kind: 'extension', title: 'Draft the extension request' },
  'answer-overdue': { kind: 'reminder', title: 'Draft a reminder' },
};

/** What the command did (returned for tests). */
export interface FollowUpResult { files: string[]; missing: string[]; recorded: boolean }

export function registerFollowUp(context: vscode.ExtensionContext, { log, checks }: FollowUpDeps): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    checks.onDidCheck(() => changed.fire()),
    vscode.languages.registerCodeActionsProvider(CASE_FILE_SELECTOR, {
      provideCodeActions(doc, range, ctx) {
        try {
          if (!isCaseFile(doc) || (ctx.only && !ctx.only.contains(vscode.CodeActionKind.QuickFix))) return [];
          const entry = checks.current(doc);
          if (!entry?.view || entry.version !== doc.version) return [];
          const out: vscode.CodeAction[] = [];
          for (const d of ctx.diagnostics) {
            const id = ruleIdOf(d);
            const letter = id ? LETTERS[id] : undefined;
            const f = letter && findingFor(entry.findings, d);
            if (!letter || !f || f.requestIndex === undefined || !d.range.intersection(range)) continue;
            const requestId = entry.view.requests[f.requestIndex]?.id;
            if (!requestId) continue;
            const a = new vscode.CodeAction(letter.title, vscode.CodeActionKind.QuickFix);
            a.diagnostics = [d];
            a.isPreferred = true;
            a.command = { title: letter.title, command: COMMAND, arguments: [doc.uri, requestId, letter.kind, { version: doc.version, edits: f.fixes[0]?.edits ?? [] }] };
            out.push(a);
          }
          return out;
        } catch (err) {
          log.error(`Follow-up actions failed: ${(err as Error).stack ?? err}`);
          return [];
        }
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerCodeLensProvider(CASE_FILE_SELECTOR, {
      onDidChangeCodeLenses: changed.event,
      // Light: the last check's view and the outline only, no file IO.
      provideCodeLenses(doc) {
        try {
          if (!isCaseFile(doc)) return undefined;
          const entry = checks.current(doc);
          if (!entry?.view || entry.version !== doc.version) return undefined;
          const today = checks.options(doc.uri).today ?? localToday();
          const k = checks.knowledge();
          const lenses: vscode.CodeLens[] = [];
          for (const req of caseOutline(entry.parsed()).requests) {
            const r = entry.view.requests[req.index];
            if (!r?.id || !r.sent || r.sent > today) continue;
            const status = requestStatus(k, r, today, entry.view.urgency);
            if (status === 'withdrawn' || status === 'refused') continue;
            const at = doc.positionAt(req.span[0]);
            const lens = (title: string, kind: FollowUp) => new vscode.CodeLens(new vscode.Range(at, at), { title, tooltip: `Write the ${kind} letter for "${r.id}" into drafts/`, command: COMMAND, arguments: [doc.uri, r.id, kind] });
            if (r.action === 'preserve') lenses.push(lens('Draft extension', 'extension'));
            if (!isClosed(status)) lenses.push(lens('Draft reminder', 'reminder'));
          }
          return lenses;
        } catch (err) {
          log.error(`Follow-up CodeLens failed: ${(err as Error).stack ?? err}`);
          return undefined;
        }
      },
    }),
    vscode.commands.registerCommand(COMMAND, async (uri: vscode.Uri, requestId: string, kind: FollowUp, record?: { version: number; edits: TextEdit[] }) => {
      try {
        return await draftFollowUpCommand(checks, uri, requestId, kind, record);
      } catch (err) {
        log.error(`Drafting a follow-up failed: ${(err as Error).stack ?? err}`);
        void vscode.window.showErrorMessage(`which-channel could not write the letter: ${(err as Error).message}`);
        return undefined;
      }
    }),
  );
}

async function draftFollowUpCommand(checks: CaseChecks, uri: vscode.Uri, requestId: string, kind: FollowUp, record?: { version: number; edits: TextEdit[] }): Promise<FollowUpResult | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(doc.uri)) {
    void vscode.window.showWarningMessage('which-channel writes letters only beside a case file saved in the workspace.');
    return undefined;
  }
  const { draftFollowUp, defaultOutDir, writeDrafts } = loadDrafting();
  // The local date: the letter's date and the one recorded are the user's today.
  const res = draftFollowUp(doc.getText(), { requestId, followUp: kind, today: localToday(), knowledge: checks.knowledge() });
  if (!res.ok) {
    void vscode.window.showErrorMessage(`which-channel: ${res.error}`);
    return undefined;
  }
  // A letter edited since the case file changed is kept, never overwritten unasked (it is opened as it is).
  const caseMtimeMs = doc.isDirty ? Date.now() : statSync(doc.uri.fsPath).mtimeMs;
  const written = await writeDrafts(res.documents, { outDir: defaultOutDir(doc.uri.fsPath), formats: ['md', 'docx'], caseMtimeMs });
  const files = written.map((w) => w.file);
  if (written.some((w) => w.status === 'kept')) void vscode.window.showWarningMessage('The letter in drafts/ is newer than the case file (edited since?): kept as it is. Delete it to draft it again.');
  // The date is recorded only on the text the finding's edit was made for.
  let recorded = false;
  if (record && record.edits.length && doc.version === record.version) {
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, toTextEdits(vscode, doc, record.edits));
    recorded = await vscode.workspace.applyEdit(we);
  }
  const md = files.find((f) => f.endsWith('.md'));
  if (md) await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(md));
  void offerDraftActions(1, res.documents[0].missing.length ? 1 : 0, files);
  return { files, missing: res.documents[0].missing, recorded };
}
