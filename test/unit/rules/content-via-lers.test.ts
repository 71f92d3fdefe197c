import { caseFile, ruleTester, PLANNED } from '../harness';

const preserve = `  - id: p
    channel: lers
    action: preserve
    holder: { name: Meta, type: platform, country: US }
    data: [content]
`;

ruleTester('content-via-lers', {
  valid: [
    { name: 'preserving content through the portal is right', code: caseFile(preserve) },
    { name: 'non-content through the portal', code: caseFile(`${preserve}  - id: s\n    channel: lers\n    action: produce\n    holder: { name: Meta, type: platform, country: US }\n    data: [subscriber, ip_logs]\n`) },
    { name: 'an emergency disclosure request may ask for content (18 U.S.C. 2702(b)(8))', code: caseFile(`${preserve}  - id: e\n    channel: lers\n    action: produce\n    emergency: true\n    holder: { name: Meta, type: platform, country: US }\n    data: [content]\n`, { caseExtra: '  urgency: threat_to_life\n' }) },
    { name: 'content by MLAT', code: caseFile(`${preserve}  - id: c\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: { name: Meta, type: platform, country: US }\n    data: [content]\n`) },
  ],
  invalid: [
    {
      name: 'emergency: false is an ordinary request',
      code: caseFile(`${preserve}  - id: e\n    channel: lers\n    action: produce\n    emergency: false\n    holder: { name: Meta, type: platform, country: US }\n    data: [content]\n`),
      errors: [{ at: 'content', from: 'id: e' }],
    },
    {
      name: 'content only: the channel changes to the best route (MLAT for India, with the central authority)',
      code: caseFile(`${preserve}  - id: c
    channel: lers
    action: produce
    holder: { name: Meta, type: platform, country: US }
    data: [content]
`),
      errors: [{ at: 'content', from: 'id: c' }],
      output: caseFile(`${preserve}  - id: c
    channel: mlat
    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"
    action: produce
    holder: { name: Meta, type: platform, country: US }
    data: [content]
`),
    },
    {
      name: 'content beside other data: content moves to a new request on the best route (CLOUD Act for GB)', options: { today: PLANNED },
      code: caseFile(`${preserve}  - id: s
    channel: lers
    action: produce
    after: p
    holder: { name: Meta, type: platform, country: US }
    data: [subscriber, content] # what we need
    sent: 2026-11-01
`, { state: 'GB' }),
      errors: [{ at: 'content', from: 'id: s' }],
      output: caseFile(`${preserve}  - id: s
    channel: lers
    action: produce
    after: p
    holder: { name: Meta, type: platform, country: US }
    data: [subscriber] # what we need
    sent: 2026-11-01
  - id: s-content
    channel: cloud_act
    action: produce
    after: p
    holder: { name: Meta, type: platform, country: US }
    data: [content]
`, { state: 'GB' }),
    },
    {
      name: 'block-style data list',
      code: caseFile(`${preserve}  - id: s
    channel: lers
    action: produce
    holder: { name: Meta, type: platform, country: US }
    data:
      - subscriber
      - content
`),
      errors: [{ at: 'content', from: 'id: s' }],
    },
  ],
});
