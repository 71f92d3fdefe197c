import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/lint/engine';
import { addresseeMatches, centralAuthority, cloudActAgreement, earliestDays, mergeKnowledge, mlaBasis, SHIPPED } from '../../src/knowledge';
import { parseKnowledgeOverride } from '../../src/core/knowledge-override';
import { caseFile, decidedKnowledge, PLAIN_FACTS, ROOT, TODAY } from './harness';

describe('knowledge base', () => {
  it('every fact carries a source and an as-of date', () => {
    const sourced = [...Object.values(SHIPPED.channels), ...SHIPPED.cloud_act_agreements, ...SHIPPED.central_authorities, ...SHIPPED.mlat_pairs, SHIPPED.e_evidence];
    for (const f of sourced) assert.ok(f.source && /^\d{4}-\d{2}-\d{2}$/.test(f.as_of), JSON.stringify(f));
  });
  it('the e-Evidence date and the Danish opt-out are data', () => {
    assert.equal(SHIPPED.e_evidence.applies_from, '2026-08-18');
    assert.deepEqual(SHIPPED.e_evidence.not_bound, ['DK']);
    assert.equal(SHIPPED.e_evidence.members!.length, 27);
  });
  it('agreement in force between X and the US on a date', () => {
    assert.equal(cloudActAgreement(SHIPPED, 'GB', '2022-10-02'), undefined);
    assert.equal(cloudActAgreement(SHIPPED, 'GB', '2022-10-03')?.state, 'GB');
    assert.equal(SHIPPED.cloud_act_agreements.find((a) => a.state === 'AU')?.verify, undefined, 'AU entry into force is verified (joint statement, 31 January 2024)');
    assert.equal(cloudActAgreement(SHIPPED, 'AU', '2024-01-30'), undefined);
    assert.equal(cloudActAgreement(SHIPPED, 'AU', '2024-01-31')?.state, 'AU');
  });
  it('MLAT pairs are symmetric, dated, and unknown when absent', () => {
    assert.equal(mlaBasis(SHIPPED, 'IN', 'US', '2026-01-01').status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'US', 'IN', '2026-01-01').status, 'in_force');
    assert.equal(mlaBasis(decidedKnowledge(SHIPPED), 'IN', 'US', '2005-10-02', { action: 'testimony', ...PLAIN_FACTS }).status, 'none', 'the IN-US MLAT is in force from 2005-10-03');
    assert.equal(mlaBasis(SHIPPED, 'IN', 'US', '2005-10-02', PLAIN_FACTS).status, 'unknown', 'the regional lists are incomplete');
    // No IN-FR pair is recorded, and whether a convention binds IN is unknown (incomplete party
    // lists): unknown, not "no treaty".
    const inFr = mlaBasis(SHIPPED, 'IN', 'DE', '2026-01-01', PLAIN_FACTS);
    assert.ok(inFr.status === 'unknown', JSON.stringify(inFr));
    assert.match(inFr.why, /^no treaty between IN and DE is recorded; whether the EU Mutual Assistance Convention of 2000 binds IN on 2026-01-01 is unknown/);
  });
  it('lenient addressee match', () => {
    const us = centralAuthority(SHIPPED, 'US')!;
    assert.ok(addresseeMatches(us, 'U.S. DOJ — Office of International Affairs'));
    assert.ok(!addresseeMatches(us, 'FBI'));
  });
  it('speeds by action, and the emergency deadline of the EU order', () => {
    assert.equal(earliestDays(SHIPPED, 'mlat', 'produce'), 180);
    assert.equal(earliestDays(SHIPPED, 'eu_production_order', 'produce', 'threat_to_life'), 1);
    assert.equal(earliestDays(SHIPPED, 'interpol', 'locate'), undefined);
  });
  it('the shipped YAML and the compiled JSON agree', () => {
    const { parse } = require('yaml');
    assert.deepEqual(parse(readFileSync(join(ROOT, 'knowledge', 'knowledge.yaml'), 'utf8')), JSON.parse(JSON.stringify(SHIPPED)));
  });
});

describe('workspace knowledge override', () => {
  it('adds a treaty pair and an authority, and the rules read them', () => {
    const res = parseKnowledgeOverride(`central_authorities:\n  - state: DE\n    name: Bundesamt für Justiz\n    aliases: [BfJ]\n    source: agency list\n    as_of: 2026-10-01\n`);
    assert.deepEqual(res.findings, []);
    const k = mergeKnowledge(SHIPPED, res.override);
    const code = caseFile(`  - id: m\n    channel: mlat\n    action: testimony\n    requested_state: DE\n    addressee: BfJ\n    person: { name: W }\n`);
    assert.ok(lint(code, { today: TODAY }).some((f) => f.ruleId === 'mlat-addressee'));
    assert.ok(!lint(code, { today: TODAY, knowledge: k }).some((f) => f.ruleId === 'mlat-addressee'));
  });
  it('overrides an entry field by field', () => {
    const k = mergeKnowledge(SHIPPED, { cloud_act_agreements: [{ state: 'AU', in_force: '2024-02-15', source: 'checked', as_of: '2026-11-01' }] });
    assert.equal(k.cloud_act_agreements.find((a) => a.state === 'AU')!.signed, '2021-12-15');
    assert.equal(cloudActAgreement(k, 'AU', '2024-02-01'), undefined);
  });
  it('a bad file gives findings in that file, never a crash or a polluted object', () => {
    for (const text of ['mlat_pairs: 3\n', 'cloud_act_agreements:\n  - state: gb\n', '__proto__:\n  polluted: true\n', 'channels: { lers: { __proto__: { x: 1 } } }\n', 'a: [1\n', '- 1\n- 2\n']) {
      const res = parseKnowledgeOverride(text);
      assert.ok(res.findings.length > 0, text);
      assert.equal(res.override, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }
  });
});

describe('an unverified fact decides nothing', () => {
  const unverified = mergeKnowledge(SHIPPED, { cloud_act_agreements: [{ state: 'CA', signed: '2024-01-01', in_force: '2025-01-01', verify: true, source: 'test', as_of: '2026-01-01' }] });
  const text = caseFile('  - id: c\n    channel: cloud_act\n    action: produce\n    holder: { name: Example Cloud, type: platform, country: US }\n    data: [content]\n    sent: 2026-11-01\n', { state: 'CA' });
  it('a CLOUD Act agreement marked verify is not "in force" for the route', () => {
    assert.equal(cloudActAgreement(unverified, 'CA', '2026-11-01'), undefined);
    assert.equal(cloudActAgreement(mergeKnowledge(SHIPPED, { cloud_act_agreements: [{ state: 'CA', in_force: '2025-01-01', source: 'test', as_of: '2026-01-01' }] }), 'CA', '2026-11-01')?.state, 'CA');
  });
  it('nor does cloud-act-no-agreement say "no agreement" for it: unknown is silent', () => {
    assert.equal(lint(text, { today: TODAY }).filter((f) => f.ruleId === 'cloud-act-no-agreement').length, 1);
    assert.equal(lint(text, { today: TODAY, knowledge: unverified }).filter((f) => f.ruleId === 'cloud-act-no-agreement').length, 0);
  });
});
