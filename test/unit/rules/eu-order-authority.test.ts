import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const holder = '    holder: { name: Meta Platforms Ireland Limited, type: platform, country: IE, eu_services: true }\n';
const order = (channel: string, action: string, data: string, extra = '') => `  - id: o\n    channel: ${channel}\n    action: ${action}\n${holder}    data: [${data}]\n${extra}`;
const eio = (extra = '') => `  - id: e\n    channel: eio\n    action: produce\n    requested_state: DE\n    holder: { name: A bank, type: bank, country: DE }\n    data: [bank_records]\n${extra}`;
const as = (t: string, more = '') => ({ state: 'FR', caseExtra: `  authority_type: ${t}\n${more}` });
const judge = '    validated_by: { name: Juge des libertés et de la détention, type: judge, on: 2026-12-01 }\n';
const prosecutor = '    validated_by: { name: Parquet de Paris, type: prosecutor }\n';

ruleTester('eu-order-authority', {
  valid: [
    { name: 'authority type not stated: silent', code: caseFile(order('eu_production_order', 'produce', 'content'), { state: 'FR' }) },
    { name: 'a judge issues a content order', code: caseFile(order('eu_production_order', 'produce', 'content'), as('judge')) },
    { name: 'an investigating judge issues a traffic order', code: caseFile(order('eu_production_order', 'produce', 'traffic'), as('investigating_judge')) },
    { name: 'a prosecutor: content order validated by a judge', code: caseFile(order('eu_production_order', 'produce', 'content', judge), as('prosecutor')) },
    { name: 'a prosecutor issues a subscriber order alone (Art. 4(1))', code: caseFile(order('eu_production_order', 'produce', 'subscriber, ip_logs'), as('prosecutor')) },
    { name: 'a prosecutor issues a preservation order of content alone (Art. 4(3))', code: caseFile(order('eu_preservation_order', 'preserve', 'content'), as('prosecutor')) },
    { name: 'a prosecutor issues an EIO (Art. 2(c)(i))', code: caseFile(eio(), as('prosecutor')) },
    { name: 'the police: a subscriber order validated by a prosecutor', code: caseFile(order('eu_production_order', 'produce', 'subscriber', prosecutor), as('police')) },
    { name: 'the police: an EIO validated by a prosecutor', code: caseFile(eio(prosecutor), as('police')) },
    { name: 'the police in an emergency: a preservation order before validation (Art. 4(5))', code: caseFile(order('eu_preservation_order', 'preserve', 'content', '    emergency: true\n'), as('police')) },
    { name: 'the police in a threat to life: a subscriber order before validation', code: caseFile(order('eu_production_order', 'produce', 'subscriber'), as('police', '  urgency: threat_to_life\n  urgency_reason: A child is missing\n')) },
    { name: 'the police, an MLA request: not an EU order', code: caseFile('  - id: m\n    channel: mlat\n    action: produce\n    requested_state: US\n    addressee: OIA\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [content]\n', as('police')) },
  ],
  invalid: [
    { name: "a prosecutor's content order, not validated", code: caseFile(order('eu_production_order', 'produce', 'content'), as('prosecutor')), errors: [{ at: 'eu_production_order' }], output: null },
    { name: "a prosecutor's traffic order validated by a prosecutor", code: caseFile(order('eu_production_order', 'produce', 'traffic', prosecutor), as('prosecutor')), errors: [{ at: 'prosecutor', from: 'validated_by' }] },
    { name: 'the police: a preservation order, no emergency, not validated', code: caseFile(order('eu_preservation_order', 'preserve', 'subscriber'), as('police')), errors: [{ at: 'eu_preservation_order' }] },
    { name: 'the police: an EIO not validated', code: caseFile(eio(), as('police')), errors: [{ at: 'eio' }] },
    { name: 'the police in an emergency: a content order still needs a judge first', code: caseFile(order('eu_production_order', 'produce', 'content', '    emergency: true\n'), as('police')), errors: [{ at: 'eu_production_order' }] },
  ],
});

describe('eu-order-authority: what it says', () => {
  const find = (code: string) => lint(code, { today: TODAY }).find((x) => x.ruleId === 'eu-order-authority')!;
  it('names the article, who may issue and the key to write', () => {
    const f = find(caseFile(order('eu_production_order', 'produce', 'content'), as('prosecutor')));
    assert.equal(f.severity, 'error');
    assert.match(f.message, /a European Production Order for traffic or content data, which only a judge, a court or an investigating judge may issue, or another authority with its validation \(Regulation \(EU\) 2023\/1543 Art\. 4\(2\)\); the case's authority is a prosecutor's office/);
    assert.match(f.message, /validated_by: \{ name, type, on \}/);
  });
  it("says a prosecutor's validation is not enough for content", () => {
    const f = find(caseFile(order('eu_production_order', 'produce', 'content', prosecutor), as('prosecutor')));
    assert.match(f.message, /only a judge, a court or an investigating judge may validate it \(Regulation \(EU\) 2023\/1543 Art\. 4\(2\)\), not a prosecutor's office/);
  });
  it('cites the EIO Directive for an EIO', () => {
    assert.match(find(caseFile(eio(), as('police'))).message, /a European Investigation Order, which only a judge, a court, an investigating judge or a public prosecutor may issue, or another authority with its validation \(Directive 2014\/41\/EU Art\. 2\(c\)\)/);
  });
});
