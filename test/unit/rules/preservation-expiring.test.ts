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
  ],
});

describe('preservation-expiring conduct', () => {
  it('its fix records a fact: --fix and Fix All never apply it', () => {
    const text = caseFile(keep('2026-09-10') + prod());
    const f = lint(text, { today: TODAY }).find((x) => x.ruleId === 'preservation-expiring')!;
    assert.equal(f.autofix, false);
    assert.equal(f.fixes.length, 1);
    assert.ok(!fixText(text, { today: TODAY }).output.includes('2026-11-25'));
  });
});
