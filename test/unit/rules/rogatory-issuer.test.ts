import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const lr = '  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: KH\n    person: { name: A witness }\n';
const type = (t: string) => ({ caseExtra: `  authority_type: ${t}\n` });

ruleTester('rogatory-issuer', {
  valid: [
    { name: 'authority type not stated: silent', code: caseFile(lr) },
    { name: 'issued by a court', code: caseFile(lr, type('court')) },
    { name: 'issued by an investigating judge', code: caseFile(lr, type('investigating_judge')) },
    { name: 'police, but an MLAT (not a letter rogatory)', code: caseFile('  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: US\n    addressee: OIA\n    person: { name: A witness }\n', type('police')) },
  ],
  invalid: [
    { name: 'a police station issues a letter rogatory', code: caseFile(lr, type('police')), errors: [{ at: 'letter_rogatory' }], output: null },
    { name: "a prosecutor's office issues one", code: caseFile(lr, { state: 'FR', ...type('prosecutor') }), errors: [{ at: 'letter_rogatory' }] },
  ],
});

describe('rogatory-issuer: what it says', () => {
  it("quotes the requesting state's own rule where the knowledge base has it", () => {
    const f = lint(caseFile(lr, type('police')), { today: TODAY }).find((x) => x.ruleId === 'rogatory-issuer')!;
    assert.match(f.message, /the case's authority is a police or investigating agency \(case\.authority_type\)\. Have the competent court or judge issue it\. In IN, a letter rogatory is issued by a court \(a letter of request under s\. 166A/);
    const fr = lint(caseFile(lr, { state: 'FR', ...type('prosecutor') }), { today: TODAY }).find((x) => x.ruleId === 'rogatory-issuer')!;
    assert.ok(!fr.message.includes('In FR'), 'no rule known for FR: nothing quoted');
  });
});
