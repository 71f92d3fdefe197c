// The legal bases in a real VS Code: the EIO hover card, and the quick fix that turns an MLAT
// between two EIO states into an EIO. Each test waits for the event it needs.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeActions, codeOf, open, positionOf, waitForDiagnostics } from './util';

describe('legal bases in VS Code', () => {
  it('quick fix: an MLAT between two EIO states becomes an EIO', async () => {
    const editor = await open('eu-bank-eio.case.yaml');
    const doc = editor.document;
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'eio-replaces-mla'));
    const d = diags.find((x) => codeOf(x) === 'eio-replaces-mla')!;
    assert.equal(doc.getText(d.range), 'mlat');
    const actions = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred && a.title.includes('eio'));
    assert.ok(preferred, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred!.edit!));
    assert.match(doc.getText(), /channel: eio\n/);
    // The fixed request is clean: no eio-replaces-mla, no schema error.
    const after = await waitForDiagnostics(doc.uri, (x) => !x.some((y) => codeOf(y) === 'eio-replaces-mla'));
    assert.ok(!after.some((y) => codeOf(y) === 'schema'), after.map(codeOf).join());
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hover on eio shows the card and the pair', async () => {
    const editor = await open('eu-bank-eio.case.yaml');
    const doc = editor.document;
    const fixed = doc.getText().replace('channel: mlat', 'channel: eio');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), fixed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'eio', 'channel: ').translate(0, 1));
    const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md, /European Investigation Order/);
    assert.match(md, /FR to DE/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hover on mlat lists every instrument binding the pair, with its scope (ZA to DE: UNTOC)', async () => {
    const editor = await open('za-de-untoc.case.yaml');
    const doc = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'mlat', 'channel: ').translate(0, 1));
    const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md, /the UN Convention against Transnational Organized Crime \(Art\. 18\) binds ZA \(since 2004-03-21\) and DE \(since 2006-07-14\)/);
    assert.match(md, /\*\*Instruments binding ZA and DE on /);
    assert.match(md, /Covers: offences involving an organised criminal group punishable by at least 4 years/);
    // Germany's ratification of the Convention against Corruption was read only in secondary
    // sources (verify): that Convention is not listed as binding the pair.
    assert.doesNotMatch(md, /Convention against Corruption/);
  });
});
