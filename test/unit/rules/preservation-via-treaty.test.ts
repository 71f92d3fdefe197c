import { caseFile, ruleTester } from '../harness';

ruleTester('preservation-via-treaty', {
  valid: [
    { name: 'preserve through the portal', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: X, type: platform, country: US }\n    data: [content]\n`) },
    { name: 'produce by MLAT', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: X, type: platform, country: US }\n    data: [content]\n  - id: m\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: { name: X, type: platform, country: US }\n    data: [content]\n`) },
  ],
  invalid: [
    {
      name: 'MLAT to preserve platform data: LERS, addressee dropped',
      code: caseFile(`  - id: f
    channel: mlat
    action: preserve
    addressee: OIA
    holder: { name: X, type: platform, country: US }
    data: [content]
`),
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: f
    channel: lers
    action: preserve
    holder: { name: X, type: platform, country: US }
    data: [content]
`),
    },
    {
      name: 'letter rogatory to preserve, from an EU state after 2026-08-18: EU preservation order',
      code: caseFile(`  - id: f
    channel: letter_rogatory
    action: preserve
    requested_state: NL
    holder: { name: H, type: telecom, country: NL, eu_services: true }
    data: [traffic]
    sent: 2026-09-01
`, { state: 'FR' }),
      errors: [{ at: 'letter_rogatory' }],
      output: caseFile(`  - id: f
    channel: eu_preservation_order
    action: preserve
    holder: { name: H, type: telecom, country: NL, eu_services: true }
    data: [traffic]
    sent: 2026-09-01
`, { state: 'FR' }),
    },
    {
      name: 'a bank: no channel freezes it in time, so no fix',
      code: caseFile(`  - id: f\n    channel: mlat\n    action: preserve\n    holder: { name: B, type: bank, country: US }\n    data: [bank_records]\n`),
      errors: [{ at: 'mlat' }],
      output: null,
    },
  ],
});
