// Hostile input and data safety: bombs and giants end in bounded time and memory with a clear
// finding; --fix never loses data; the bundles hold no network or process code; bad CLI input
// gets one line and exit 2. Time and memory are printed, not asserted against a clock.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, writeAtomic } from '../../src/cli/main';
import { lint } from '../../src/lint/engine';
import { parseKnowledgeOverride } from '../../src/core/knowledge-override';
import { caseText } from '../support/generate';
import { ROOT, TODAY } from './harness';

function measure<T>(name: string, fn: () => T): T {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const out = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`      ${name}: ${ms.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heap0) / 1048576).toFixed(1)} MB`);
  return out;
}

const ids = (text: string) => lint(text, { today: TODAY }).map((f) => f.ruleId);

describe('bombs and giants', function () {
  this.timeout(120_000);
  it('a billion-laughs alias bomb: a yaml-syntax finding, at once', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const found = measure('alias bomb', () => ids(`${levels.join('\n')}\n`));
    assert.ok(found.includes('yaml-syntax'));
  });
  it('10,000-deep nesting, flow and block: a clear finding, no crash', () => {
    for (const text of ['a: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n', Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n']) {
      const found = measure('10,000-deep nesting', () => lint(text, { today: TODAY }));
      assert.ok(found.some((f) => f.ruleId === 'yaml-syntax' && /nests too deeply|stack/i.test(f.message)) || found.length > 0);
    }
  });
  it('a 10 MB case file: checked in bounded time', () => {
    const text = caseText(44000);
    assert.ok(text.length > 10_000_000);
    const found = measure(`${(text.length / 1048576).toFixed(1)} MB case file (44,000 requests)`, () => lint(text, { today: TODAY }));
    assert.ok(found.length > 0);
  });
  it('a 1 MB single line: checked', () => {
    const text = caseText(2).replace('notes: Budget well over a year.', `notes: "${'x'.repeat(1_048_576)}"`) + `  - id: long\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [${Array(100_000).fill('subscriber').join(', ')}]\n`;
    const found = measure('1 MB lines', () => ids(text));
    assert.ok(found.includes('schema'), 'the repeated data category is reported');
  });
  it('the CLI on a 10 MB file and on a bomb: ends, with findings, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'which-channel-giant-'));
    try {
      writeFileSync(join(dir, 'big.case.yaml'), caseText(44000));
      writeFileSync(join(dir, 'bomb.case.yaml'), 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n');
      let out = '';
      const code = await measure('CLI on 10 MB + bomb', () => run(['lint', '--format', 'json', '--today', TODAY, dir], { out: (s) => { out += s; }, err: () => {}, isTTY: false, cwd: dir, env: {} }));
      assert.equal(code, 1);
      const res = JSON.parse(out);
      assert.ok(res.find((r: { filePath: string }) => r.filePath === 'bomb.case.yaml').messages.some((m: { ruleId: string }) => m.ruleId === 'yaml-syntax'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--fix never loses data', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'which-channel-fix-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  it('a file that changed on disk since it was read is not written', () => {
    const f = join(dir, 'a.case.yaml');
    writeFileSync(f, 'changed by someone else\n');
    assert.throws(() => writeAtomic(f, 'new', 'what we read'), /changed on disk/);
    assert.equal(readFileSync(f, 'utf8'), 'changed by someone else\n');
  });
  it('a failed write leaves the original whole and no temporary file', () => {
    const f = join(dir, 'a.case.yaml');
    writeFileSync(f, 'original\n');
    mkdirSync(join(dir, `.a.case.yaml.${process.pid}.which-channel.tmp`)); // the temp path is taken by a folder: the write fails
    assert.throws(() => writeAtomic(f, 'new', 'original\n'));
    assert.equal(readFileSync(f, 'utf8'), 'original\n');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp') && !existsSync(join(dir, n, '.'))), []);
  });
  it('comments, key order, blank lines and quoting survive a fix', async () => {
    const f = join(dir, 'a.case.yaml');
    const text = "# top comment\nversion: 1\n\ncase: { id: 'X', requesting_state: \"IN\" }\n\nrequests:\n  # the suspect\n  - id: l   # inline\n    channel: interpol\n    action: locate\n    notice: red\n    person: { name: 'P' }\n";
    writeFileSync(f, text);
    await run(['lint', '--fix', '--today', TODAY, f], { out: () => {}, err: () => {}, isTTY: false, cwd: dir, env: {} });
    assert.equal(readFileSync(f, 'utf8'), text.replace('notice: red', 'notice: blue'));
  });
});

describe('no network, no code execution', () => {
  for (const bundle of ['dist/cli.js', 'dist/extension.js', 'dist/draft.js', 'dist/docx.js']) {
    it(`${bundle} uses no network or process module, and no fetch`, () => {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      for (const mod of ['http', 'https', 'net', 'tls', 'dgram', 'child_process', 'worker_threads', 'http2', 'dns']) {
        assert.doesNotMatch(code, new RegExp(`require\\(["'](node:)?${mod}["']\\)`), mod);
        assert.doesNotMatch(code, new RegExp(`from ["'](node:)?${mod}["']`), mod);
      }
      assert.doesNotMatch(code, /\bfetch\(/);
      assert.doesNotMatch(code, /\bnew Worker\(|\beval\(/);
    });
  }
  it('a $ref to a URL in a case file is an unknown key, never followed', () => {
    const found = lint('version: 1\n$ref: "http://127.0.0.1:9/schema.json"\ncase: { id: X, requesting_state: IN }\nrequests: []\n', { today: TODAY });
    assert.ok(found.some((f) => f.ruleId === 'schema' && /Unknown key "\$ref"/.test(f.message)));
  });
  it('a hostile knowledge file (huge, wrong types, prototype keys) gives findings, never a crash', () => {
    const huge = `central_authorities:\n${'  - { state: US, name: x, source: s, as_of: 2026-01-01 }\n'.repeat(30000)}`;
    for (const text of [huge, 'central_authorities: 7\n', '__proto__: { polluted: yes }\n', 'constructor: { prototype: { polluted: yes } }\n', 'notices: { red: { purpose: 1 } }\n']) {
      const res = parseKnowledgeOverride(text);
      assert.ok(res.findings.length > 0, text.slice(0, 40));
      assert.equal(res.override, undefined);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('bad CLI input', () => {
  const BIN = join(ROOT, 'bin', 'which-channel.js');
  const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'which-channel-bad-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, make] of [
    ['a binary file', (f: string) => writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))],
    ['invalid UTF-8', (f: string) => writeFileSync(f, Buffer.from([0x76, 0x65, 0x72, 0xff, 0xfe, 0x0a]))],
    ['a dangling link', (f: string) => symlinkSync(join(dir, 'nowhere'), f)],
  ] as const) {
    it(`${name}: one line, exit 2, no stack`, () => {
      const f = join(dir, 'x.case.yaml');
      make(f);
      const r = cli(['lint', 'x.case.yaml'], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^which-channel: /);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }
});
