// missing-element: complete and incomplete requests of each kind of document.
import { caseFile, ruleTester } from '../harness';

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
    sent: 2026-10-01
`;
const BLUE = `  - id: locate
    channel: interpol
    action: locate
    notice: blue
    person: { name: Example Person, nationality: IN }
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
    { name: 'a Blue Notice with nationality and offence', code: full(BLUE) },
    { name: 'a Red Notice with the penalty in the offence', code: full(RED) },
    { name: 'a Yellow Notice needs no offence', code: caseFile(`  - id: find\n    channel: interpol\n    action: find_missing\n    notice: yellow\n    person: { name: Missing Child, nationality: IN }\n`) },
    { name: 'silent on a request with no channel (the schema reports it)', code: caseFile(`  - id: x\n    channel: lers-portal\n    action: preserve\n    holder: { name: H, type: platform, country: US }\n    data: [subscriber]\n`) },
  ],
  invalid: [
    { name: 'preservation with no necessity and no follow-up', code: full(PRESERVE.replace('    necessity: The account may be deleted at any time.\n', '')), errors: [{ at: 'keep', severity: 'hint' }], output: null },
    { name: 'preservation in a bare case', code: caseFile(PRESERVE), errors: [{ at: 'keep' }], output: null },
    { name: 'portal request with no date range', code: full(PRESERVE + PORTAL.replace('    date_range: { from: 2026-03-01, to: 2026-05-31 }\n', '')), errors: [{ at: 'disclose' }], output: null },
    { name: 'portal request with offences as plain strings (no provision)', code: caseFile(PRESERVE + PORTAL, { caseExtra: FULL.replace(/  offences:\n.*\n/, '  offences: [sextortion]\n') }), errors: [{ at: 'disclose' }], output: null },
    { name: 'MLA request with no procedure', code: full(PRESERVE + MLAT.replace(/    procedure: .*\n/, '')), errors: [{ at: 'content' }], output: null },
    { name: 'MLAT between a pair the knowledge base does not know: no legal basis', code: caseFile(MLAT.replace('country: US }', 'country: KH }').replace('    after: keep\n', ''), { state: 'IN', caseExtra: FULL }), errors: [{ at: 'content' }], output: null },
    { name: 'MLA request in an urgent case with no reason for the urgency', code: caseFile(PRESERVE + MLAT, { caseExtra: `${FULL}  urgency: urgent\n` }), errors: [{ at: 'content' }], output: null },
    { name: 'CLOUD Act order from a state with no agreement: no legal basis', code: caseFile(CLOUD, { state: 'IN', caseExtra: FULL }), errors: [{ at: 'direct' }], output: null },
    { name: 'European Production Order with no identifiers', code: caseFile(EPOC.replace(/    identifiers: .*\n/, ''), { state: 'DE', caseExtra: FULL }), errors: [{ at: 'order' }], output: null },
    { name: 'Blue Notice with no nationality', code: full(BLUE.replace(', nationality: IN', '')), errors: [{ at: 'locate' }], output: null },
    { name: 'Red Notice with no penalty', code: caseFile(RED, { caseExtra: '  offences: [fraud]\n' }), errors: [{ at: 'arrest' }], output: null },
    { name: 'Red Notice with no arrest warrant and no extradition assurance (RPD Art. 83, 84)', code: full(RED.replace(/    warrant: .*\n    extradition: true\n/, '')), errors: [{ at: 'arrest' }], output: null },
    { name: 'raised to warning by the setting', code: caseFile(BLUE), errors: [{ at: 'locate', severity: 'warning' }], output: null, options: { severities: { 'missing-element': 'warning' } } },
  ],
});
