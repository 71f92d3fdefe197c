// Navigation, CodeLens and the case plan in a real VS Code: the Outline lists the requests,
// Go to Definition on an after: value, Rename of an id and its references (and the refusal of a
// name in use), the CodeLens text, and the plan view's rows. Each waits for what it needs.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, positionOf } from './util';

const FILE = 'in-sextortion.case.yaml';

interface PlanState { uri: string; version: number; rows: number }
interface Api { planView(): PlanState | undefined; onDidDrawPlan: vscode.Event<PlanState> }
const api = () => vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;

/** Ask again (at most 50 times, each after the extension host has turned) until `ok` holds. */
async function until<T>(ask: () => Thenable<T | undefined> | T | undefined, ok: (t: NonNullable<T>) => boolean, what: string): Promise<NonNullable<T>> {
  let last: T | undefined;
  for (let i = 0; i < 50; i++) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    last = await ask();
    if (last !== undefined && last !== null && ok(last as NonNullable<T>)) return last as NonNullable<T>;
  }
  throw new Error(`timed out: ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
}

describe('navigation, CodeLens and the case plan', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    doc = (await open(FILE)).document;
  });

  it('Outline: the case and one symbol per request, with channel and action', async () => {
    const symbols = await until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => Array.isArray(s) && s.length >= 5, 'document symbols');
    assert.deepEqual(symbols.map((s) => s.name), ['CYB-2026-0147', 'preserve-instagram', 'subscriber-instagram', 'content-instagram', 'locate-suspect']);
    assert.equal(symbols[3].detail, 'mlat produce Meta Platforms, Inc.');
    assert.equal(symbols[1].selectionRange.start.line, positionOf(doc, 'preserve-instagram').line);
    // A request is an Object (a record of fields), not an Event; the case a Namespace.
    assert.deepEqual(symbols.map((s) => s.kind), [vscode.SymbolKind.Namespace, ...Array(4).fill(vscode.SymbolKind.Object)]);
  });

  it('Go to Definition on an after: value lands on the id', async () => {
    const at = positionOf(doc, 'preserve-instagram', 'after: ');
    const defs = await until(() => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at.translate(0, 2)), (d) => d.length > 0, 'definition');
    const loc = defs[0] as vscode.Location;
    const range = 'targetRange' in loc ? (loc as unknown as vscode.LocationLink).targetRange : loc.range;
    assert.deepEqual(range.start, positionOf(doc, 'preserve-instagram'));
    assert.equal(doc.getText(range), 'preserve-instagram');
  });

  it('Find References lists the id and both after: values', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'preserve-instagram').translate(0, 1));
    assert.equal(refs.length, 3);
  });

  it('Rename of an id changes it and every after: that names it; a name in use is refused', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'preserve-instagram').translate(0, 1), 'keep-instagram');
    const edits = edit.get(doc.uri);
    assert.equal(edits.length, 3);
    assert.ok(edits.every((e) => e.newText === 'keep-instagram' && doc.getText(e.range) === 'preserve-instagram'));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'preserve-instagram').translate(0, 1), 'locate-suspect')), /already used/);
  });

  it('CodeLens: the answer window and the deadline verdict above each request', async () => {
    const lenses = await until(() => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10), (l) => l.length >= 4, 'code lenses');
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('answer 2026-11-28 to 2027-01-02 · needed by 2027-01-15: on time'), titles.join(' | '));
    assert.ok(titles.includes('answer 2027-05 to 2028-11'), titles.join(' | '));
    assert.ok(titles.includes('answer: variable'), titles.join(' | '));
  });

  it('Show case plan: the view draws a row per request of the active case', async () => {
    await vscode.window.showTextDocument(doc);
    const want = (s: PlanState | undefined) => s?.uri === doc.uri.toString();
    const drawn = new Promise<PlanState>((resolve, reject) => {
      const timer = setTimeout(() => { sub.dispose(); reject(new Error(`the plan view did not draw ${FILE}; it shows ${JSON.stringify(api().planView())}`)); }, 30_000);
      const sub = api().onDidDrawPlan((s) => { if (want(s)) { clearTimeout(timer); sub.dispose(); resolve(s); } });
    });
    drawn.catch(() => undefined); // awaited below only when the view has not drawn yet
    await vscode.commands.executeCommand('whichChannel.showPlan');
    const now = api().planView();
    const state = want(now) ? now! : await drawn;
    assert.equal(state.rows, 4);
  });
});
