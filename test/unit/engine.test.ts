// The engine around the rules: disable comments, severities, ranges, the fix loop and edits.
import { strict as assert } from 'node:assert';
import { applyEdits, Editor, flowText, scalarText } from '../../src/core/edits';
import { fixText, lint } from '../../src/lint/engine';
import { parseText } from '../../src/core/parse';
import { caseFile, PLANNED, TODAY } from './harness';

const redLocate = `  - id: l\n    channel: interpol\n    action: locate\n    notice: red\n    person: { name: P }\n`;

describe('engine', () => {
  // flowText writes a word as it is without asking the yaml library (the fixes write thousands
  // of them): it must write exactly what the library writes, for words it quotes too.
  it('flowText writes every scalar as the yaml library does, words included', () => {
    const values = ['lers', 'r0-preserve-mlat', '_x', 'x-', 'x_', 'e1', 'Infinity', 'NaN', 'nan', 'inf', '.inf', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'True', 'FALSE', 'null', 'NULL', 'Null', '~', 'a.b', 'a/b', 'a:b', 'a#b', '-a', '2026-11-10', '0x1A', '1e3', '12', 'Meta Platforms, Inc.', 'x: y', "it's", '"q"', '', ' lead', 'trail ', 'é', '[a]', '{a}', '*a', '&a', '!a', '%a', '@a', '`a', '|', '>', '?', ':', 7, 1.5, true, null];
    for (const v of values) assert.equal(flowText(v), scalarText(v), JSON.stringify(v));
    assert.equal(flowText('null'), '"null"');
  });

  // Routes are shared between requests that ask the same question (src/lint/engine.ts routeMemo):
  // two requests that differ only in their date, or their holder's country, must not share one.
  it('a route is shared only by requests that ask the same question', () => {
    const file = (reqs: string) => `version: 1\ncase:\n  id: T-1\n  requesting_state: AU\n  urgency: routine\nrequests:\n  - id: keep-gmail\n    channel: lers\n    action: preserve\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [content]\n    sent: 2024-01-01\n${reqs}`;
    const req = (id: string, sent: string, country = 'US') => `  - id: ${id}\n    channel: mlat\n    action: produce\n    after: keep-gmail\n    holder: { name: Google LLC, type: platform, country: ${country} }\n    data: [content]\n    sent: ${sent}\n`;
    const faster = (text: string) => lint(text, { today: TODAY }).filter((f) => f.ruleId === 'faster-route').map((f) => f.message.slice(0, 3)).sort();
    // The US-AU CLOUD Act agreement is in force from 2024-01-31: the day before, the MLAT is the route.
    assert.deepEqual(faster(file(req('a', '2024-01-30') + req('b', '2024-01-31'))), ['"b"']);
    assert.deepEqual(faster(file(req('b', '2024-01-31') + req('a', '2024-01-30'))), ['"b"']);
    // A holder outside the US is no CLOUD Act holder.
    assert.deepEqual(faster(file(req('b', '2024-02-01') + req('c', '2024-02-01', 'IE'))), ['"b"']);
  });

  it('# which-channel-disable-next-line silences that rule on the next line only', () => {
    const code = caseFile(redLocate.replace('    notice: red', '    # which-channel-disable-next-line notice-purpose\n    notice: red'));
    assert.ok(!lint(code, { today: TODAY }).some((f) => f.ruleId === 'notice-purpose'));
    const other = caseFile(redLocate.replace('    notice: red', '    # which-channel-disable-next-line faster-route\n    notice: red'));
    assert.ok(lint(other, { today: TODAY }).some((f) => f.ruleId === 'notice-purpose'));
    const all = caseFile(redLocate.replace('    notice: red', '    # which-channel-disable-next-line\n    notice: red'));
    assert.ok(!lint(all, { today: TODAY }).some((f) => f.ruleId === 'notice-purpose'));
  });
  it('severities are overridable, and off silences', () => {
    const code = caseFile(redLocate);
    assert.equal(lint(code, { today: TODAY, severities: { 'notice-purpose': 'error' } }).find((f) => f.ruleId === 'notice-purpose')?.severity, 'error');
    assert.ok(!lint(code, { today: TODAY, severities: { 'notice-purpose': 'off' } }).some((f) => f.ruleId === 'notice-purpose'));
  });
  it('every finding range lies inside the text, on one line', () => {
    const code = caseFile(`${redLocate}  - id: x\n    channel: lers\n    action: produce\n    holder: { name: Meta Platforms, Inc., type: platform, country: UK }\n    data: [content]\n`);
    for (const f of lint(code, { today: TODAY })) {
      assert.ok(f.range.startOffset >= 0 && f.range.endOffset <= code.length && f.range.startOffset <= f.range.endOffset);
      assert.equal(f.range.start.line, f.range.end.line);
    }
  });
  it('the fix loop is bounded and reaches a fixed point where one fix enables the next', () => {
    // An unquoted comma (schema) must be fixed before preserve-first may copy the holder.
    const code = caseFile(`  - id: s\n    channel: lers\n    action: produce\n    holder: { name: Meta Platforms, Inc., type: platform, country: US }\n    data: [subscriber]\n`);
    const res = fixText(code, { today: TODAY });
    assert.ok(res.passes >= 2 && res.passes <= 10, String(res.passes));
    assert.deepEqual(res.remaining.map((f) => f.ruleId).filter((id) => id !== 'missing-element'), []);
    assert.match(res.output, /holder: \{ name: "Meta Platforms, Inc\.", type: platform, country: US \}\n {4}data: \[subscriber\]\n {2}- id: s/);
    assert.equal(fixText(res.output, { today: TODAY }).output, res.output);
  });
  it('identical edits from two rules are applied once', () => {
    // Before the date and from Denmark: two errors, one fix (the best route).
    const code = caseFile(`  - id: p\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: H, type: platform, country: IE, eu_services: true }\n    data: [content]\n    sent: 2026-07-01\n`, { state: 'DK' });
    const found = lint(code, { today: TODAY });
    assert.deepEqual(found.map((f) => f.ruleId).filter((id) => id !== 'missing-element' && id !== 'answer-overdue').sort(), ['e-evidence-not-applicable', 'e-evidence-scope']);
    assert.equal(fixText(code, { today: PLANNED }).output, code.replace('eu_preservation_order', 'lers'));
  });
});

