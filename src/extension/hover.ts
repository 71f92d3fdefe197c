// Hover: the cards of src/core/hover (what the guide and the knowledge say about a channel,
// action, notice, data or country value; a key's schema description) as Markdown. On a file
// checked incrementally it reads only the request under the cursor.
import * as vscode from 'vscode';
import { hoverAt } from '../core/hover';
import { parseText } from '../core/parse';
import { CASE_FILE_SELECTOR, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface HoverDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

/** Register the hover provider for case files. */
export function registerHover(context: vscode.ExtensionContext, { log, checks }: HoverDeps): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(CASE_FILE_SELECTOR, {
    provideHover(doc, position) {
      try {
        if (!isCaseFile(doc)) return undefined;
        // Above whichChannel.maxFileSizeKB this never checks: the last check stays as it is.
        const entry = checks.current(doc);
        if (!entry) return undefined;
        const offset = doc.offsetAt(position);
        // On a file checked incrementally, read the request under the cursor, not the whole file.
        const slice = checks.around(doc, offset);
        const knowledge = checks.knowledge();
        const ctx = { today: checks.options(doc.uri).today };
        const whole = () => (entry.version === doc.version ? entry.parsed() : parseText(doc.getText()));
        const h = slice ? hoverAt(slice.parsed, slice.toLocal(offset), knowledge, ctx) : hoverAt(whole(), offset, knowledge, ctx);
        if (!h) return undefined;
        const [start, end] = slice ? [slice.toGlobal(h.start), slice.toGlobal(h.end)] : [h.start, h.end];
        const md = new vscode.MarkdownString(h.markdown);
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
      } catch (err) {
        log.error(`Hover failed: ${(err as Error).stack ?? err}`);
        return undefined;
      }
    },
  }));
}
