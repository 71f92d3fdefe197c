// The rule pages that ship with the extension, read-only and rendered. A diagnostic's code links
// to `which-channel-doc:/docs/rules/<id>.md`: a read-only document served from the extension's
// own files. The Problems panel, the diagnostic hover and the peek view open such a link as a
// text editor (the hover and the peek view refuse `command:` links: they open without
// `allowCommands`), so a text tab of that scheme is swapped at once for the Markdown preview,
// like the "Show documentation" quick fix shows it. Nothing can edit the installed docs.
import * as vscode from 'vscode';
import { docPath } from '../core/rule';

export const DOC_SCHEME = 'which-channel-doc';

/** The read-only link of a rule's page (or, for `knowledge-file`, of the knowledge file's page). */
export const ruleDocUri = (id: string) => vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${docPath(id)}` });

/** Serve the pages and turn any text tab of them into the rendered preview. */
export function registerRuleDocs(context: vscode.ExtensionContext, { log }: { log: vscode.LogOutputChannel }): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      // Only the docs folder of the extension, whatever the link says.
      const rel = uri.path.replace(/^\/+/, '');
      if (!/^docs\/[\w/-]+\.md$/.test(rel)) return '';
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...rel.split('/')));
      return new TextDecoder('utf-8').decode(bytes);
    },
  };

  async function render(tabs: readonly vscode.Tab[]): Promise<void> {
    for (const tab of tabs) {
      if (!(tab.input instanceof vscode.TabInputText) || tab.input.uri.scheme !== DOC_SCHEME) continue;
      const uri = tab.input.uri;
      try {
        await vscode.window.tabGroups.close(tab);
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch (err) {
        log.error(`Showing ${uri.path} failed: ${(err as Error).stack ?? err}`);
      }
    }
  }

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, provider),
    vscode.window.tabGroups.onDidChangeTabs((e) => void render([...e.opened, ...e.changed])),
  );
  void render(vscode.window.tabGroups.all.flatMap((g) => g.tabs));
}
