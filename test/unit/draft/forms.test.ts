// The EU forms (issue 20, forms.md section 2): each draft follows its annex's sections in order,
// ticks what the case shows and nothing it does not, and leaves a placeholder where the form needs
// what the case lacks.
import { strict as assert } from 'node:assert';
import { draftCase, DraftDocument, renderMarkdown } from '../../../src/draft';
import { caseFile, TODAY } from '../harness';

const drafts = (text: string): DraftDocument[] => {
  const res = draftCase(text, { today: TODAY });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents;
};
const sections = (d: DraftDocument) => d.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => String((b as { text: unknown[] }).text[0])).filter((t) => t.startsWith('SECTION ')).map((t) => t.slice(8, 9));
const letters = (last: string) => [...'ABCDEFGHIJKL'.slice(0, 'ABCDEFGHIJKL'.indexOf(last) + 1)];

const holder = '    holder: { name: Meta Platforms Ireland Limited, type: platform, country: IE, eu_services: true }\n';
const order = (data: string, extra = '') => `  - id: o\n    channel: eu_production_order\n    action: produce\n${holder}    data: [${data}]\n${extra}`;
const preserve = `  - id: p\n    channel: eu_preservation_order\n    action: preserve\n${holder}    data: [content]\n`;
const eio = '  - id: e\n    channel: eio\n    action: produce\n    requested_state: DE\n    holder: { name: A bank, type: bank, country: DE }\n    data: [bank_records]\n';
const fr = (type?: string, more = '') => ({ state: 'FR', caseExtra: `${type ? `  authority_type: ${type}\n` : ''}  offences:\n    - { name: extortion, provision: "Code pénal, art. 312-1", max_penalty_years: 7 }\n${more}` });

describe('the EU forms follow their annexes', () => {
  it('the EPOC has Sections A to L in order, the EPOC-PR A to G, the EIO A to L', () => {
    const [o] = drafts(caseFile(order('content'), fr('judge')));
    assert.equal(o.kind, 'eu_order');
    assert.deepEqual(sections(o), letters('L'));
    const [p] = drafts(caseFile(preserve, fr('prosecutor')));
    assert.equal(p.kind, 'epoc_pr');
    assert.deepEqual(sections(p), letters('G'));
    const [e] = drafts(caseFile(eio, fr('prosecutor')));
    assert.equal(e.kind, 'eio');
    assert.deepEqual(sections(e), letters('L'));
  });
  it("the headings read in the annex keep its words; the preamble is the annex's", () => {
    const md = renderMarkdown(drafts(caseFile(order('content'), fr('judge')))[0]);
    assert.match(md, /^# EUROPEAN PRODUCTION ORDER CERTIFICATE \(EPOC\) FOR THE PRODUCTION OF ELECTRONIC EVIDENCE\n/);
    assert.match(md, /## SECTION A: Issuing\/validating authority\n[\s\S]*## SECTION B: Addressee\n/);
    assert.match(md, /must transmit the requested data in accordance with the deadline\(s\) specified in Section C of this EPOC/);
  });
  it('a content order issued by a prosecutor: the validating authority is a placeholder until validated_by names the judge', () => {
    const bare = renderMarkdown(drafts(caseFile(order('content'), fr('prosecutor')))[0]);
    assert.match(bare, /\*\*Validating authority \(where applicable\):\*\* \*\*\[missing: validating authority \(a judge or a court for traffic or content data\)\]\*\*/);
    const validated = renderMarkdown(drafts(caseFile(order('content', '    validated_by: { name: Tribunal judiciaire de Paris, type: court, on: 2026-11-30 }\n'), fr('prosecutor')))[0]);
    assert.match(validated, /\*\*Validating authority \(where applicable\):\*\* Tribunal judiciaire de Paris/);
    assert.match(validated, /## SECTION J\n\nType of validating authority\n\n- ☒ Judge, court or investigating judge\n- ☐ Public prosecutor\n\n\*\*Name of the authority:\*\* Tribunal judiciaire de Paris {2}\n\*\*Date of the validation:\*\* 30 November 2026/);
  });
  it('"not applicable" only where the issuing authority is known to need no validation', () => {
    assert.match(renderMarkdown(drafts(caseFile(order('subscriber'), fr('prosecutor')))[0]), /\*\*Validating authority \(where applicable\):\*\* not applicable/);
    const unknown = renderMarkdown(drafts(caseFile(order('subscriber'), fr()))[0]);
    assert.match(unknown, /\*\*Validating authority \(where applicable\):\*\* …/);
    assert.ok(!unknown.includes('not applicable'), 'no claim without case.authority_type');
  });
  it('the Art. 8 notification: required for a person outside the issuing state, conditional inside, a placeholder where unknown, none for subscriber data', () => {
    const k = (data: string, extra = '') => renderMarkdown(drafts(caseFile(order(data, extra), fr('judge')))[0]).split('## SECTION K')[1].split('## SECTION L')[0];
    assert.match(k('content', '    person_resides: BE\n'), /☒ The enforcing authority of Ireland is notified of this order: the order is for traffic or content data and the person whose data are sought resides in Belgium\./);
    assert.match(k('traffic', '    person_resides: FR\n'), /☐ The person whose data are sought resides in France, the issuing State\. The enforcing authority of Ireland is notified unless the offence has been committed, is being committed or is likely to be committed in France/);
    assert.match(k('content'), /\[missing: where the person whose data are sought resides \(the notification of Art\. 8\)\]/);
    assert.match(k('subscriber'), /Not required: the order is for subscriber data/);
  });
  it('tick boxes: only the data asked for; the 8-hour deadline only in an emergency; the threshold only on a known penalty', () => {
    const md = renderMarkdown(drafts(caseFile(order('subscriber, content'), fr('judge')))[0]);
    assert.match(md, /- ☒ Subscriber data: name, date of birth/);
    assert.match(md, /- ☐ Traffic data\n- ☒ Content data/);
    assert.match(md, /- ☒ Within 10 days of receipt of the EPOC \(Art\. 10\)\n- ☐ Emergency case: within 8 hours/);
    assert.match(md, /- ☒ Traffic or content data: the offence is punishable in the issuing State by a maximum custodial sentence of at least 3 years/);
    const emergency = renderMarkdown(drafts(caseFile(order('content', '    emergency: true\n'), fr('judge', '  urgency: threat_to_life\n  urgency_reason: A child is in danger.\n')))[0]);
    assert.match(emergency, /- ☐ Within 10 days of receipt of the EPOC \(Art\. 10\)\n- ☒ Emergency case: within 8 hours/);
    const noPenalty = renderMarkdown(drafts(caseFile(order('content'), { state: 'FR', caseExtra: '  authority_type: judge\n  offences: [extortion]\n' }))[0]);
    assert.match(noPenalty, /- ☐ Traffic or content data: the offence is punishable/);
  });
});
