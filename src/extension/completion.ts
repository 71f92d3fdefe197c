// Completion: the items of src/core/complete (keys and values from the schema, country codes,
// the other requests' ids for `after:`) as CompletionItems; a key re-opens the suggestions for
// its value.
import * as vscode from 'vscode';
import { completeAt } from '../core/complete';
import { parseText } from '../core/parse';
import { CASE_FILE_SELECTOR, isCaseFile, maxFileSize } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface CompletionDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

/** Register the completion provider for case files. */
export function registerCompletion(context: vscode.ExtensionContext, { log, checks }: CompletionDeps): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(CASE_FILE_SELECTOR, {
    provideCompletionItems(doc, position) {
      try {
        if (!isCaseFile(doc)) return [];
        const text = doc.getText();
        const offset = doc.offsetAt(position);
        // Bring the check up to this version (cheap, incremental) unless the file is only checked on save.
        const big = text.length > maxFileSize(doc.uri);
        const entry = big ? checks.last(doc.uri) : checks.check(doc);
        const current = entry && entry.version === doc.version;
        const slice = current ? checks.around(doc.uri, offset) : undefined;
        const items = slice
          ? completeAt(slice.text, slice.toLocal(offset), slice.parsed, slice.ids, checks.knowledge())
          : completeAt(text, offset, current ? entry.parsed() : parseText(text), undefined, checks.knowledge());
        const toGlobal = (o: number) => (slice ? slice.toGlobal(o) : o);
        return items.map((c) => {
          const item = new vscode.CompletionItem(c.label, c.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember);
          item.insertText = c.insertText;
          item.detail = c.detail;
          if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
          if (c.filterText) item.filterText = c.filterText;
          if (c.sortText) item.sortText = c.sortText;
          if (c.additionalEdits?.length) {
            item.additionalTextEdits = c.additionalEdits.map((e) => vscode.TextEdit.replace(new vscode.Range(doc.positionAt(toGlobal(e.start)), doc.positionAt(toGlobal(e.end))), e.newText));
          }
          if (c.kind === 'key') item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
          return item;
        });
      } catch (err) {
        log.error(`Completion failed: ${(err as Error).stack ?? err}`);
        return [];
      }
    },
  }, ':', ' ', '[', ',', '-'));
}
