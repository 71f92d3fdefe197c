import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester, PLANNED } from '../harness';

const req = (action: string, data: string, from = 'BR', to = 'CA', sent = '2026-11-20') => caseFile(`  - id: h
    channel: network_24_7
    action: ${action}
    holder: { name: Example Hosting Inc., type: other, country: ${to} }
    data: [${data}]
    sent: ${sent}
`, { state: from });
// A workspace that completes the list of parties (so "not a party" can be said).
const complete = mergeKnowledge(SHIPPED, { conventions: { budapest: { ...SHIPPED.conventions!.budapest, complete: true } } });

ruleTester('network-24-7-scope', {
  valid: [
    { name: 'BR preserves hosting data in CA', code: req('preserve', 'subscriber, content') },
    { name: 'a state absent from an incomplete list is unknown (IN)', code: req('preserve', 'content', 'IN') },
    { name: 'before BR became a party, the list being incomplete: silent', code: req('preserve', 'content', 'BR', 'CA', '2023-02-28') },
    { name: 'a party with only in_force_by (verify) is never acted on', code: req('preserve', 'content', 'NO'), options: { knowledge: complete } },
  ],
  invalid: [
    {
      name: 'produce over the 24/7 network: an MLAT under the Budapest Convention', options: { today: PLANNED },
      code: req('produce', 'content'),
      errors: [{ at: 'produce' }],
      output: req('produce', 'content').replace('channel: network_24_7', 'channel: mlat\n    addressee: "Department of Justice Canada, International Assistance Group"'),
    },
    { name: 'bank records are outside the Convention', code: req('preserve', 'bank_records'), errors: [{ at: 'bank_records' }], output: null },
    { name: 'a complete list: IN is not a party', code: req('preserve', 'content', 'IN'), options: { knowledge: complete }, errors: [{ at: 'network_24_7' }] },
    { name: 'a complete list: the day before BR became a party', code: req('preserve', 'content', 'BR', 'CA', '2023-02-28'), options: { knowledge: complete }, errors: [{ at: 'network_24_7' }] },
  ],
});
