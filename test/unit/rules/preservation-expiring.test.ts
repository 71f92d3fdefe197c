// Today is the harness's 2026-11-25; a preservation through lers holds 90 days from `sent`
// (a holder the registry does not know), so sent 2026-09-10 ends 2026-12-09 (in 14 days) and
// sent 2026-08-27 ends today.
import { strict as assert } from 'node:assert';
import { fixText, lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const keep = (sent: string, extra = '') => `  - id: k\n    channel: lers\n    action: preserve\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n    sent: ${sent}\n${extra}`;
const prod = (extra = '') => `  - id: p\n    channel: mlat\n    action: produce\n    after: k\n    addressee: OIA\n    holder: { name: Example Host, type: platform, country: US }\n    data: [content]\n    sent: 2026-09-12\n${extra}`;

ruleTester('preservation-expiring', {
  valid: [
    { name: 'the hold ends in 15 days (one past the window)', code: caseFile(keep('2026-09-11') + prod()) },
    { name: 'the hold ended yesterday (lost, not due)', code: caseFile(keep('2026-08-26') + prod()) },
    { name: 'the production that needs it is answered', code: caseFile(keep('2026-09-10') + prod('    answered: 2026-11-20\n')) },
    { name: 'the preservation was withdrawn', code: caseFile(keep('2026-09-10', '    withdrawn: 2026-10-01\n') + prod()) },
    { name: 'already extended (the hold now ends in March)', code: caseFile(keep('2026-09-10', '    extended: [2026-11-20]\n') + prod()) },
    { name: 'a preservation not yet sent', code: caseFile(keep('2026-12-01') + prod()) },
    { name: 'a 7-day window set by the user', code: caseFile(keep('2026-09-10') + prod()), options: { dueSoonDays: 7 } },
    // Planned extensions (sent 2026-10-01: the hold without them ends 2026-12-30, past the window).
    { name: 'an extension planned 15 days ahead (one past the window)', code: caseFile(keep('2026-10-01', '    planned_extensions: [2026-12-10]\n') + prod()) },
    { name: 'a planned extension sent on another day than planned', code: caseFile(keep('2026-10-01', '    extended: [2026-11-18]\n    planned_extensions: [2026-11-20]\n') + prod()) },
    { name: 'a planned extension recorded as sent', code: caseFile(keep('2026-10-01', '    extended: [2026-11-20]\n    planned_extensions: [2026-11-20]\n') + prod()) },
    { name: 'a planned extension whose preservation is withdrawn', code: caseFile(keep('2026-10-01', '    withdrawn: 2026-11-01\n    planned_extensions: [2026-11-20]\n') + prod()) },
    { name: 'a planned extension past, the hold already ended (lost, not due)', code: caseFile(keep('2026-08-01', '    planned_extensions: [2026-10-25]\n') + prod()) },
  ],
  invalid: [
    {
      name: 'ends in 14 days while the MLAT waits: record the extension sent today',
      code: caseFile(keep('2026-09-10') + prod()),
      errors: [{ at: '2026-09-10' }],
      output: caseFile(keep('2026-09-10', '    extended: [2026-11-25]\n') + prod()),
    },
    { name: 'ends today', code: caseFile(keep('2026-08-27') + prod()), errors: [{ at: '2026-08-27' }] },
    { name: 'no production written yet: still needed', code: caseFile(keep('2026-09-10')), errors: [{ at: '2026-09-10' }] },
    { name: 'a 30-day window set by the user', code: caseFile(keep('2026-09-20') + prod()), errors: [{ at: '2026-09-20' }], options: { dueSoonDays: 30 } },
    {
      name: 'an extension list already there: appended',
      code: caseFile(keep('2026-06-12', '    extended: [2026-09-01]\n') + prod()),
      errors: [{ at: '2026-06-12' }],
      output: caseFile(keep('2026-06-12', '    extended: [2026-09-01, 2026-11-25]\n') + prod()),
    },
    {
      name: 'an extension planned 14 days ahead, not sent: record it sent today',
      code: caseFile(keep('2026-10-01', '    planned_extensions: [2026-12-09]\n') + prod()),
      errors: [{ at: '2026-12-09' }],
      output: caseFile(keep('2026-10-01', '    extended: [2026-11-25]\n    planned_extensions: [2026-12-09]\n') + prod()),
    },
    { name: 'an extension planned for today', code: caseFile(keep('2026-10-01', '    planned_extensions: [2026-11-25]\n') + prod()), errors: [{ at: '2026-11-25' }] },
    { name: 'an extension planned for a past date, the hold still running', code: caseFile(keep('2026-10-01', '    planned_extensions: [2026-11-01]\n') + prod()), errors: [{ at: '2026-11-01' }] },
    { name: 'only the planned dates no extension sent realises', code: caseFile(keep('2026-10-01', '    extended: [2026-11-01]\n    planned_extensions: [2026-11-01, 2026-12-01]\n') + prod()), errors: [{ at: '2026-12-01' }] },
  ],
});

describe('preservation-expiring conduct', () => {
  it('a planned extension not sent is said in plain words', () => {
    const f = lint(caseFile(keep('2026-10-01', '    planned_extensions: [2026-12-09]\n') + prod()), { today: TODAY }).find((x) => x.ruleId === 'preservation-expiring')!;
    assert.match(f.message, /^The extension planned for 2026-12-09 is not recorded as sent \(it is due in 14 days\)/);
    assert.equal(f.autofix, false);
  });
  it('its fix records a fact: --fix and Fix All never apply it', () => {
    const text = caseFile(keep('2026-09-10') + prod());
    const f = lint(text, { today: TODAY }).find((x) => x.ruleId === 'preservation-expiring')!;
    assert.equal(f.autofix, false);
    assert.equal(f.fixes.length, 1);
    assert.ok(!fixText(text, { today: TODAY }).output.includes('2026-11-25'));
  });
});
