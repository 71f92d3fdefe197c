import { caseFile, ruleTester } from '../harness';

ruleTester('lers-non-platform', {
  valid: [
    { name: 'a platform', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: X, type: platform, country: US }\n    data: [subscriber]\n`) },
    { name: 'an exchange', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: X, type: exchange, country: US }\n    data: [traffic]\n`) },
    { name: 'holder type unknown (schema error) stays silent', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: X, type: bnak, country: US }\n    data: [traffic]\n`) },
  ],
  invalid: [
    {
      name: 'a bank through a portal: MLAT',
      code: caseFile(`  - id: b
    channel: lers
    action: produce
    holder: { name: "Bank, N.A.", type: bank, country: US }
    data: [traffic]
`),
      errors: [{ at: 'bank', from: 'type:' }],
      output: caseFile(`  - id: b
    channel: mlat
    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"
    action: produce
    holder: { name: "Bank, N.A.", type: bank, country: US }
    data: [traffic]
`),
    },
    {
      name: 'bank records asked of a platform',
      code: caseFile(`  - id: b\n    channel: lers\n    action: produce\n    holder: { name: X, type: platform, country: US }\n    data: [subscriber, bank_records]\n`),
      errors: [{ at: 'bank_records' }],
    },
    {
      name: 'testimony through a portal, where no MLAT is known: MLAT assumed',
      code: caseFile(`  - id: t\n    channel: lers\n    action: testimony\n    requested_state: FR\n    person: { name: W }\n`),
      errors: [{ at: 'testimony' }],
      output: caseFile(`  - id: t\n    channel: mlat\n    addressee: "Ministère de la Justice, Direction des affaires criminelles et des grâces, Bureau de l'entraide pénale internationale (BEPI)"\n    action: testimony\n    requested_state: FR\n    person: { name: W }\n`),
    },
    {
      name: 'preserving at a telecom: no route, so no fix',
      code: caseFile(`  - id: t\n    channel: lers\n    action: preserve\n    holder: { name: T, type: telecom, country: US }\n    data: [traffic]\n`),
      errors: [{ at: 'telecom' }],
      output: null,
    },
  ],
});
