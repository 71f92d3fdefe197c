import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY, PLANNED } from '../harness';

const bank = (from: string, to: string, channel = 'mlat', sent = '2026-11-20') => caseFile(`  - id: b
    channel: ${channel}
    action: produce
    holder: { name: Beispielbank AG, type: bank, country: ${to} }
    data: [bank_records]
    sent: ${sent}
`, { state: from });
const witness = (from: string, to: string, sent = '2026-11-20') => caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: ${to}\n    person: { name: W }\n    sent: ${sent}\n`, { state: from });

ruleTester('eio-replaces-mla', {
  valid: [
    { name: 'the day before the EIO applies (2017-05-21)', code: bank('FR', 'DE', 'mlat', '2017-05-21') },
    { name: 'Ireland does not take part', code: bank('FR', 'IE') },
    { name: 'Denmark does not take part', code: bank('DK', 'DE') },
    { name: 'a state outside the EU', code: bank('US', 'DE') },
    { name: 'the same state (S = T)', code: witness('FR', 'FR') },
    { name: 'already an EIO', code: bank('FR', 'DE', 'eio') },
    { name: 'a preservation is preservation-via-treaty\'s', code: caseFile(`  - id: p\n    channel: mlat\n    action: preserve\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n`, { state: 'FR' }) },
    { name: 'the requesting state is unknown', code: caseFile(`  - id: b\n    channel: mlat\n    action: testimony\n    requested_state: DE\n    person: { name: W }\n`).replace('  requesting_state: IN\n', '') },
  ],
  invalid: [
    {
      name: 'FR to DE, bank records by MLAT: an EIO', options: { today: PLANNED },
      code: bank('FR', 'DE'),
      errors: [{ at: 'mlat' }],
      output: bank('FR', 'DE', 'eio'),
    },
    { name: 'on the day the EIO applies (2017-05-22)', code: bank('FR', 'DE', 'mlat', '2017-05-22'), errors: [{ at: 'mlat' }] },
    {
      name: 'a letter rogatory for testimony between two bound states', options: { today: PLANNED },
      code: witness('ES', 'IT'),
      errors: [{ at: 'letter_rogatory' }],
      output: witness('ES', 'IT').replace('letter_rogatory', 'eio'),
    },
    {
      name: 'an MLAT addressee does not carry over to the EIO',
      code: caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: ES\n    addressee: Ministerio de Justicia\n    person: { name: W }\n`, { state: 'NL' }),
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: w\n    channel: eio\n    action: testimony\n    requested_state: ES\n    person: { name: W }\n`, { state: 'NL' }),
    },
  ],
});

describe('eio-replaces-mla: one mistake, one finding', () => {
  it('neither faster-route nor rogatory-with-treaty fires beside it', () => {
    const ids = lint(witness('FR', 'DE'), { today: TODAY }).map((f) => f.ruleId);
    assert.ok(ids.includes('eio-replaces-mla'));
    assert.ok(!ids.includes('rogatory-with-treaty') && !ids.includes('faster-route'), ids.join());
  });
  it('the message names the Directive and the channel from the route', () => {
    const f = lint(bank('FR', 'DE'), { today: TODAY }).find((x) => x.ruleId === 'eio-replaces-mla')!;
    assert.match(f.message, /Directive 2014\/41\/EU/);
    assert.match(f.message, /Use "eio"/);
    assert.doesNotMatch(f.message, /`/);
  });
});
