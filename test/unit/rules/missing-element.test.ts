// missing-element: complete and incomplete requests of each kind of document.
import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

/** A case header that gives every case-level element. */
const FULL = `  requesting_authority: Cyber Crime Police Station, Bengaluru City
  offences:
    - { name: sextortion, provision: "Section 67B, Information Technology Act, 2000", max_penalty_years: 7 }
  stage: investigation
  facts: |
    Between March and May 2026 an Instagram account extorted three minors.
  contact: { name: Inspector A. Rao, email: a.rao@ksp.gov.in }
`;
const full = (requests: string) => caseFile(requests, { caseExtra: FULL });

const PRESERVE = `  - id: keep
    channel: lers
    action: preserve
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber, ip_logs]
    identifiers: [{ type: account, value: "instagram:@example" }]
    relevance: The account sent the threats.
    necessity: The account may be deleted at any time.
`;
const PORTAL = `  - id: disclose
    channel: lers
    action: produce
    after: keep
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [subscriber, ip_logs]
    identifiers: [{ type: account, value: "instagram:@example" }]
    date_range: { from: 2026-03-01, to: 2026-05-31 }
`;
const MLAT = `  - id: content
    channel: mlat
    action: produce
    after: keep
    addressee: OIA
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [content]
    identifiers: [{ type: account, value: "instagram:@example" }]
    date_range: { from: 2026-03-01, to: 2026-05-31 }
    relevance: The threats were sent from this account in direct messages.
    procedure: Records certified by the custodian (business records certificate).
`;
const ROGATORY = `  - id: witness
    channel: letter_rogatory
    action: testimony
    requested_state: KH
    person: { name: Example Witness }
    relevance: The witness received the payments.
    procedure: Testimony under oath.
`;
const CLOUD = `  - id: direct
    channel: cloud_act
    action: produce
    holder: { name: Google LLC, type: platform, country: US }
    data: [content]
    identifiers: [{ type: email, value: x@example.com }]
    date_range: { from: 2026-03-01, to: 2026-05-31 }
`;
const EPOC = `  - id: order
    channel: eu_production_order
    action: produce
    holder: { name: Example Cloud SARL, type: platform, country: FR, eu_services: true }
    data: [subscriber]
    identifiers: [{ type: email, value: x@example.com }]
    date_range: { from: 2026-09-01, to: 2026-09-30 }
    relevance: The subscriber data identifies who holds the account.
    sent: 2026-10-01
`;
const EPOC_CONTENT = EPOC.replace('data: [subscriber]', 'data: [content]');
const BLUE = `  - id: locate
    channel: interpol
    action: locate
    notice: blue
    person: { name: Example Person, nationality: IN, status: suspect }
`;
const RED = `  - id: arrest
    channel: interpol
    action: arrest
    notice: red
    person: { name: Example Person, nationality: IN }
    warrant: { reference: "W-1/2026", issued_by: Court of the Chief Judicial Magistrate, on: 2026-01-05 }
    extradition: true
`;