describe('edits keep the rest of the file', () => {
  const edit = (text: string, f: (e: Editor) => ReturnType<Editor['set']>) => applyEdits(text, f(new Editor(parseText(text))));
  it('insert into a flow map and a block map', () => {
    assert.equal(edit('a: { x: 1 }\n', (e) => e.set(['a'], 'y', '2')), 'a: { x: 1, y: 2 }\n');
    assert.equal(edit('a:\n  x: 1 # c\nb: 2\n', (e) => e.set(['a'], 'y', '2')), 'a:\n  x: 1 # c\n  y: 2\nb: 2\n');
  });
  it('remove the first key of a sequence item, and a middle key of a flow map', () => {
    assert.equal(edit('s:\n  - a: 1\n    b: 2\n', (e) => e.remove(['s', 0], 'a')), 's:\n  - b: 2\n');
    assert.equal(edit('m: { a: 1, b: 2, c: 3 }\n', (e) => e.remove(['m'], 'b')), 'm: { a: 1, c: 3 }\n');
    assert.equal(edit('m: { a: 1, b: 2 }\n', (e) => e.remove(['m'], 'b')), 'm: { a: 1 }\n');
  });
  it('a multi-line value goes with its key; comments elsewhere stay', () => {
    assert.equal(edit('# top\nm:\n  a:\n    - 1\n    - 2\n  b: 3 # keep\n', (e) => e.remove(['m'], 'a')), '# top\nm:\n  b: 3 # keep\n');
  });
  it('CRLF is kept by insertions', () => {
    assert.equal(edit('a:\r\n  x: 1\r\n', (e) => e.set(['a'], 'y', '2')), 'a:\r\n  x: 1\r\n  y: 2\r\n');
  });
});
