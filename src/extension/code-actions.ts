// Code actions: the quick fixes of each finding (plus "Disable for this line" and "Show
// documentation"), the Fix All source action (also run by codeActionsOnSave) and the
// whichChannel.fixAll command. A quick fix is found by diagnostic code and document version,
// never by message text.
import * as vscode from 'vscode';
import { fixText } from '../lint/engine';
import { fixAllSummary } from '../lint/fix-summary';
import { disableLineEdit, findingFor, minimalEdit, ruleIdOf, toDiagnostic, toTextEdits } from './adapter';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('which-channel');

export interface CodeActionsDeps {
  log: vscode.LogOutputChannel;
  docUri(id: string): vscode.Uri;
  checks: CaseChecks;
}

/** Register the code action provider and the whichChannel.fixAll command. */
export function registerCodeActions(context: vscode.ExtensionContext, { log, docUri, checks }: CodeActionsDeps): void {
  /** One edit that turns the document into its text after every fix pass, or undefined if none applies. */
  function fixAllEdit(doc: vscode.TextDocument) {
    const text = doc.getText();
    const res = fixText(text, checks.options(doc.uri));
    return minimalEdit(text, res.output);
  }

  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(CASE_FILE_SELECTOR, {
    provideCodeActions(doc, _range, ctx) {
      try {
        if (!isCaseFile(doc)) return [];
        // Above whichChannel.maxFileSizeKB the last check (open or save) is used as it is.
        const entry = checks.current(doc);
        if (!entry) return [];
        // A check of an older version: its fixes' offsets are for that text, not this one.
        const stale = entry.version !== doc.version;
        const actions: vscode.CodeAction[] = [];
        const wantsFixAll = ctx.only && (FIX_ALL_KIND.contains(ctx.only) || ctx.only.contains(FIX_ALL_KIND));
        if (!ctx.only || ctx.only.contains(vscode.CodeActionKind.QuickFix)) {
          // The diagnostics VS Code passes can lag behind the last check (Ctrl+. right after
          // typing): our own findings under the range count too.
          const given = ctx.diagnostics.filter((d) => ruleIdOf(d));
          const own = entry.findings
            .filter((f) => _range.intersection(new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character)))
            .map((f) => toDiagnostic(vscode, f, docUri))
            .filter((d) => !given.some((g) => ruleIdOf(g) === ruleIdOf(d) && g.range.isEqual(d.range)));
          for (const d of [...given, ...own]) {
            const id = ruleIdOf(d);
            const f = id && findingFor(entry.findings, d);
            if (!id || !f) continue;
            if (!stale) f.fixes.forEach((fix, i) => {
              const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              a.diagnostics = [d];
              a.isPreferred = i === 0 && f.autofix;
              a.edit = new vscode.WorkspaceEdit();
              a.edit.set(doc.uri, toTextEdits(vscode, doc, fix.edits));
              actions.push(a);
            });
            const disable = new vscode.CodeAction(`Disable ${id} for this line`, vscode.CodeActionKind.QuickFix);
            disable.diagnostics = [d];
            disable.edit = new vscode.WorkspaceEdit();
            disable.edit.set(doc.uri, toTextEdits(vscode, doc, [disableLineEdit(doc.getText(), d.range.start.line, id, doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n')]));
            actions.push(disable);
            const show = new vscode.CodeAction(`Show documentation for ${id}`, vscode.CodeActionKind.QuickFix);
            show.command = { title: show.title, command: 'whichChannel.showRuleDoc', arguments: [id] };
            actions.push(show);
          }
        }
        // Fix All runs every fix pass over the whole file: only when asked for (Source Action
        // menu, codeActionsOnSave), never for the light bulb at each cursor move.
        if (wantsFixAll || (ctx.only && ctx.only.contains(vscode.CodeActionKind.Source))) {
          const edit = fixAllEdit(doc);
          if (edit) {
            const a = new vscode.CodeAction('Fix all which-channel problems', FIX_ALL_KIND);
            a.edit = new vscode.WorkspaceEdit();
            a.edit.set(doc.uri, toTextEdits(vscode, doc, [edit]));
            actions.push(a);
          }
        }
        return actions;
      } catch (err) {
        log.error(`Code actions failed: ${(err as Error).stack ?? err}`);
        return [];
      }
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] }));

  context.subscriptions.push(
    vscode.commands.registerCommand('whichChannel.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isCaseFile(editor.document)) {
        void vscode.window.showInformationMessage('Fix all: open a case file first.');
        return false;
      }
      const doc = editor.document;
      const text = doc.getText();
      const res = fixText(text, checks.options(doc.uri));
      const edit = minimalEdit(text, res.output);
      let done = true;
      if (edit) {
        const we = new vscode.WorkspaceEdit();
        we.set(doc.uri, toTextEdits(vscode, doc, [edit]));
        done = await vscode.workspace.applyEdit(we);
      }
      // Plain text, and what it did: "Fixed 4 problems; 2 remain" or why nothing was fixed.
      const message = done ? fixAllSummary(res) : 'Fix all: the file changed while fixing; nothing was applied.';
      log.info(`Fix all ${vscode.workspace.asRelativePath(doc.uri)}: ${message}`);
      void vscode.window.showInformationMessage(message);
      return Boolean(edit) && done;
    }),
  );
}
