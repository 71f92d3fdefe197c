// Issue 10 in a real VS Code: read-only rendered rule docs behind a diagnostic's code, YAML
// quick suggestions left at VS Code's default, nothing re-checks a file above
// whichChannel.maxFileSizeKB before save, New case file named <id>.case.yaml, Recommend with no
// case file open. Each test waits for the event it needs.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeActions, codeOf, EXTENSION_ID, open, positionOf, waitForDiagnostics } from './util';

interface Api {
  findings(u: vscode.Uri): { ruleId: string }[] | undefined;
  checksRun(u: vscode.Uri): number;
  settingsReloading(): boolean;
}
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** Resolve once `cond` holds, checked now and at each tab change. */
function waitForTabs(cond: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (cond()) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out: ${what}; tabs: ${allTabs().map((t) => t.label).join(', ')}`)); }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => { if (cond()) { clearTimeout(timer); sub.dispose(); resolve(); } });
  });
}
const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);

describe('polish (issue 10)', () => {
  before(async () => {
    await open('in-sextortion.case.yaml');
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('a rule-id link opens the rendered page, read-only, never the .md source in an editor', async () => {
    const editor = await open('wrong-channels.case.yaml');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'content-via-lers'));
    const target = (diags.find((x) => codeOf(x) === 'content-via-lers')!.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'which-channel-doc');
    assert.match(target.path, /\/docs\/rules\/content-via-lers\.md$/);
    const page = await vscode.workspace.openTextDocument(target);
    assert.match(page.getText(), /^# content-via-lers/);
    // What the Problems panel, the hover and the peek view do with the link: open it.
    await vscode.commands.executeCommand('vscode.open', target);
    const preview = () => allTabs().some((t) => t.input instanceof vscode.TabInputWebview && /content-via-lers/.test(t.label));
    const source = () => allTabs().some((t) => t.input instanceof vscode.TabInputText && (t.input.uri.scheme === 'which-channel-doc' || t.input.uri.path.endsWith('content-via-lers.md')));
    await waitForTabs(() => preview() && !source(), 'the rendered preview, and no text editor of the page');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('quick suggestions in YAML stay at VS Code\'s own default: which-channel changes no YAML setting', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.equal(pkg.contributes.configurationDefaults, undefined);
    // VS Code's built-in YAML extension sets its own default for [yaml] (strings "on" in 1.139):
    // the effective value is that one, or the editor's, never ours.
    const builtIn = vscode.extensions.getExtension('vscode.yaml')?.packageJSON.contributes.configurationDefaults?.['[yaml]']?.['editor.quickSuggestions'];
    const q = vscode.workspace.getConfiguration('editor', { languageId: 'yaml' }).inspect<Record<string, string>>('quickSuggestions')!;
    assert.deepEqual({ ...q.defaultValue, ...builtIn }, { ...q.defaultValue, ...(q.defaultLanguageValue ?? {}) });
  });

  it('value completion: after "key: " by trigger character, closed once the value is complete', async () => {
    const editor = await open('in-sextortion.case.yaml');
    const doc = editor.document;
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '  - id: typed\n    channel: lers\n'));
    const line = doc.lineCount - 2;
    // Ours only (EnumMember): VS Code adds its word-based items where a provider gives none.
    const labels = async (col: number, trigger?: string) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, col), trigger)).items
      .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => String(typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok((await labels('    channel: '.length, ' ')).includes('lers'));
    assert.ok((await labels('    channel: le'.length)).includes('lers'));
    assert.ok(!(await labels('    channel:'.length, ':')).includes('lers'), 'never "channel:lers"');
    assert.ok((await labels('    channel: lers'.length)).includes('mlat'), 'Ctrl+Space on a complete value lists the others');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('above whichChannel.maxFileSizeKB nothing re-checks before save: not the light bulb, hover, completion, CodeLens or Outline', async () => {
    const config = vscode.workspace.getConfiguration('whichChannel');
    const editor = await open('bank-rogatory.case.yaml');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => api().findings(uri) !== undefined);
    const base = api().checksRun(uri);
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    try {
      // A settings change re-checks open files (VS Code may announce it more than once): wait until
      // every announced change is applied before counting.
      await waitForDiagnostics(uri, () => api().checksRun(uri) > base && !api().settingsReloading());
      const settled = api().checksRun(uri);
      const findings = api().findings(uri)!;
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '    notes: typed\n'));
      const at = positionOf(editor.document, 'letter_rogatory');
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at);
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(editor.document.lineCount - 2, '    notes: '.length));
      // CodeLens and the Outline ask after every edit too (the plan issue's providers).
      await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      const actions = await codeActions(uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
      assert.equal(api().checksRun(uri), settled, 'no check ran while typing');
      assert.equal(api().findings(uri), findings, 'the last findings as they are');
      assert.ok(actions.every((a) => !a.edit || a.title.startsWith('Disable')), `no fix computed for an older version: ${actions.map((a) => a.title).join(' | ')}`);
      await editor.document.save();
      await waitForDiagnostics(uri, () => api().checksRun(uri) > settled);
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('New case file: an untitled <case id>.case.yaml, so Save As proposes a case file', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('whichChannel.newCaseFile');
    assert.equal(doc.uri.scheme, 'untitled');
    assert.match(doc.uri.path, /\/CASE-\d{8}(-\d+)?\.case\.yaml$/);
    const id = /CASE-\d{8}(-\d+)?/.exec(doc.uri.path)![0];
    assert.match(doc.getText(), new RegExp(`^# which-channel: case\\nversion: 1\\ncase:\\n  id: ${id}\\n`));
    // The skeleton is a snippet: its first placeholder is selected, ready to be typed over.
    assert.equal(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), 'Short title');
    // The requesting state is the next stop (never a hard-coded IN left unseen).
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.match(doc.lineAt(vscode.window.activeTextEditor!.selection.active.line).text, /^ {2}requesting_state: /);
    await waitForTabs(() => /\.case\.yaml$/.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? ''), 'the tab title');
    await waitForDiagnostics(doc.uri, () => api().findings(doc.uri) !== undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Recommend with no case file open: a new case file with the request and its preservation, no warning about it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const id = await vscode.commands.executeCommand<string>('whichChannel.recommendChannel', { action: 'produce', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'IN', urgency: 'routine', startNewCase: true });
    try {
      assert.equal(id, 'produce-google-llc');
      const doc = vscode.window.activeTextEditor!.document;
      assert.equal(doc.uri.scheme, 'untitled');
      assert.match(doc.getText(), /- id: preserve-google-llc\n[\s\S]*- id: produce-google-llc\n {4}channel: mlat\n/);
      assert.doesNotMatch(doc.getText(), /sent:/);
      // Wait for the check of the filled document (an empty untitled one is not checked).
      const text = doc.getText();
      await waitForDiagnostics(doc.uri, () => api().checksRun(doc.uri) >= 1 && doc.getText() === text && !api().findings(doc.uri)!.some((f) => f.ruleId === 'schema'));
      const findings = api().findings(doc.uri)!.map((f) => f.ruleId);
      assert.ok(!findings.some((id) => ['preserve-first', 'schema', 'yaml-syntax'].includes(id)), findings.join(', '));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
