import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const persons = '  persons:\n    - { name: Example Person, role: suspect }\n    - { name: Example Witness, role: witness }\n';
const file = (names: string, extra = persons) => caseFile(`  - id: bank\n    channel: mlat\n    action: produce\n    holder: { name: B, type: bank, country: KH }\n    data: [bank_records]\n    persons: [${names}]\n`, { caseExtra: extra });

ruleTester('unknown-person', {
  valid: [
    { name: 'every name is in case.persons', code: file('Example Person, Example Witness') },
    { name: 'no persons on the request', code: caseFile('  - id: bank\n    channel: mlat\n    action: produce\n    holder: { name: B, type: bank, country: KH }\n    data: [bank_records]\n', { caseExtra: persons }) },
  ],
  invalid: [
    { name: 'a typo: the nearest name in words', code: file('Example Persn'), errors: [{ at: 'Example Persn' }], output: null },
    { name: 'no case.persons at all', code: file('Someone', ''), errors: [{ at: 'Someone' }], output: null },
  ],
});

describe('unknown-person: the message', () => {
  it('says in plain words who is missing and what to add or which name was meant', () => {
    const [typo] = lint(file('Example Persn'), { today: TODAY }).filter((f) => f.ruleId === 'unknown-person');
    assert.equal(typo.message, '"Example Persn" is not among the persons of the case (case.persons), so the request cannot say who this is. Did you mean "Example Person"?');
    const [none] = lint(file('Someone', ''), { today: TODAY }).filter((f) => f.ruleId === 'unknown-person');
    assert.match(none.message, /Add \{ name: "Someone", role, born, nationality, address \} to case\.persons\./);
  });
});
