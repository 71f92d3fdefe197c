// Completion: the items of src/core/complete (keys and values from the schema, country codes,
// the other requests' ids for `after:`) as CompletionItems; a key re-opens the suggestions for
// its value when that value completes, never over free text. No word-based suggestions: VS Code
// asks its word provider (registered for every language, a lower score than ours) only when no
// provider of a higher score returned an item, and a trigger character asks only the providers
// that declared it; so the list opens only where this provider has items. A settings default
// could not do it: `configurationDefaults` is per language, and case files are YAML, whose other
// files keep their settings; a language of our own would cut case files off the YAML tooling. Values open after "key: " by trigger character and close once the typed value is
// complete (src/core/value-typing.ts), so Enter at the end of a value starts a new line.
import * as vscode from 'vscode';
import { completeAt } from '../core/complete';
import { parseText } from '../core/parse';
import { whileTyping } from '../core/value-typing';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface CompletionDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

/** Register the completion provider for case files. */
export function registerCompletion(context: vscode.ExtensionContext, { log, checks }: CompletionDeps): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(CASE_FILE_SELECTOR, {
    provideCompletionItems(doc, position, _token, context) {
      try {
        if (!isCaseFile(doc)) return [];
        const text = doc.getText();
        const offset = doc.offsetAt(position);
        // Brings the check up to this version (cheap, incremental), except above
        // whichChannel.maxFileSizeKB: there the last check stays as it is until save.
        const entry = checks.current(doc);
        const slice = checks.around(doc, offset);
        const k = checks.knowledge();
        const all = slice
          ? completeAt(slice.text, slice.toLocal(offset), slice.parsed, slice.ids, k)
          : completeAt(text, offset, entry && entry.version === doc.version ? entry.parsed() : parseText(text), undefined, k);
        const toGlobal = (o: number) => (slice ? slice.toGlobal(o) : o);
        const linePrefix = doc.lineAt(position.line).text.slice(0, position.character);
        const kind = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter ? 'trigger' : context.triggerKind === vscode.CompletionTriggerKind.TriggerForIncompleteCompletions ? 'typing' : 'invoke';
        const items = whileTyping(all, linePrefix, kind);
        // Incomplete: VS Code asks again at each key typed, so the list closes once the value is complete.
        return new vscode.CompletionList(items.map((c) => {
          const label = c.labelDetail ? { label: c.label, detail: c.labelDetail } : c.label;
          const item = new vscode.CompletionItem(label, c.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember);
          // One range, not insert/replace: in either insert mode the whole scalar goes, quotes included.
          if (c.replace) item.range = new vscode.Range(doc.positionAt(toGlobal(c.replace.start)), doc.positionAt(toGlobal(c.replace.end)));
          item.insertText = c.insertText;
          item.detail = c.detail;
          if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
          if (c.filterText) item.filterText = c.filterText;
          if (c.sortText) item.sortText = c.sortText;
          if (c.additionalEdits?.length) {
            item.additionalTextEdits = c.additionalEdits.map((e) => vscode.TextEdit.replace(new vscode.Range(doc.positionAt(toGlobal(e.start)), doc.positionAt(toGlobal(e.end))), e.newText));
          }
          // Only where the value completes: an empty list would let VS Code's word list answer, and
          // its first word take the next Enter (the word provider is asked only when ours has nothing).
          if (c.kind === 'key' && c.reopen) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
          return item;
        }), true);
      } catch (err) {
        log.error(`Completion failed: ${(err as Error).stack ?? err}`);
        return [];
      }
    },
  }, ':', ' ', '[', ',', '-'));
}
