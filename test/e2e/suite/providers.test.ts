// The provider registry in a real VS Code: completion of holder.name offers the registry's
// entities and fills type, country and eu_services; the hover on a holder name shows the card.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { open, positionOf, waitForDiagnostics } from './util';

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('provider registry', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('completion of holder.name offers the Meta entities and fills type and country', async () => {
    const editor = await open('mlat-lapse.case.yaml');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((b) => b.insert(end, '  - id: draft\n    channel: lers\n    action: preserve\n    holder: { name:  }\n    data: [subscriber]\n'));
    const line = doc.lineCount - 3;
    const at = new vscode.Position(line, doc.lineAt(line).text.indexOf('name: ') + 'name: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map(label);
    assert.ok(labels.includes('Meta Platforms, Inc.'), labels.slice(0, 10).join(' | '));
    assert.ok(labels.includes('Meta Platforms Ireland Ltd, for users in the EU'));
    const ireland = list.items.find((i) => label(i) === 'Meta Platforms Ireland Ltd, for users in the EU')!;
    const insert = typeof ireland.insertText === 'string' ? ireland.insertText : ireland.insertText!.value;
    await editor.edit((b) => b.insert(at, insert));
    assert.equal(doc.lineAt(line).text, '    holder: { name: Meta Platforms Ireland Ltd, type: platform, country: IE, eu_services: true }');
    const inc = list.items.find((i) => label(i) === 'Meta Platforms, Inc.')!;
    assert.match(String(typeof inc.insertText === 'string' ? inc.insertText : inc.insertText?.value), /^"Meta Platforms, Inc\.", type: platform, country: US/);
  });

  it('hover on a holder name shows the registry card with sources, confidence and addresses', async () => {
    const editor = await open('mlat-lapse.case.yaml');
    const doc = editor.document;
    const pos = positionOf(doc, 'Meta Platforms', 'holder: { name: ').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md, /provider registry: `meta`/);
    assert.match(md, /Meta Platforms Ireland Ltd \| IE/);
    assert.match(md, /\*\*Preservation:\*\* 90 days/);
    assert.match(md, /\n\*\[1\] \S[^\n]* \(checked \d{4}-\d{2}-\d{2}\)\*/);
    // Each entity's address for legal process, where the provider's own pages give it.
    assert.match(md, /Merrion Road, Dublin 4/);
  });
});
