import { caseFile, ruleTester } from '../harness';

const rogatory = (state: string, sent = '2026-11-01') => caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: US\n    person: { name: W }\n    sent: ${sent}\n`, { state });

ruleTester('rogatory-with-treaty', {
  valid: [
    { name: 'no pair known (unknown is silent)', code: rogatory('CN') },
    { name: 'before the treaty entered into force', code: rogatory('IN', '2005-10-02') },
  ],
  invalid: [
    {
      name: 'IN-US MLAT in force: MLAT with the central authority',
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
