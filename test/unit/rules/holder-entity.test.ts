import { caseFile, ruleTester } from '../harness';

const req = (holder: string) => `  - id: p\n    channel: lers\n    action: preserve\n    holder: ${holder}\n    data: [subscriber]\n`;

ruleTester('holder-entity', {
  valid: [
    { name: 'India asks Meta Platforms, Inc. (not an EU state)', code: caseFile(req('{ name: "Meta Platforms, Inc.", type: platform, country: US }')) },
    { name: 'France asks Meta Platforms Ireland', code: caseFile(req('{ name: Meta Platforms Ireland Ltd, type: platform, country: IE, eu_services: true }'), { state: 'FR' }) },
    { name: 'Snap: one entity everywhere', code: caseFile(req('{ name: Snap Inc., type: platform, country: US }'), { state: 'FR' }) },
    { name: 'a holder not in the registry', code: caseFile(req('{ name: Example GmbH, type: platform, country: US }'), { state: 'FR' }) },
  ],
  invalid: [
    {
      name: 'France asks Meta Platforms, Inc.: the EU entity answers for an account holder in the EU (info, quick fix only)',
      code: caseFile(req('{ name: "Meta Platforms, Inc.", type: platform, country: US }'), { state: 'FR' }),
      errors: [{ at: '"Meta Platforms, Inc."', severity: 'info' }],
      output: caseFile(req('{ name: Meta Platforms Ireland Ltd, type: platform, country: IE, eu_services: true }'), { state: 'FR' }),
    },
    {
      name: 'Germany asks TikTok in Singapore: four entities, the EU one first',
      code: caseFile(req('{ name: TikTok, type: platform, country: SG }'), { state: 'DE' }),
      errors: [{ at: 'TikTok' }],
      output: caseFile(req('{ name: TikTok Technology Limited, type: platform, country: IE, eu_services: true }'), { state: 'DE' }),
    },
  ],
});
