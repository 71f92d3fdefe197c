import { caseFile, ruleTester } from '../harness';

const file = (after: string) => caseFile(`  - id: preserve-meta\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n  - id: s\n    channel: lers\n    action: produce\n    after: ${after}\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n`);

ruleTester('unknown-request-ref', {
  valid: [{ name: 'an existing id', code: file('preserve-meta') }],
  invalid: [
    { name: 'a typo: the nearest id', code: file('preserve-mta'), errors: [{ at: 'preserve-mta' }], output: file('preserve-meta') },
    { name: 'nothing near: no fix', code: file('zzz'), errors: [{ at: 'zzz' }], output: null },
  ],
});
