import { caseFile, ruleTester, PLANNED } from '../harness';

const eio = (from: string, to: string, sent = '2026-11-20') => caseFile(`  - id: w\n    channel: eio\n    action: testimony\n    requested_state: ${to}\n    person: { name: W }\n    sent: ${sent}\n`, { state: from });

ruleTester('eio-scope', {
  valid: [
    { name: 'FR to DE', code: eio('FR', 'DE') },
    { name: 'on the day it applies (2017-05-22)', code: eio('FR', 'DE', '2017-05-22') },
    { name: 'the requesting state unknown is silent', code: eio('FR', 'DE').replace('  requesting_state: FR\n', '') },
    { name: 'the United Kingdom before it left: unverified, so silent', code: eio('GB', 'FR', '2019-01-01') },
  ],
  invalid: [
    { name: 'the day before it applies (2017-05-21)', code: eio('FR', 'DE', '2017-05-21'), errors: [{ at: 'eio' }] },
    {
      name: 'to Ireland: an MLAT (basis unknown)', options: { today: PLANNED },
      code: eio('FR', 'IE'),
      errors: [{ at: 'eio' }],
      output: eio('FR', 'IE').replace('channel: eio', 'channel: mlat\n    addressee: "Minister for Justice (Central Authority for Mutual Assistance), Department of Justice"'),
    },
    { name: 'from Denmark', code: eio('DK', 'DE'), errors: [{ at: 'eio' }] },
    { name: 'from a state outside the EU', code: eio('US', 'DE'), errors: [{ at: 'eio' }] },
    { name: 'the United Kingdom after it left', code: eio('GB', 'FR', '2021-01-01'), errors: [{ at: 'eio' }] },
    { name: 'within one state (S = T)', code: eio('FR', 'FR'), errors: [{ at: 'eio' }] },
    {
      name: 'a bank in the US: MLAT under the bilateral treaty, with the central authority',
      code: caseFile(`  - id: b\n    channel: eio\n    action: produce\n    holder: { name: B, type: bank, country: US }\n    data: [bank_records]\n`, { state: 'FR' }),
      errors: [{ at: 'eio' }],
      output: caseFile(`  - id: b\n    channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n    action: produce\n    holder: { name: B, type: bank, country: US }\n    data: [bank_records]\n`, { state: 'FR' }),
    },
  ],
});
