// CodeLens above each request of a case file: when its answer can come and whether its
// `needed_by` can be met, from the plan model (information only; the plan has its own command).
import * as vscode from 'vscode';
import { caseOutline } from '../core/navigation';
import { planCase } from '../plan/model';
import { lensText } from '../plan/lens';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface CodeLensDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

export function registerCodeLens(context: vscode.ExtensionContext, { log, checks }: CodeLensDeps): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    checks.onDidCheck(() => changed.fire()),
    vscode.languages.registerCodeLensProvider(CASE_FILE_SELECTOR, {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses(doc) {
        try {
          if (!isCaseFile(doc)) return undefined;
          // Above whichChannel.maxFileSizeKB the last check stands until save: its lenses would sit
          // at the old positions of an edited file, so none until then.
          const entry = checks.current(doc);
          if (!entry?.view || entry.version !== doc.version) return undefined;
          const options = checks.options(doc.uri);
          const plan = planCase(entry.view, checks.knowledge(), options.today!);
          const byIndex = new Map(plan.rows.map((r) => [r.index, r]));
          const lenses: vscode.CodeLens[] = [];
          for (const req of caseOutline(entry.parsed()).requests) {
            const row = byIndex.get(req.index);
            const text = row && lensText(row);
            if (!text) continue;
            const at = doc.positionAt(req.span[0]);
            // Information only (no command): a click on it does nothing unexpected.
            lenses.push(new vscode.CodeLens(new vscode.Range(at, at), { title: text, command: '' }));
          }
          return lenses;
        } catch (err) {
          log.error(`CodeLens failed: ${(err as Error).stack ?? err}`);
          return undefined;
        }
      },
    }),
  );
}
