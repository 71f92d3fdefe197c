// The incremental checker gives the same findings as a whole-file check, after random edits.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/lint/engine';
import { IncrementalChecker, outline } from '../../src/lint/incremental';
import type { Finding } from '../../src/core/types';
import { caseText } from '../support/generate';
import { TODAY } from './harness';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shape = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, requestIndex: f.requestIndex, autofix: f.autofix, fixes: f.fixes });

const EDITS = [
  (t: string, at: number) => t.slice(0, at) + 'x' + t.slice(at), // a character typed
  (t: string, at: number) => t.slice(0, at) + t.slice(at + 1), // a character deleted
  (t: string, at: number) => t.replace(/channel: mlat/, 'channel: lers'), // a channel changed
  (t: string, at: number) => { const i = t.indexOf('  - id:', at); return i < 0 ? t : t.slice(0, i) + t.slice(t.indexOf('\n', i) + 1); }, // an id line removed
  (t: string, at: number) => { const i = t.indexOf('\n  - id:', at); return i < 0 ? t : `${t.slice(0, i + 1)}  - id: r3-preserve\n    channel: interpol\n    action: locate\n    notice: red\n    person: { name: Dup }\n${t.slice(i + 1)}`; }, // a duplicate id inserted
  (t: string) => t.replace('requesting_state: IN', 'requesting_state: GB'), // the header changed
  (t: string, at: number) => t.slice(0, at) + '\n  - id: [broken\n' + t.slice(at), // half-typed YAML
];

describe('incremental checking', () => {
  it('cuts a generated file along its outline', () => {
    const o = outline(caseText(20))!;
    assert.equal(o.items.length, 20);
    assert.match(o.header, /requests:\n$/);
  });
  it('same findings as a whole-file check after 150 random edits (seed 7)', function () {
    // Hundreds of whole checks: on a loaded machine (CI beside other jobs) more than mocha's 20 s.
    this.timeout(120_000);
    const rand = rng(7);
    const checker = new IncrementalChecker();
    let text = caseText(60);
    let good = text;
    let incremental = 0;
    for (let n = 0; n < 150; n++) {
      const edit = EDITS[Math.floor(rand() * EDITS.length)];
      text = edit(text, Math.floor(rand() * text.length));
      const got = checker.check(text, { today: TODAY });
      if (got.incremental) incremental++;
      const want = lint(text, { today: TODAY });
      assert.deepEqual(got.findings.map(shape), want.map(shape), `edit ${n}`);
      // A user mends a syntax error before going on: the next edit starts from the last good text.
      if (want.some((f) => f.ruleId === 'yaml-syntax')) text = good;
      else good = text;
    }
    assert.ok(incremental > 90, `most checks incremental (${incremental})`);
  });
  it('answering the production clears preservation-expiring on the preservation (a finding across requests)', () => {
    const keep = '  - id: k\n    channel: lers\n    action: preserve\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n    sent: 2026-09-10\n';
    const prod = '  - id: p\n    channel: mlat\n    action: produce\n    after: k\n    addressee: OIA\n    holder: { name: Example Host, type: platform, country: US }\n    data: [content]\n    sent: 2026-09-12\n';
    const head = 'version: 1\ncase:\n  id: T-1\n  requesting_state: IN\nrequests:\n';
    const checker = new IncrementalChecker();
    const ids = (text: string) => checker.check(text, { today: TODAY }).findings.filter((f) => f.ruleId === 'preservation-expiring').length;
    assert.equal(ids(head + keep + prod), 1);
    const answered = head + keep + prod + '    answered: 2026-11-20\n';
    assert.equal(ids(answered), 0);
    assert.equal(lint(answered, { today: TODAY }).filter((f) => f.ruleId === 'preservation-expiring').length, 0);
  });

  it('an edit inside one request re-checks only that request', () => {
    const checker = new IncrementalChecker();
    const text = caseText(200);
    checker.check(text, { today: TODAY });
    const at = text.indexOf('r101-');
    const edited = text.slice(0, at) + 'z' + text.slice(at);
    const r = checker.check(edited, { today: TODAY });
    assert.equal(r.incremental, true);
    assert.equal(r.rechecked, 1);
    assert.equal(r.reused, 199);
  });
  it('files it cannot vouch for are checked whole', () => {
    for (const t of [caseText(3).replace(/\n/g, '\r\n'), caseText(3) + 'extra: 1\n', caseText(3).replace('requests:\n', 'requests: [\n').concat(']\n'), `${caseText(3)}  - &a { id: x }\n`]) {
      const r = new IncrementalChecker().check(t, { today: TODAY });
      assert.equal(r.incremental, false);
      assert.deepEqual(r.findings.map(shape), lint(t, { today: TODAY }).map(shape));
    }
  });
});

describe('hover and completion on the incremental slices', () => {
  const { hoverAt } = require('../../src/core/hover') as typeof import('../../src/core/hover');
  const { completeAt } = require('../../src/core/complete') as typeof import('../../src/core/complete');
  const { parseText } = require('../../src/core/parse') as typeof import('../../src/core/parse');
  const { SHIPPED } = require('../../src/knowledge') as typeof import('../../src/knowledge');
  it('hover on a slice says the same as on the whole file, at the same range', () => {
    const text = caseText(40);
    const checker = new IncrementalChecker();
    checker.check(text, { today: TODAY });
    const whole = parseText(text);
    for (const needle of ['channel: lers', 'notice: red', 'country: US', 'data: [content]', 'requesting_state: IN', 'holder:']) {
      for (let from = 0, n = 0; n < 3; n++) {
        const at = text.indexOf(needle, from) + needle.length - 2;
        from = at + 10;
        const slice = checker.around(at);
        const w = hoverAt(whole, at, SHIPPED);
        if (!slice) {
          assert.ok(at < text.indexOf('  - id:'), 'only the header has no slice (the editor reads the whole file there)');
          continue;
        }
        const h = hoverAt(slice.parsed, slice.toLocal(at), SHIPPED);
        assert.deepEqual(h && { markdown: h.markdown, start: slice.toGlobal(h.start), end: slice.toGlobal(h.end) }, w && { markdown: w.markdown, start: w.start, end: w.end }, needle);
      }
    }
  });
  it('completion of after: on a slice offers every id of the file', () => {
    const text = `${caseText(20)}  - id: last\n    after: \n`;
    const checker = new IncrementalChecker();
    checker.check(text, { today: TODAY });
    const at = text.length - 1;
    const slice = checker.around(at)!;
    const labels = completeAt(slice.text, slice.toLocal(at), slice.parsed, slice.ids).map((c) => c.label);
    assert.ok(labels.includes('r0-preserve') && labels.includes('r19-locate') && !labels.includes('last'), labels.join());
  });
});
