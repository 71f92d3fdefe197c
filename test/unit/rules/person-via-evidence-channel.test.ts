import { caseFile, ruleTester } from '../harness';

ruleTester('person-via-evidence-channel', {
  valid: [
    { name: 'INTERPOL for a person', code: caseFile(`  - id: l\n    channel: interpol\n    action: identify\n    notice: blue\n    person: { name: P }\n`) },
  ],
  invalid: [
    {
      name: 'MLAT to identify: INTERPOL with a blue notice',
      code: caseFile(`  - id: who
    channel: mlat
    action: identify
    requested_state: US
    person: { description: The operator }
`),
      errors: [{ at: 'identify' }],
      output: caseFile(`  - id: who
    channel: interpol
    notice: blue
    action: identify
    person: { description: The operator }
`),
    },
    {
      name: 'LERS to identify with a holder: produce subscriber and IPs',
      code: caseFile(`  - id: p
    channel: lers
    action: preserve
    holder: { name: X, type: platform, country: US }
    data: [subscriber]
  - id: who
    channel: lers
    action: identify
    holder: { name: X, type: platform, country: US }
    person: { name: P }
`),
      errors: [{ at: 'identify' }],
      output: caseFile(`  - id: p
    channel: lers
    action: preserve
    holder: { name: X, type: platform, country: US }
    data: [subscriber]
  - id: who
    channel: lers
    action: produce
    data: [subscriber, ip_logs]
    holder: { name: X, type: platform, country: US }
`),
    },
    {
      name: 'arrest by letter rogatory: red notice',
      code: caseFile(`  - id: a\n    channel: letter_rogatory\n    action: arrest\n    person: { name: P }\n`),
      errors: [{ at: 'arrest' }],
      output: caseFile(`  - id: a\n    channel: interpol\n    notice: red\n    action: arrest\n    person: { name: P }\n`),
    },
  ],
});
