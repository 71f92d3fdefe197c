import { caseFile, ruleTester, PLANNED } from '../harness';

const order = (state: string, eu = 'true', holderCountry = 'IE') => caseFile(`  - id: p
    channel: eu_preservation_order
    action: preserve
    holder: { name: H, type: telecom, country: ${holderCountry}, eu_services: ${eu} }
    data: [traffic]
    sent: 2026-09-01
`, { state });

ruleTester('e-evidence-scope', {
  valid: [
    { name: 'France, a provider with EU services', code: order('FR') },
  ],
  invalid: [
    { name: 'Denmark is not bound', code: order('DK'), errors: [{ at: 'eu_preservation_order' }], output: null },
    { name: 'a non-member', code: order('NO'), errors: [{ at: 'eu_preservation_order' }] },
    { name: 'a holder with no EU services', code: order('FR', 'false'), errors: [{ at: 'false' }], output: null },
    {
      name: 'a production order from Denmark to a US provider: MLAT', options: { today: PLANNED },
      code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: US }\n    data: [content]\n  - id: c\n    channel: eu_production_order\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: US, eu_services: true }\n    data: [content]\n    sent: 2026-09-01\n`, { state: 'DK' }),
      errors: [{ at: 'eu_production_order' }],
      output: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: US }\n    data: [content]\n  - id: c\n    channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: US, eu_services: true }\n    data: [content]\n    sent: 2026-09-01\n`, { state: 'DK' }),
    },
  ],
});
