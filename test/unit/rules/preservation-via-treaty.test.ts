import { caseFile, ruleTester, PLANNED } from '../harness';

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
      name: 'letter rogatory to preserve, from an EU state after 2026-08-18: EU preservation order', options: { today: PLANNED },
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

// Best route v2: the fix lands on the 24/7 network or an EIO provisional measure.
ruleTester('preservation-via-treaty', {
  valid: [],
  invalid: [
    {
      name: 'a Budapest pair, hosting data: the 24/7 network, with the 24/7 point where known',
      code: caseFile(`  - id: f\n    channel: mlat\n    action: preserve\n    addressee: Landelijk Parket\n    holder: { name: H, type: other, country: NL }\n    data: [content]\n`, { state: 'BR' }),
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: f\n    channel: network_24_7\n    action: preserve\n    addressee: "Landelijk Parket van het openbaar ministerie (National Office of the Public Prosecution Service), Rotterdam"\n    holder: { name: H, type: other, country: NL }\n    data: [content]\n`, { state: 'BR' }),
    },
    {
      name: 'an EIO pair, bank records: an EIO (provisional measure)',
      code: caseFile(`  - id: f\n    channel: letter_rogatory\n    action: preserve\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n`, { state: 'FR' }),
      errors: [{ at: 'letter_rogatory' }],
      output: caseFile(`  - id: f\n    channel: eio\n    action: preserve\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n`, { state: 'FR' }),
    },
  ],
});
