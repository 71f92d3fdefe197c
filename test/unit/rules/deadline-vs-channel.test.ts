import { caseFile, ruleTester } from '../harness';

const mlat = (needed: string, extra = '') => caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: US\n    addressee: OIA\n    person: { name: W }\n    sent: 2026-01-01\n    needed_by: ${needed}\n`, { caseExtra: extra });
const order = (needed: string, urgency: string) => caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: IE, eu_services: true }\n    data: [content]\n  - id: o\n    channel: eu_production_order\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: IE, eu_services: true }\n    data: [content]\n    sent: 2026-09-01\n    needed_by: ${needed}\n`, { state: 'FR', caseExtra: `  urgency: ${urgency}\n` });

ruleTester('deadline-vs-channel', {
  valid: [
    { name: 'MLAT 180 days later', code: mlat('2026-06-30') },
    { name: 'EU production order, 10 days', code: order('2026-09-11', 'routine') },
    { name: 'EU production order, threat to life: 1 day', code: order('2026-09-02', 'threat_to_life') },
  ],
  invalid: [
    { name: 'MLAT needed in a month', code: mlat('2026-02-01'), errors: [{ at: '2026-02-01' }], output: null },
    { name: 'MLAT one day short of 180', code: mlat('2026-06-29'), errors: [{ at: '2026-06-29' }] },
    { name: 'EU production order in 9 days, routine', code: order('2026-09-10', 'routine'), errors: [{ at: '2026-09-10' }] },
  ],
});

// The speeds of the new channels: eio 30 days (recognition), network_24_7 1 day.
const eio = (needed: string) => caseFile(`  - id: b\n    channel: eio\n    action: produce\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n    sent: 2026-11-01\n    needed_by: ${needed}\n`, { state: 'FR' });
const net = (needed: string) => caseFile(`  - id: h\n    channel: network_24_7\n    action: preserve\n    holder: { name: H, type: other, country: CA }\n    data: [content]\n    sent: 2026-11-01\n    needed_by: ${needed}\n`, { state: 'BR' });
ruleTester('deadline-vs-channel', {
  valid: [
    { name: 'EIO, 30 days', code: eio('2026-12-01') },
    { name: '24/7 network, 1 day', code: net('2026-11-02') },
  ],
  invalid: [
    { name: 'EIO in 29 days', code: eio('2026-11-30'), errors: [{ at: '2026-11-30' }], output: null },
    { name: '24/7 network the same day', code: net('2026-11-01'), errors: [{ at: '2026-11-01', from: 'needed_by' }], output: null },
  ],
});
