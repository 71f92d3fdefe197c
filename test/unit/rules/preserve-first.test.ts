import { caseFile, ruleTester } from '../harness';

const produce = `  - id: s
    channel: lers
    action: produce
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber, ip_logs]
    identifiers:
      - { type: account, value: "instagram:@x" }
`;

ruleTester('preserve-first', {
  valid: [
    {
      name: 'a preservation for the same holder, matched on name ignoring case and punctuation',
      code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: meta platforms inc, type: platform, country: US }\n    data: [subscriber]\n${produce}`),
    },
    {
      name: 'matched on after:',
      code: caseFile(`  - id: p\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: Meta Ireland, type: platform, country: IE, eu_services: true }\n    data: [subscriber]\n    sent: 2026-09-01\n${produce.replace('    action: produce\n', '    action: produce\n    after: p\n')}`, { state: 'FR' }),
    },
    ...['network_24_7', 'eio', 'eu_preservation_order'].map((channel) => ({
      name: `a ${channel} preservation of the same holder counts`,
      code: caseFile(`  - id: p\n    channel: ${channel}\n    action: preserve\n    holder: { name: "Meta Platforms, Inc.", type: platform, country: US, eu_services: true }\n    data: [subscriber]\n${produce}`, { state: 'FR' }),
    })),
    {
      name: 'the same provider under a brand name (registry): Instagram is Meta',
      code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: Instagram, type: platform, country: US }\n    data: [subscriber]\n${produce}`),
    },
    { name: 'a bank is not platform-held', code: caseFile(`  - id: b\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: { name: B, type: bank, country: US }\n    data: [bank_records]\n`) },
  ],
  invalid: [
    {
      name: 'no preservation: one is inserted before, with holder, data and identifiers, and after: points at it',
      code: caseFile(`# a comment that stays\n${produce}`),
      errors: [{ at: 'produce' }],
      output: caseFile(`# a comment that stays
  - id: preserve-meta-platforms-inc
    channel: lers
    action: preserve
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber, ip_logs]
    identifiers:
      - { type: account, value: "instagram:@x" }
  - id: s
    channel: lers
    action: produce
    after: preserve-meta-platforms-inc
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber, ip_logs]
    identifiers:
      - { type: account, value: "instagram:@x" }
`),
    },
    {
      name: 'a preservation for another holder does not count',
      code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: Google, type: platform, country: US }\n    data: [subscriber]\n${produce}`),
      errors: [{ at: 'produce' }],
    },
  ],
});
