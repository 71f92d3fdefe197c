import { caseFile, ruleTester, PLANNED } from '../harness';

const order = (sent: string | undefined, type = 'platform') => caseFile(`  - id: p
    channel: eu_preservation_order
    action: preserve
    holder: { name: H, type: ${type}, country: IE, eu_services: true }
    data: [content]
${sent ? `    sent: ${sent}\n` : ''}`, { state: 'FR' });

ruleTester('e-evidence-not-applicable', {
  valid: [
    { name: 'on 2026-08-18', code: order('2026-08-18') },
    { name: 'no sent date, today after it', code: order(undefined) },
  ],
  invalid: [
    { name: 'on 2026-08-17: the portal for platform data', options: { today: PLANNED }, code: order('2026-08-17'), errors: [{ at: '2026-08-17' }], output: order('2026-08-17').replace('eu_preservation_order', 'lers') },
    { name: 'no sent date, today before it', code: order(undefined), options: { today: '2026-01-10' }, errors: [{ at: 'eu_preservation_order' }] },
    { name: 'a telecom before the date: no route, no fix', code: order('2026-08-17', 'telecom'), errors: [{ at: '2026-08-17' }], output: null },
  ],
});
