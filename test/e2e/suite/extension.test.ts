// The extension in a real VS Code: diagnostics with codes and ranges, quick fixes, Fix All,
// hover, completion, snippets and commands. Each test waits for the event it needs.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { fixText } from '../../../src/lint/engine';
import { codeActions, codeOf, EXTENSION_ID, open, positionOf, waitForDiagnostics } from './util';

/** The `# expect: <rule> <line>` headers of an example. */
function expected(doc: vscode.TextDocument): string[] {
  return [...doc.getText().matchAll(/^# expect: (\S+) (\d+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
}

/** Rules left to their own tests here: what a document lacks, and the calendar that moves with today's date. */
const CALENDAR_AND_DRAFTING = ['missing-element', 'preservation-expiring', 'answer-overdue'];

describe('which-channel in VS Code', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    await open('in-sextortion.case.yaml');
    await ext!.activate();
    assert.ok(ext!.isActive);
  });

  it('diagnostics: every expected rule id on its line, with source and a doc link', async () => {
    const editor = await open('wrong-channels.case.yaml');
    const want = expected(editor.document);
    // The headers list channel findings; missing-element (what each document lacks) and the
    // calendar (preservation-expiring, answer-overdue: they move with today's date) have their own tests.
    const channel = (d: vscode.Diagnostic[]) => d.filter((x) => !CALENDAR_AND_DRAFTING.includes(String(codeOf(x))));
    const diags = channel(await waitForDiagnostics(editor.document.uri, (d) => channel(d).length >= want.length));
    assert.deepEqual(diags.map((d) => `${codeOf(d)} ${d.range.start.line + 1}`).sort(), [...want].sort());
    const d = diags.find((x) => codeOf(x) === 'content-via-lers')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    const target = (d.code as { target: vscode.Uri }).target;
    assert.match(target.path, /docs\/rules\/content-via-lers\.md$/);
    assert.match((await vscode.workspace.openTextDocument(target)).getText(), /^# content-via-lers/); // the doc ships with the extension, read-only
    assert.equal(editor.document.getText(d.range), 'content');
  });

  it('a clean case gets no diagnostics', async () => {
    const editor = await open('in-sextortion.case.yaml');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { findings(u: vscode.Uri): unknown[] | undefined };
    await waitForDiagnostics(editor.document.uri, () => ext.findings(editor.document.uri) !== undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((x) => x.source === 'which-channel' && !CALENDAR_AND_DRAFTING.includes(String(codeOf(x)))), []);
  });

  it('other YAML files get nothing', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: '# Not a case file.\npipeline:\n  channel: lers\n  action: produce\n' });
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { isCaseFile(d: vscode.TextDocument): boolean; findings(u: vscode.Uri): unknown };
    assert.equal(api.isCaseFile(doc), false);
    assert.equal(api.findings(doc.uri), undefined);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'lers'));
    assert.ok(!hover.some((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes('Delivers'))));
  });

  it('quick fix: the preferred fix changes the channel as expected', async () => {
    const editor = await open('typos.case.yaml');
    const uri = editor.document.uri;
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'schema'));
    const typo = diags.find((x) => editor.document.getText(x.range) === 'intepol')!;
    const actions = await codeActions(uri, typo.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred)!;
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { findings(u: vscode.Uri): { ruleId: string }[] | undefined };
    assert.ok(preferred, `actions: [${actions.map((a) => a.title).join(' | ')}], language ${editor.document.languageId}, findings ${api.findings(uri)?.map((f) => f.ruleId)}, range ${JSON.stringify(typo.range)}`);
    assert.ok(actions.some((a) => a.title === 'Disable schema for this line'));
    assert.ok(actions.some((a) => a.title === 'Show documentation for schema'));
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(editor.document.lineAt(typo.range.start.line).text.trim(), 'channel: interpol');
    await waitForDiagnostics(uri, (d) => !d.some((x) => x.range.start.line === typo.range.start.line && codeOf(x) === 'schema'));
  });

  it('Fix All (source.fixAll.which-channel) gives what the CLI --fix gives', async () => {
    const editor = await open('bank-rogatory.case.yaml');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const before = editor.document.getText();
    const full = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActions(uri, full, 'source.fixAll.which-channel');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.which-channel')!;
    assert.ok(fixAll, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assert.equal(editor.document.getText(), fixText(before, { today: iso }).output);
    assert.notEqual(editor.document.getText(), before);
  });

  it('Fix All leaves a sent request as it was sent and adds the follow-up; missing-element is a hint (dots)', async () => {
    const editor = await open('wrong-channels.case.yaml');
    const uri = editor.document.uri;
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'cloud-act-no-agreement'));
    assert.ok(diags.some((x) => codeOf(x) === 'missing-element'));
    for (const x of diags.filter((d) => codeOf(d) === 'missing-element')) assert.equal(x.severity, vscode.DiagnosticSeverity.Hint);
    const before = editor.document.getText();
    const block = (t: string, id: string) => { const at = t.indexOf(`- id: ${id}\n`); return t.slice(at, t.indexOf('\n  - id:', at + 1) >>> 0).trimEnd(); };
    const actions = await codeActions(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), 'source.fixAll.which-channel');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.which-channel')!;
    assert.ok(fixAll, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const after = editor.document.getText();
    // Sent on 2026-11-10, on or before the editor's local date: records.
    for (const id of ['discord-everything', 'freeze-by-mlat', 'content-direct']) assert.equal(block(after, id), block(before, id), id);
    assert.match(after, /- id: content-direct-mlat\n {4}channel: mlat/);
    assert.doesNotMatch(after, /extended:/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'cloud-act-no-agreement'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hover: a channel card from the guide, and a key description', async () => {
    const editor = await open('in-sextortion.case.yaml');
    const doc = editor.document;
    const text = async (pos: vscode.Position) => (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)).flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(await text(positionOf(doc, 'lers', 'channel: ').translate(0, 1)), /Delivers[\s\S]*Cannot[\s\S]*Source/);
    assert.match(await text(positionOf(doc, 'interpol', 'channel: ').translate(0, 1)), /cannot compel/i);
    assert.match(await text(positionOf(doc, 'blue', 'notice: ').translate(0, 1)), /identity, location or activities/);
    assert.match(await text(positionOf(doc, 'holder').translate(0, 1)), /Who holds the data/);
  });

  it('completion: channel values, country codes with names, after: ids', async () => {
    const editor = await open('in-sextortion.case.yaml');
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((b) => b.insert(end, '  - id: draft\n    channel: \n'));
    const items = async (pos: vscode.Position) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos)).items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const channelLine = doc.lineCount - 2;
    assert.ok((await items(new vscode.Position(channelLine, doc.lineAt(channelLine).text.length))).includes('interpol'));
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), '    after: \n'));
    assert.ok((await items(new vscode.Position(doc.lineCount - 2, '    after: '.length))).includes('preserve-instagram'));
    const caseLine = doc.getText().split('\n').findIndex((l) => l.startsWith('  requesting_state:'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(caseLine, doc.lineAt(caseLine).text.length));
    const gb = list.items.find((i) => i.label === 'GB');
    assert.ok(gb && /United Kingdom/.test(String(gb.detail)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('contributes the snippets and the commands', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.equal(pkg.contributes.snippets[0].language, 'yaml');
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['whichChannel.recommendChannel', 'whichChannel.newCaseFile', 'whichChannel.fixAll']) assert.ok(commands.includes(c), c);
  });

  it('Recommend a channel inserts the drafted request on the best route', async () => {
    const editor = await open('uk-cloud-act.case.yaml');
    const id = await vscode.commands.executeCommand<string>('whichChannel.recommendChannel', { action: 'produce', data: ['content'], holder: { name: 'Microsoft Corporation', type: 'platform', country: 'US' }, urgency: 'routine' });
    assert.equal(id, 'produce-microsoft-corporation');
    assert.match(editor.document.getText(), /- id: produce-microsoft-corporation\n {4}channel: cloud_act\n {4}action: produce/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('New case file opens a checked skeleton', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('whichChannel.newCaseFile');
    assert.match(doc.getText(), /^# which-channel: case/);
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { isCaseFile(d: vscode.TextDocument): boolean };
    assert.ok(api.isCaseFile(doc));
    await waitForDiagnostics(doc.uri, () => (api as unknown as { findings(u: vscode.Uri): unknown }).findings(doc.uri) !== undefined);
  });

  it('half-typed YAML: one syntax finding at its place, not a cascade', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: '# which-channel: case\nversion: 1\ncase: { id: X, requesting_state: IN }\nrequests:\n  - id: a\n    channel: "lers\n' });
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'yaml-syntax'));
    assert.deepEqual(diags.filter((x) => codeOf(x) === 'schema' && x.range.start.line >= 4), []);
  });

  it('above whichChannel.maxFileSizeKB a file is checked on save only', async () => {
    const config = vscode.workspace.getConfiguration('whichChannel');
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { scheduled(u: vscode.Uri): boolean; findings(u: vscode.Uri): { ruleId: string }[] | undefined };
    const editor = await open('eu-production.case.yaml');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, () => api.findings(uri) !== undefined);
    const typeOne = () => editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '    notes: typed\n'));
    await typeOne();
    assert.equal(api.scheduled(uri), true, 'a small file is checked when typing pauses');
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Global);
    try {
      await typeOne();
      assert.equal(api.scheduled(uri), false, 'a file above the limit is not checked while typing');
      const pos = positionOf(editor.document, 'channel: lers');
      await editor.edit((b) => b.replace(new vscode.Range(pos, pos.translate(0, 'channel: lers'.length)), 'channel: mlat'));
      await editor.document.save();
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'preservation-via-treaty'));
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
