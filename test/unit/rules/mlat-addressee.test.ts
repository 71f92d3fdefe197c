import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester } from '../harness';

// A treaty that names its own authority for the requested state (as the India-UAE agreement names
// the UAE Ministry of Interior): requests under it go there, not to the state's own authority.
const knowledge = mergeKnowledge(SHIPPED, {
  mlat_pairs: [{ states: ['IN', 'AE'], status: 'in_force', in_force_by: 2000, source: 'test', as_of: '2026-12-03', authorities: [{ state: 'AE', name: 'Ministry of Interior of the United Arab Emirates', source: 'test treaty' }] }],
  central_authorities: [{ state: 'AE', name: 'Ministry of Justice of the United Arab Emirates', source: 'test', as_of: '2026-12-03' }],
});

const mlat = (to: string, addressee?: string) => caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: ${to}\n${addressee ? `    addressee: ${addressee}\n` : ''}    person: { name: W }\n`);

ruleTester('mlat-addressee', {
  valid: [
    { name: 'the full name', code: mlat('US', 'US Department of Justice, Criminal Division, Office of International Affairs') },
    { name: 'the short name OIA, any case', code: mlat('US', 'oia') },
    { name: 'IS-II for India', code: mlat('IN', 'MHA, IS-II Division') },
    { name: 'the renamed Internal Security division', code: mlat('IN', 'Ministry of Home Affairs, Internal Security Division') },
    { name: 'BEPI for France', code: mlat('FR', 'Bureau de l’entraide pénale internationale (BEPI)') },
    { name: 'DRCI for Brazil', code: mlat('BR', 'drci') },
    { name: 'the authority the treaty names', code: mlat('AE', 'Ministry of Interior of the United Arab Emirates'), options: { knowledge } },
  ],
  invalid: [
    {
      name: 'missing addressee: set it',
      code: mlat('US'),
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: m\n    channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: testimony\n    requested_state: US\n    person: { name: W }\n`),
    },
    {
      name: 'the wrong authority: replace it',
      code: mlat('US', 'FBI Legal Attaché'),
      errors: [{ at: 'FBI Legal Attaché' }],
      output: mlat('US', '"US Department of Justice, Criminal Division, Office of International Affairs (OIA)"'),
    },
    {
      name: "the state's own authority where the treaty names another: replace it",
      code: mlat('AE', 'Ministry of Justice of the United Arab Emirates'),
      options: { knowledge },
      errors: [{ at: 'Ministry of Justice of the United Arab Emirates' }],
      output: mlat('AE', 'Ministry of Interior of the United Arab Emirates'),
    },
    { name: 'Germany has no single central authority: info, verify', code: mlat('DE', 'Bundesamt für Justiz'), errors: [{ at: 'Bundesamt für Justiz', severity: 'info' }], output: null },
  ],
});
