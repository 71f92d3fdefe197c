import { caseFile, ruleTester, PLANNED } from '../harness';

const rogatory = (state: string, sent = '2026-11-01') => caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: US\n    person: { name: W }\n    sent: ${sent}\n`, { state });

ruleTester('rogatory-with-treaty', {
  valid: [
    { name: 'no pair known (unknown is silent)', code: rogatory('CN') },
    { name: 'before the treaty entered into force', code: rogatory('IN', '2005-10-02') },
  ],
  invalid: [
    {
      name: 'IN-US MLAT in force: MLAT with the central authority', options: { today: PLANNED },
      code: rogatory('IN'),
      errors: [{ at: 'letter_rogatory' }],
      output: caseFile(`  - id: w\n    channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: testimony\n    requested_state: US\n    person: { name: W }\n    sent: 2026-11-01\n`, { state: 'IN' }),
    },
    { name: 'on the day it entered into force', code: rogatory('IN', '2005-10-03'), errors: [{ at: 'letter_rogatory' }] },
    {
      name: 'the pair is symmetric (GB-US)',
      code: caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: GB\n    person: { name: W }\n`, { state: 'US' }),
      errors: [{ at: 'letter_rogatory' }],
    },
  ],
});

// Any MLA basis counts now: a convention for the data it covers (legal-bases.md).
const hosting = (data: string) => caseFile(`  - id: h\n    channel: letter_rogatory\n    action: produce\n    holder: { name: H, type: other, country: PH }\n    data: [${data}]\n    sent: 2026-11-20\n`, { state: 'JP' });
ruleTester('rogatory-with-treaty', {
  valid: [
    { name: 'JP-PH bank records: outside the Budapest Convention, no other basis known', code: hosting('bank_records') },
    { name: 'between two EIO states it is eio-replaces-mla\'s', code: caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: DE\n    person: { name: W }\n`, { state: 'FR' }) },
  ],
  invalid: [
    {
      name: 'JP-PH electronic data: the Budapest Convention binds both', options: { today: PLANNED },
      code: hosting('subscriber, ip_logs'),
      errors: [{ at: 'letter_rogatory' }],
      output: hosting('subscriber, ip_logs').replace('letter_rogatory', 'mlat\n    addressee: "Department of Justice, Office of the Chief State Counsel"'),
    },
    { name: 'the US-EU Agreement (US-BG)', code: caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: BG\n    person: { name: W }\n`, { state: 'US' }), errors: [{ at: 'letter_rogatory' }] },
  ],
});

describe('rogatory-with-treaty names the instrument', () => {
  it('says which convention binds both, with the dates', () => {
    const { lint } = require('../../../src/lint/engine') as typeof import('../../../src/lint/engine');
    const f = lint(hosting('content'), { today: '2026-11-25' }).find((x) => x.ruleId === 'rogatory-with-treaty')!;
    require('node:assert').match(f.message, /the Budapest Convention binds JP \(since 2012-11-01\) and PH \(since 2018-07-01\)/);
  });
});
