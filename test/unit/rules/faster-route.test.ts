import { strict as assert } from 'node:assert';
import { fixText } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY, PLANNED } from '../harness';

const mlat = (state: string, data: string, extra = '') => caseFile(`  - id: p
    channel: lers
    action: preserve
    holder: { name: G, type: platform, country: US }
    data: [${data}]
  - id: c
    channel: mlat
    action: produce
    after: p
    addressee: OIA
    holder: { name: G, type: platform, country: US${extra} }
    data: [${data}]
    sent: 2026-11-01
`, { state });

ruleTester('faster-route', {
  valid: [
    { name: 'India, content: MLAT is the best route', code: mlat('IN', 'content') },
    { name: 'GB before its agreement entered into force', code: mlat('GB', 'content').replace('sent: 2026-11-01', 'sent: 2022-10-02') },
  ],
  invalid: [
    {
      name: 'GB, content: the CLOUD Act (addressee dropped)', options: { today: PLANNED },
      code: mlat('GB', 'content'),
      errors: [{ at: 'mlat', severity: 'info' }],
      output: mlat('GB', 'content').replace('channel: mlat', 'channel: cloud_act').replace('    addressee: OIA\n', ''),
    },
    { name: 'subscriber data: the portal', code: mlat('IN', 'subscriber'), errors: [{ at: 'mlat', severity: 'info' }] },
    { name: 'France after 2026-08-18, provider with EU services: EU production order', code: mlat('FR', 'content', ', eu_services: true'), errors: [{ at: 'mlat', severity: 'info' }] },
  ],
});

describe('faster-route in bulk', () => {
  it('is an info: --fix never applies it', () => {
    const code = mlat('GB', 'content');
    assert.equal(fixText(code, { today: TODAY }).output, code);
  });
});

describe('faster-route and the EIO', () => {
  it('is silent where eio-replaces-mla fires (one mistake, one finding)', () => {
    const { lint } = require('../../../src/lint/engine') as typeof import('../../../src/lint/engine');
    const code = caseFile(`  - id: b\n    channel: mlat\n    action: produce\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n`, { state: 'FR' });
    const ids = lint(code, { today: TODAY }).map((f) => f.ruleId);
    assert.ok(ids.includes('eio-replaces-mla') && !ids.includes('faster-route'), ids.join());
  });
});
