// The extension adapter's pure parts, in plain Node, with a small stand-in for the vscode API.
import { strict as assert } from 'node:assert';
import { disableLineEdit, findingFor, minimalEdit, toDiagnostic, toTextEdits, VsApi } from '../../src/extension/adapter';
import { applyEdits } from '../../src/core/edits';
import { fixText, lint } from '../../src/lint/engine';
import { caseFile, TODAY } from './harness';

class Position { constructor(readonly line: number, readonly character: number) {} }
class Range {
  start: Position; end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}
class Diagnostic { source?: string; code?: unknown; constructor(readonly range: Range, readonly message: string, readonly severity: number) {} }
const fake = {
  Position, Range, Diagnostic,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  TextEdit: { replace: (range: Range, newText: string) => ({ range, newText }) },
  Uri: { parse: (s: string) => ({ toString: () => s }) },
} as unknown as VsApi;

const code = caseFile(`  - id: l\n    channel: interpol\n    action: locate\n    notice: red\n    person: { name: P }\n`);

describe('extension adapter', () => {
  const findings = lint(code, { today: TODAY });
  const f = findings.find((x) => x.ruleId === 'notice-purpose')!;
  it('a finding becomes a Diagnostic with the rule id as code, linked to its doc, and the same range', () => {
    const d = toDiagnostic(fake, f, (id) => `file:///ext/docs/rules/${id}.md` as never) as unknown as Diagnostic;
    assert.equal(d.source, 'which-channel');
    assert.deepEqual(d.code, { value: 'notice-purpose', target: 'file:///ext/docs/rules/notice-purpose.md' });
    assert.equal(d.severity, 1);
    // missing-element is a hint: VS Code draws dots under the id, not a squiggle.
    const hint = findings.find((x) => x.ruleId === 'missing-element')!;
    assert.equal((toDiagnostic(fake, hint, (id) => id as never) as unknown as Diagnostic).severity, 3);
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);
    assert.equal(findingFor(findings, d as never), f, 'and is found again by code and range');
  });
  it('edits become TextEdits at the document positions of their offsets', () => {
    const positionAt = (o: number) => { const before = code.slice(0, o); return new Position(before.split('\n').length - 1, o - before.lastIndexOf('\n') - 1); };
    const [te] = toTextEdits(fake, { positionAt } as never, f.fixes[0].edits) as unknown as { range: Range; newText: string }[];
    assert.equal(te.newText, 'blue');
    assert.deepEqual([te.range.start.line, te.range.start.character], [f.range.start.line, f.range.start.character]);
  });
  it('Fix All is one minimal edit that gives the same text as the CLI', () => {
    const out = fixText(code, { today: TODAY }).output;
    const e = minimalEdit(code, out)!;
    assert.equal(applyEdits(code, [e]), out);
    assert.ok(e.end - e.start <= 3, 'only the changed word');
    assert.equal(minimalEdit(code, code), undefined);
  });
  it('"Disable for this line" inserts the comment above, at the same indentation', () => {
    const out = applyEdits(code, [disableLineEdit(code, f.range.start.line, 'notice-purpose', '\n')]);
    assert.match(out, /\n {4}# which-channel-disable-next-line notice-purpose\n {4}notice: red/);
    assert.ok(!lint(out, { today: TODAY }).some((x) => x.ruleId === 'notice-purpose'));
  });
});
