import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { SHIPPED } from '../../../src/knowledge';
import { caseFile, decidedKnowledge, PLAIN_CASE, ruleTester, TODAY } from '../harness';

// A workspace records that its state has no treaty with another, and knows the regional
// conventions' lists whole; the case states offences outside the UN conventions: every
// instrument is decided, and that is what this rule reads.
const knowledge = decidedKnowledge(SHIPPED, ['IN', 'KH']);
const plain = { caseExtra: PLAIN_CASE };
const mlat = (to: string, opts = plain) => caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: ${to}\n    person: { name: W }\n`, opts);

ruleTester('mlat-without-treaty', {
  valid: [
    { name: 'a treaty in force', code: mlat('US'), options: { knowledge } },
    { name: 'an unknown pair is not "no treaty"', code: mlat('KH') },
    { name: 'the UN conventions bind IN and KH: conditional on the organised criminal group, not "no treaty"', code: mlat('KH', { caseExtra: '' }), options: { knowledge } },
    { name: 'a 10-year offence by an organised criminal group: UNTOC is in force between IN and KH', code: mlat('KH', { caseExtra: '  organised_crime: true\n  offences: [{ name: fraud, category: fraud, max_penalty_years: 10 }]\n' }), options: { knowledge } },
    { name: 'a corruption offence: UNCAC is in force between IN and KH', code: mlat('KH', { caseExtra: '  organised_crime: false\n  offences: [{ name: bribery, category: corruption, max_penalty_years: 3 }]\n' }), options: { knowledge } },
  ],
  invalid: [
    {
      name: 'no treaty: a letter rogatory',
      code: mlat('KH'),
      options: { knowledge },
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: m\n    channel: letter_rogatory\n    action: testimony\n    requested_state: KH\n    person: { name: W }\n`, plain),
    },
    {
      name: 'a treaty not yet in force on the date',
      code: caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: US\n    person: { name: W }\n    sent: 2004-01-01\n`, plain),
      options: { knowledge },
      errors: [{ at: 'mlat' }],
    },
  ],
});

describe('mlat-without-treaty and the best route agree', () => {
  it('the fix is the route the rule names', () => {
    const f = lint(mlat('KH'), { today: TODAY, knowledge }).find((x) => x.ruleId === 'mlat-without-treaty')!;
    assert.match(f.fixes[0].title, /letter_rogatory/);
  });
});
