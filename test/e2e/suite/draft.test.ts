// Drafting in a real VS Code: the CodeLens above each request, and the command that writes the
// Markdown and the DOCX into drafts/ beside the case and opens the Markdown preview beside it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, workspaceFile } from './util';

const CASE = 'drafting.case.yaml';

/** Resolve when a Markdown preview tab is open (checked now, then on each tab change). */
function previewOpen(timeoutMs = 20_000): Promise<void> {
  const has = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType));
  return new Promise((resolve, reject) => {
    if (has()) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('no Markdown preview opened')); }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => { if (has()) { clearTimeout(timer); sub.dispose(); resolve(); } });
  });
}

describe('drafting in VS Code', () => {
  before(async () => {
    await open(CASE);
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  // The preview opened a second editor group: leave the layout as the other suites expect it.
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a Draft request CodeLens above each request', async () => {
    const uri = workspaceFile(CASE);
    let lenses: vscode.CodeLens[] = [];
    // Asked again while none come back: right after opening, the providers may not have the document.
    for (let i = 0; i < 20 && lenses.length === 0; i++) {
      if (i) await new Promise((r) => setImmediate(r));
      lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    }
    const ours = lenses.filter((l) => l.command?.command === 'whichChannel.draftRequests');
    assert.deepEqual(ours.map((l) => l.command!.arguments![1]), ['preserve-instagram', 'subscriber-instagram', 'content-instagram', 'witness-cambodia', 'arrest-suspect']);
    assert.ok(ours.every((l) => l.command!.title === 'Draft request'));
  });

  it('the command writes the Markdown and the DOCX into drafts/ and opens the preview beside the case', async () => {
    const uri = workspaceFile(CASE);
    const res = await vscode.commands.executeCommand<{ files: string[]; missing: Record<string, string[]> }>('whichChannel.draftRequests', uri, undefined, { force: true });
    assert.ok(res, 'the command returned what it wrote');
    // 5 requests in 2 formats, and a covering letter to India's central authority for each of the 2 MLA requests (forms.md section 3).
    assert.equal(res.files.length, 14);
    for (const id of ['preserve-instagram', 'content-instagram', 'arrest-suspect']) {
      for (const ext of ['md', 'docx']) {
        const stat = await vscode.workspace.fs.stat(workspaceFile(`drafts/CYB-2026-0147-${id}.${ext}`));
        assert.ok(stat.size > 0, `${id}.${ext}`);
      }
    }
    assert.deepEqual(Object.values(res.missing).flat(), []);
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('drafts/CYB-2026-0147-content-instagram.md')));
    assert.match(md, /Treaty between the United States of America and India on Mutual Legal Assistance in Criminal Matters, in force since 3 October 2005/);
    await previewOpen();
  });

  it('one request from its CodeLens arguments', async () => {
    const res = await vscode.commands.executeCommand<{ files: string[] }>('whichChannel.draftRequests', workspaceFile(CASE), 'witness-cambodia', { force: true });
    assert.deepEqual(res.files.map((f) => f.replace(/^.*[\\/]/, '')).sort(), ['CYB-2026-0147-witness-cambodia-covering.docx', 'CYB-2026-0147-witness-cambodia-covering.md', 'CYB-2026-0147-witness-cambodia.docx', 'CYB-2026-0147-witness-cambodia.md']);
    assert.match(readFileSync(res.files.find((f) => f.endsWith('-covering.md'))!, 'utf8'), /\*\*To:\*\* Ministry of Home Affairs/);
  });
});
