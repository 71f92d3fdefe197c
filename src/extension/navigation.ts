// Navigation in case files: the Outline (the case and one symbol per request), Go to
// Definition and Find References between `after:` values and request ids, and Rename (F2) of a
// request id with every `after:` that names it. The logic is src/core/navigation.ts.
import * as vscode from 'vscode';
import { definitionAt, documentSymbols, prepareRenameAt, referencesAt, renameAt, Span } from '../core/navigation';
import { parseText, ParsedDocument } from '../core/parse';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface NavigationDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

const rangeOf = (doc: vscode.TextDocument, s: Span) => new vscode.Range(doc.positionAt(s[0]), doc.positionAt(s[1]));

/** Register the symbol, definition, reference and rename providers for case files. */
export function registerNavigation(context: vscode.ExtensionContext, { log, checks }: NavigationDeps): void {
  // The parse of the current text: from the last check when it is current; above
  // whichChannel.maxFileSizeKB, edited since, a parse alone (never a check before save).
  const parsedOf = (doc: vscode.TextDocument): ParsedDocument | undefined => {
    if (!isCaseFile(doc)) return undefined;
    const entry = checks.current(doc);
    return entry && entry.version === doc.version ? entry.parsed() : parseText(doc.getText());
  };
  const guard = <T>(what: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      log.error(`${what} failed: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(CASE_FILE_SELECTOR, {
      provideDocumentSymbols: (doc) => guard('Outline', () => {
        const p = parsedOf(doc);
        if (!p) return undefined;
        // A request is a record of fields sent to one addressee: an Object, not an Event (a lightning bolt).
        return documentSymbols(p).map((s) => new vscode.DocumentSymbol(s.name, s.detail, s.kind === 'case' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Object, rangeOf(doc, s.span), rangeOf(doc, s.selection)));
      }),
    }, { label: 'which-channel' }),
    vscode.languages.registerDefinitionProvider(CASE_FILE_SELECTOR, {
      provideDefinition: (doc, pos) => guard('Go to Definition', () => {
        const p = parsedOf(doc);
        return p ? definitionAt(p, doc.offsetAt(pos)).map((s) => new vscode.Location(doc.uri, rangeOf(doc, s))) : undefined;
      }),
    }),
    vscode.languages.registerReferenceProvider(CASE_FILE_SELECTOR, {
      provideReferences: (doc, pos, ctx) => guard('Find References', () => {
        const p = parsedOf(doc);
        return p ? referencesAt(p, doc.offsetAt(pos), ctx.includeDeclaration).map((s) => new vscode.Location(doc.uri, rangeOf(doc, s))) : undefined;
      }),
    }),
    vscode.languages.registerRenameProvider(CASE_FILE_SELECTOR, {
      prepareRename(doc, pos) {
        const p = parsedOf(doc);
        if (!p) throw new Error('Not a case file.');
        const res = prepareRenameAt(p, doc.offsetAt(pos));
        if ('error' in res) throw new Error(res.error);
        return { range: rangeOf(doc, res.span), placeholder: res.placeholder };
      },
      provideRenameEdits(doc, pos, newName) {
        const p = parsedOf(doc);
        if (!p) return undefined;
        const res = renameAt(p, doc.offsetAt(pos), newName);
        if ('error' in res) throw new Error(res.error);
        const edit = new vscode.WorkspaceEdit();
        for (const e of res.edits) edit.replace(doc.uri, rangeOf(doc, [e.start, e.end]), e.newText);
        return edit;
      },
    }),
  );
}