ruleTester('missing-element', {
  valid: [
    { name: 'a complete preservation with its follow-up portal request', code: full(PRESERVE + PORTAL) },
    { name: 'a complete MLA request for US content (probable cause in relevance)', code: full(PRESERVE + MLAT) },
    { name: 'a complete letter rogatory for testimony (comity is its basis)', code: full(ROGATORY) },
    { name: 'a CLOUD Act order from a state with an agreement in force', code: caseFile(CLOUD, { state: 'GB', caseExtra: FULL }) },
    { name: 'a European Production Order from a bound state after the date', code: caseFile(EPOC, { state: 'DE', caseExtra: FULL }) },
    { name: 'an EPOC for content: where the person resides is known, a judge validated it', code: caseFile(EPOC_CONTENT + '    person_resides: FR\n    validated_by: { name: Amtsgericht Tiergarten, type: judge }\n', { state: 'DE', caseExtra: FULL + '  authority_type: prosecutor\n' }) },
    { name: 'a Blue Notice with nationality and offence', code: full(BLUE) },
    { name: 'a Red Notice with the penalty in the offence', code: full(RED) },
    { name: 'a Yellow Notice needs no offence', code: caseFile(`  - id: find\n    channel: interpol\n    action: find_missing\n    notice: yellow\n    person: { name: Missing Child, nationality: IN }\n`) },
    { name: 'silent on a request with no channel (the schema reports it)', code: caseFile(`  - id: x\n    channel: lers-portal\n    action: preserve\n    holder: { name: H, type: platform, country: US }\n    data: [subscriber]\n`) },
  ],
  invalid: [
    { name: 'preservation with no necessity and no follow-up', code: full(PRESERVE.replace('    necessity: The account may be deleted at any time.\n', '')), errors: [{ at: 'keep', severity: 'hint' }], output: null },
    { name: 'preservation in a bare case', code: caseFile(PRESERVE), errors: [{ at: 'keep' }], output: null },
    { name: 'an EPOC for content without where the person resides (Art. 8) nor its validation (Art. 4(2))', code: caseFile(EPOC_CONTENT, { state: 'DE', caseExtra: FULL + '  authority_type: prosecutor\n' }), errors: [{ at: 'order' }], output: null },
    { name: 'portal request with no date range', code: full(PRESERVE + PORTAL.replace('    date_range: { from: 2026-03-01, to: 2026-05-31 }\n', '')), errors: [{ at: 'disclose' }], output: null },
    { name: 'portal request with offences as plain strings (no provision)', code: caseFile(PRESERVE + PORTAL, { caseExtra: FULL.replace(/  offences:\n.*\n/, '  offences: [sextortion]\n') }), errors: [{ at: 'disclose' }], output: null },
    { name: 'MLA request with no procedure', code: full(PRESERVE + MLAT.replace(/    procedure: .*\n/, '')), errors: [{ at: 'content' }], output: null },
    { name: 'MLAT between a pair the knowledge base does not know: no legal basis', code: caseFile(MLAT.replace('country: US }', 'country: KH }').replace('    after: keep\n', ''), { state: 'IN', caseExtra: FULL }), errors: [{ at: 'content' }], output: null },
    { name: 'MLA request in an urgent case with no reason for the urgency', code: caseFile(PRESERVE + MLAT, { caseExtra: `${FULL}  urgency: urgent\n` }), errors: [{ at: 'content' }], output: null },
    { name: 'CLOUD Act order from a state with no agreement: no legal basis', code: caseFile(CLOUD, { state: 'IN', caseExtra: FULL }), errors: [{ at: 'direct' }], output: null },
    { name: 'European Production Order with no identifiers', code: caseFile(EPOC.replace(/    identifiers: .*\n/, ''), { state: 'DE', caseExtra: FULL }), errors: [{ at: 'order' }], output: null },
    { name: 'Blue Notice with no nationality', code: full(BLUE.replace(', nationality: IN', '')), errors: [{ at: 'locate' }], output: null },
    { name: "Blue Notice with no person's status (suspect, witness, victim)", code: full(BLUE.replace(', status: suspect', '')), errors: [{ at: 'locate' }], output: null },
    { name: 'Red Notice with no penalty', code: caseFile(RED, { caseExtra: '  offences: [fraud]\n' }), errors: [{ at: 'arrest' }], output: null },
    { name: 'Red Notice with no arrest warrant and no extradition assurance (RPD Art. 83, 84)', code: full(RED.replace(/    warrant: .*\n    extradition: true\n/, '')), errors: [{ at: 'arrest' }], output: null },
    { name: 'raised to warning by the setting', code: caseFile(BLUE), errors: [{ at: 'locate', severity: 'warning' }], output: null, options: { severities: { 'missing-element': 'warning' } } },
  ],
});

describe('missing-element: the EU forms measure the form (forms.md section 2)', () => {
  it("an EPOC for content lists the annex's fields it lacks, with the validation and the Art. 8 notification", () => {
    const f = lint(caseFile(EPOC_CONTENT.replace(/    relevance: .*\n/, ''), { state: 'DE', caseExtra: FULL + '  authority_type: prosecutor\n' }), { today: TODAY }).find((x) => x.ruleId === 'missing-element')!;
    assert.equal(f.message, 'The European Production Order Certificate (EPOC) "order" still lacks: validating authority (a judge or a court for traffic or content data) (validated_by: { name, type, on }); why the order is necessary and proportionate (relevance); where the person whose data are sought resides (the notification of Art. 8) (person_resides).');
  });
  it('an EPOC-PR needs no follow-up request in its form, and an EIO its validation where the police issue it', () => {
    const pr = EPOC.replace('eu_production_order', 'eu_preservation_order').replace('action: produce', 'action: preserve');
    assert.equal(lint(caseFile(pr, { state: 'DE', caseExtra: FULL }), { today: TODAY }).filter((x) => x.ruleId === 'missing-element').length, 0);
    const eio = `  - id: bank\n    channel: eio\n    action: produce\n    requested_state: FR\n    holder: { name: A bank, type: bank, country: FR }\n    data: [bank_records]\n    identifiers: [{ type: account, value: FR76 0000 }]\n    date_range: { from: 2026-01-01, to: 2026-06-30 }\n    relevance: The proceeds went through this account.\n    procedure: Certified copies.\n`;
    const m = lint(caseFile(eio, { state: 'DE', caseExtra: FULL + '  authority_type: police\n' }), { today: TODAY }).find((x) => x.ruleId === 'missing-element')!;
    assert.match(m.message, /^The European Investigation Order "bank" still lacks: validating authority \(a judge, a court or a prosecutor\)/);
  });
});
