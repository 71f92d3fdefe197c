import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const order = (data: string) => `  - id: o\n    channel: eu_production_order\n    action: produce\n    holder: { name: Twitter International Unlimited Company, type: platform, country: IE, eu_services: true }\n    data: [${data}]\n`;
const offences = (...o: string[]) => ({ state: 'AT', caseExtra: `  authority_type: court\n  offences:\n${o.map((x) => `    - { name: An offence, ${x} }\n`).join('')}` });

ruleTester('eu-order-threshold', {
  valid: [
    { name: 'no offences: silent', code: caseFile(order('content'), { state: 'AT', caseExtra: '  authority_type: court\n' }) },
    { name: 'exactly three years: at the threshold', code: caseFile(order('content'), offences('max_penalty_years: 3, category: other')) },
    { name: 'one offence of two at 5 years', code: caseFile(order('traffic'), offences('max_penalty_years: 1, category: other', 'max_penalty_years: 5, category: drug_trafficking')) },
    { name: 'below, but subscriber data only (Art. 5(3))', code: caseFile(order('subscriber, ip_logs'), offences('max_penalty_years: 1, category: other')) },
    { name: 'below, but a penalty unknown', code: caseFile(order('content'), offences('max_penalty_years: 1, category: other', 'category: other')) },
    { name: 'below, but the category unknown (it may be a listed offence)', code: caseFile(order('content'), offences('max_penalty_years: 2')) },
    { name: 'below, but a cybercrime (may be listed: Art. 5(4)(b))', code: caseFile(order('content'), offences('max_penalty_years: 2, category: cybercrime')) },
    { name: 'below, but terrorism (Art. 5(4)(c))', code: caseFile(order('content'), offences('max_penalty_years: 2, category: terrorism')) },
    { name: 'a preservation order: no threshold', code: caseFile('  - id: p\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: Twitter International Unlimited Company, type: platform, country: IE, eu_services: true }\n    data: [content]\n', offences('max_penalty_years: 1, category: other')) },
  ],
  invalid: [
    { name: 'content for a one-year insult', code: caseFile(order('content'), offences('max_penalty_years: 1, category: other')), errors: [{ at: '[content]' }], output: null },
    { name: "traffic, two offences below, the case's maximum for one", code: caseFile(order('traffic, subscriber'), { state: 'AT', caseExtra: '  authority_type: court\n  max_penalty_years: 2\n  offences:\n    - { name: Theft, max_penalty_years: 2, category: other }\n    - { name: Threat, category: corruption }\n' }), errors: [{ at: '[traffic, subscriber]' }] },
  ],
});

describe('eu-order-threshold: what it says', () => {
  it('gives the threshold, the highest penalty, the way out and the source', () => {
    const f = lint(caseFile(order('content'), offences('max_penalty_years: 2, category: other')), { today: TODAY }).find((x) => x.ruleId === 'eu-order-threshold')!;
    assert.equal(f.severity, 'error');
    assert.match(f.message, /at least 3 years, or for the offences it lists .* The highest penalty here is 2 years and no offence is of a listed kind\. Ask for subscriber data only \(Art\. 5\(3\): every offence\)/);
    assert.match(f.message, /Source: Regulation \(EU\) 2023\/1543 Art\. 5\(4\)/);
  });
});
