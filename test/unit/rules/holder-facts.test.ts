import { caseFile, ruleTester } from '../harness';

const req = (holder: string) => `  - id: p\n    channel: lers\n    action: preserve\n    holder: ${holder}\n    data: [subscriber]\n`;

ruleTester('holder-facts', {
  valid: [
    { name: 'Meta, US: the default entity', code: caseFile(req('{ name: "Meta Platforms, Inc.", type: platform, country: US }')) },
    { name: 'Meta Ireland, IE: the EU entity', code: caseFile(req('{ name: Meta Platforms Ireland Ltd, type: platform, country: IE, eu_services: true }'), { state: 'FR' }) },
    { name: 'a brand matched leniently, facts fit', code: caseFile(req('{ name: "instagram", type: platform, country: US }')) },
    { name: 'a holder not in the registry is unknown: silent', code: caseFile(req('{ name: Acme Bank, type: bank, country: CH }')) },
    { name: 'Coinbase: entities are not primary facts, so silent', code: caseFile(req('{ name: "Coinbase, Inc.", type: exchange, country: FR }')) },
  ],
  invalid: [
    {
      name: 'Snap said to be in IE: Snap Inc. answers everywhere (one fix)',
      code: caseFile(req('{ name: Snapchat, type: platform, country: IE }')),
      errors: [{ at: 'IE' }],
      output: caseFile(req('{ name: Snapchat, type: platform, country: US, eu_services: true }')),
    },
    {
      name: 'Meta as a telecom in DE: the type and country fit no entity; one fix per entity',
      code: caseFile(req('{ name: Facebook, type: telecom, country: DE }')),
      errors: [{ at: 'telecom' }],
      output: caseFile(req('{ name: Facebook, type: platform, country: US, eu_services: true }')),
    },
    {
      name: 'TikTok said to offer no EU services from Singapore',
      code: caseFile(req('{ name: TikTok, type: platform, country: SG, eu_services: false }')),
      errors: [{ at: 'false' }],
    },
  ],
});
