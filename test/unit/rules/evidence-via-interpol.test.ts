import { caseFile, ruleTester } from '../harness';

ruleTester('evidence-via-interpol', {
  valid: [
    { name: 'a blue notice to locate', code: caseFile(`  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`) },
  ],
  invalid: [
    {
      name: 'data asked of INTERPOL: the portal, notice dropped',
      code: caseFile(`  - id: x
    channel: interpol
    action: produce
    notice: blue
    holder: { name: X, type: platform, country: US }
    data: [subscriber]
`),
      errors: [{ at: 'produce' }],
      output: caseFile(`  - id: x
    channel: lers
    action: produce
    holder: { name: X, type: platform, country: US }
    data: [subscriber]
`),
    },
    {
      name: 'testimony asked of INTERPOL: MLAT with the central authority',
      code: caseFile(`  - id: w\n    channel: interpol\n    action: testimony\n    notice: diffusion\n    requested_state: US\n    person: { name: W }\n`),
      errors: [{ at: 'testimony' }],
      output: caseFile(`  - id: w\n    channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: testimony\n    requested_state: US\n    person: { name: W }\n`),
    },
    {
      name: 'a person action with data: remove data',
      code: caseFile(`  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n    data: [subscriber]\n`),
      errors: [{ at: 'data' , from: 'person'}],
      output: caseFile(`  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`),
    },
  ],
});
