import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const file = (after: string) => caseFile(`  - id: preserve-meta\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n  - id: s\n    channel: lers\n    action: produce\n    after: ${after}\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n`);

ruleTester('unknown-request-ref', {
  valid: [{ name: 'an existing id', code: file('preserve-meta') }],
  invalid: [
    { name: 'a typo: the nearest id', code: file('preserve-mta'), errors: [{ at: 'preserve-mta' }], output: file('preserve-meta') },
    { name: 'nothing near: no fix', code: file('zzz'), errors: [{ at: 'zzz' }], output: null },
    // A request that builds on itself: flagged; removing "after" is a quick fix, never applied in bulk.
    { name: 'its own id: remove "after" (a quick fix only)', code: file('s'), errors: [{ at: 's', from: 'after: ' }], output: file('s').replace('    after: s\n', '') },
  ],
});

describe('unknown-request-ref: a request that names itself', () => {
  it('is never fixed unattended (which request it waits for is the user\'s choice)', () => {
    const found = lint(file('s'), { today: TODAY }).filter((f) => f.ruleId === 'unknown-request-ref');
    assert.equal(found.length, 1);
    assert.equal(found[0].autofix, false);
  });
});
