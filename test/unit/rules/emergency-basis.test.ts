import { caseFile, ruleTester } from '../harness';

const req = `  - id: e
    channel: lers
    action: produce
    emergency: true
    holder: { name: Snap Inc., type: platform, country: US }
    data: [subscriber, ip_logs]
`;

ruleTester('emergency-basis', {
  valid: [
    { name: 'an emergency request in a threat-to-life case', code: caseFile(req, { caseExtra: '  urgency: threat_to_life\n' }) },
    { name: 'no emergency claimed', code: caseFile(req.replace('    emergency: true\n', '')) },
    { name: 'emergency: false', code: caseFile(req.replace('emergency: true', 'emergency: false'), { caseExtra: '  urgency: routine\n' }) },
  ],
  invalid: [
    {
      name: 'an urgent (not threat-to-life) case: set the urgency (quick fix only)',
      code: caseFile(req, { caseExtra: '  urgency: urgent\n' }),
      errors: [{ at: 'true', from: 'emergency: ' }],
      output: caseFile(req, { caseExtra: '  urgency: threat_to_life\n' }),
    },
    {
      name: 'no urgency at all: the key is added',
      code: caseFile(req),
      errors: [{ at: 'true', from: 'emergency: ' }],
      output: caseFile(req).replace('  requesting_state: IN\n', '  requesting_state: IN\n  urgency: threat_to_life\n'),
    },
  ],
});
