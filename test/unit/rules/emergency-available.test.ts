import { caseFile, ruleTester } from '../harness';

const ttl = { caseExtra: '  urgency: threat_to_life\n' };
const mlat = `  - id: c
    channel: mlat
    action: produce
    addressee: OIA
    holder: { name: Snap Inc., type: platform, country: US }
    data: [content]
    identifiers:
      - { type: account, value: milliemanillie }
`;

ruleTester('emergency-available', {
  valid: [
    { name: 'a routine case', code: caseFile(mlat) },
    { name: 'an emergency request to the same holder exists', code: caseFile(`  - id: e\n    channel: lers\n    action: produce\n    emergency: true\n    holder: { name: Snapchat, type: platform, country: US }\n    data: [content]\n${mlat}`, ttl) },
    { name: 'a non-US provider', code: caseFile(mlat.replace('Snap Inc., type: platform, country: US', 'Example SA, type: platform, country: FR'), ttl) },
    { name: 'no content asked for', code: caseFile(mlat.replace('[content]', '[subscriber]'), ttl) },
  ],
  invalid: [
    {
      name: 'a threat to life, content by MLAT from a US provider: insert an emergency request (quick fix)',
      code: caseFile(mlat, ttl),
      errors: [{ at: 'mlat', from: 'id: c', severity: 'info' }],
      output: caseFile(`  - id: emergency-snap-inc
    channel: lers
    action: produce
    emergency: true
    holder: { name: Snap Inc., type: platform, country: US }
    data: [content]
    identifiers:
      - { type: account, value: milliemanillie }
${mlat}`, ttl),
    },
  ],
});
