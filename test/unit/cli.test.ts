// The CLI as a user runs it: the built bin, real files in a temporary folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/rules';
import { ROOT } from './harness';

const BIN = join(ROOT, 'bin', 'which-channel.js');
function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'which-channel-cli-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('json: ESLint shape, 1-based positions, exit 1 on errors', () => {
    const r = cli(['lint', '--format', 'json', dir]);
    assert.equal(r.code, 1, r.err);
    const results = JSON.parse(r.out);
    assert.ok(Array.isArray(results) && results.length >= 5);
    for (const file of results) {
      assert.equal(typeof file.filePath, 'string');
      for (const m of file.messages) {
        assert.ok(RULE_IDS.includes(m.ruleId), m.ruleId);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(m.severity));
        assert.equal(typeof m.message, 'string');
        for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(m[k]) && m[k] >= 1, k);
      }
    }
    const wrong = results.find((f: { filePath: string }) => f.filePath.endsWith('wrong-channels.case.yaml'));
    assert.ok(wrong.messages.some((m: { ruleId: string }) => m.ruleId === 'content-via-lers'));
  });

  it('sarif: 2.1.0, one run, every rule with a helpUri to its doc', () => {
    const r = cli(['lint', '--format', 'sarif', dir]);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((x: { id: string }) => x.id), [...RULE_IDS]);
    for (const rule of rules) {
      assert.match(rule.helpUri, new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`));
      assert.ok(rule.shortDescription.text);
    }
    const res = log.runs[0].results;
    assert.ok(res.length > 0);
    for (const x of res) {
      assert.ok(['error', 'warning', 'note'].includes(x.level));
      assert.equal(rules[x.ruleIndex].id, x.ruleId);
      assert.ok(x.locations[0].physicalLocation.region.startLine >= 1);
      assert.match(x.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\//);
    }
  });

  it('stylish: grouped by file, no colour when not a TTY, exit 0 on a clean file', () => {
    const r = cli(['lint', join(dir, 'in-sextortion.case.yaml')]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.doesNotMatch(r.out, /\x1b\[/);
    const bad = cli(['lint', join(dir, 'wrong-channels.case.yaml')]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /wrong-channels\.case\.yaml\n\s+\d+:\d+\s+(error|warning|info) /);
    assert.match(bad.out, /^\s+\d+:\d+\s+error /m);
  });

  it('exit 0 with warnings and infos only', () => {
    const r = cli(['lint', join(dir, 'uk-cloud-act.case.yaml')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /faster-route/);
  });

  it('--rule sets a severity or silences a rule', () => {
    const r = cli(['lint', '--rule', 'faster-route=error', join(dir, 'uk-cloud-act.case.yaml')]);
    assert.equal(r.code, 1);
    const off = cli(['lint', '--rule', 'faster-route=off', join(dir, 'uk-cloud-act.case.yaml')]);
    assert.doesNotMatch(off.out, /faster-route/);
  });

  it('hints (missing-element): left out of stylish unless --hints, and counted; in sarif as note; --rule takes hint', () => {
    const file = join(dir, 'wrong-channels.case.yaml');
    const plain = cli(['lint', file]);
    assert.doesNotMatch(plain.out, /missing-element/);
    assert.match(plain.out, /\d+ hints? not shown \(--hints shows them\)/);
    const shown = cli(['lint', '--hints', file]);
    assert.match(shown.out, /hint {5}.*missing-element/);
    assert.doesNotMatch(shown.out, /not shown/);
    const log = JSON.parse(cli(['lint', '--format', 'sarif', file]).out);
    const hint = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'missing-element');
    assert.equal(hint?.level, 'note');
    const raised = cli(['lint', '--rule', 'missing-element=warning', file]);
    assert.match(raised.out, /warning .*missing-element/);
    const asHint = cli(['lint', '--rule', 'faster-route=hint', join(dir, 'uk-cloud-act.case.yaml')]);
    assert.equal(asHint.code, 0, asHint.err);
    assert.doesNotMatch(asHint.out, /faster-route/);
  });

  it('usage and I/O errors: one line, exit 2, no stack', () => {
    for (const args of [['lint', '--format', 'xml', dir], ['lint', '--today', '2026-02-30', dir], ['lint', '--bogus'], ['frobnicate'], ['lint', join(dir, 'missing.case.yaml')], ['lint', '--rule', 'nope=error', dir]]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.match(r.err, /^which-channel: /);
    }
  });

  it('a folder with no case files: exit 2', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.yaml'), 'a: 1\n');
    const r = cli(['lint', empty]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no case files/);
  });

  it('--today is the date for requests with no sent date', () => {
    const f = join(dir, 'd.case.yaml');
    writeFileSync(f, 'version: 1\ncase: { id: X, requesting_state: FR }\nrequests:\n  - id: p\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: H, type: telecom, country: IE, eu_services: true }\n    data: [traffic]\n');
    assert.equal(cli(['lint', '--today', '2026-08-17', f]).code, 1);
    assert.equal(cli(['lint', '--today', '2026-08-18', f]).code, 0);
  });

  it('--fix applies preferred fixes, is idempotent, and leaves infos alone', () => {
    const f = join(dir, 'wrong-channels.case.yaml');
    const before = readFileSync(f, 'utf8');
    const first = cli(['lint', '--fix', f]);
    const once = readFileSync(f, 'utf8');
    assert.notEqual(once, before);
    assert.doesNotMatch(first.out, /content-via-lers|evidence-via-interpol|preservation-via-treaty|notice-purpose/);
    assert.match(once, /^# Every classic mistake/, 'comments kept');
    cli(['lint', '--fix', f]);
    assert.equal(readFileSync(f, 'utf8'), once, 'a second run changes nothing');
    const uk = join(dir, 'uk-cloud-act.case.yaml');
    const ukBefore = readFileSync(uk, 'utf8');
    cli(['lint', '--fix', uk]);
    assert.equal(readFileSync(uk, 'utf8'), ukBefore, 'info fixes are never applied in bulk');
  });

  it('--fix leaves a file that does not parse byte for byte', () => {
    const f = join(dir, 'broken.case.yaml');
    const text = 'version: 1\ncase: { id: X, requesting_state: IN }\nrequests:\n  - id: a\n    channel: lers\n    action: produce\n    holder: { name: M, type: platform, country: US }\n    data: [content\n';
    writeFileSync(f, text);
    const r = cli(['lint', '--fix', f]);
    assert.equal(r.code, 1);
    assert.match(r.out, /yaml-syntax/);
    assert.equal(readFileSync(f, 'utf8'), text);
  });

  it('--fix keeps CRLF line endings and a BOM', () => {
    const f = join(dir, 'crlf.case.yaml');
    const text = '\uFEFFversion: 1\r\ncase: { id: X, requesting_state: IN }\r\nrequests:\r\n  # keep me\r\n  - id: a\r\n    channel: interpol\r\n    action: locate\r\n    notice: red\r\n    person: { name: P }\r\n';
    writeFileSync(f, text);
    cli(['lint', '--fix', f]);
    assert.equal(readFileSync(f, 'utf8'), text.replace('notice: red', 'notice: blue'));
  });

  it('a knowledge override in the workspace is read; a bad one is reported in its file', () => {
    mkdirSync(join(dir, '.which-channel'));
    const f = join(dir, 'de.case.yaml');
    writeFileSync(f, 'version: 1\ncase: { id: X, requesting_state: IN }\nrequests:\n  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: DE\n    addressee: BfJ\n    person: { name: W }\n');
    writeFileSync(join(dir, '.which-channel', 'knowledge.yaml'), 'central_authorities:\n  - { state: DE, name: Bundesamt für Justiz, aliases: [BfJ], source: agency, as_of: 2026-10-01 }\n');
    assert.doesNotMatch(cli(['lint', 'de.case.yaml'], dir).out, /mlat-addressee/);
    writeFileSync(join(dir, '.which-channel', 'knowledge.yaml'), 'central_authorities: nope\n');
    const bad = cli(['lint', 'de.case.yaml'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /knowledge\.yaml\n.*must be a list\. The knowledge file is ignored until this is fixed\.  knowledge-file/);
    assert.match(bad.out, /mlat-addressee/);
  });
});
