import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester, TODAY } from '../harness';

// A workspace records that its state has no treaty with another: that is what this rule reads.
const knowledge = mergeKnowledge(SHIPPED, { mlat_pairs: [{ states: ['IN', 'KH'], status: 'none', source: 'agency list', as_of: '2026-10-01' }] });
const mlat = (to: string) => caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: ${to}\n    person: { name: W }\n`);

ruleTester('mlat-without-treaty', {
  valid: [
    { name: 'a treaty in force', code: mlat('US'), options: { knowledge } },
    { name: 'an unknown pair is not "no treaty"', code: mlat('KH') },
  ],
  invalid: [
    {
      name: 'no treaty: a letter rogatory',
      code: mlat('KH'),
      options: { knowledge },
      errors: [{ at: 'mlat' }],
      output: caseFile(`  - id: m\n    channel: letter_rogatory\n    action: testimony\n    requested_state: KH\n    person: { name: W }\n`),
    },
    {
      name: 'a treaty not yet in force on the date',
      code: caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: US\n    person: { name: W }\n    sent: 2004-01-01\n`),
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
