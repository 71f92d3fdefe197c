import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const loc = `  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`;

const sentOn = `  - id: p\n    channel: lers\n    action: produce\n    holder: { name: Meta, type: platform, country: US }\n    data: [subscriber]\n    sent: 2026-03-01\n`;

ruleTester('schema', {
  valid: [
    { name: 'a whole register, dates in order (same day as sent included)', code: caseFile(`${sentOn}    reference: OUT-1/2026\n    their_reference: LE-12345\n    acknowledged: 2026-03-01\n    reminders: [2026-04-15]\n    answered: 2026-05-02\n    partial: true\n`) },
    { name: 'refused and withdrawn after sent', code: caseFile(`${sentOn}    refused: { on: 2026-03-20, reason: no probable cause }\n    withdrawn: 2026-04-01\n`) },
    { name: 'no sent: the dates are not compared', code: caseFile(`${sentOn.replace('    sent: 2026-03-01\n', '')}    answered: 2020-01-01\n`) },
    { name: 'a minimal case', code: caseFile(loc) },
    { name: 'an empty request list', code: caseFile('  []\n').replace('requests:\n  []', 'requests: []') },
  ],
  invalid: [
    { name: 'a misspelt channel: the nearest value, and no cascade from the branch it picked', code: caseFile(loc.replace('interpol', 'intepol')), errors: [{ at: 'intepol' }], output: caseFile(loc) },
    { name: 'an unknown key: the nearest key', code: caseFile(`${loc}    nots: x\n`), errors: [{ at: 'nots' }], output: caseFile(`${loc}    notes: x\n`) },
    { name: 'UK is not ISO 3166-1: GB', code: caseFile(loc.replace('{ name: P }', '{ name: P, nationality: UK }')), errors: [{ at: 'UK' }], output: caseFile(loc.replace('{ name: P }', '{ name: P, nationality: GB }')) },
    { name: 'lower-case country: upper case', code: caseFile(loc, { state: 'in' }), errors: [{ at: 'in', from: 'requesting_state' }], output: caseFile(loc) },
    {
      name: 'a comma in a flow map: quote the whole value',
      code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: Meta Platforms, Inc., type: platform, country: US }\n    data: [subscriber]\n`),
      errors: [{ at: 'Inc.' }],
      output: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }\n    data: [subscriber]\n`),
    },
    { name: 'a key the action does not take (branch named)', code: caseFile(loc.replace('    notice: blue\n', '    notice: blue\n    data: [subscriber]\n').replace('interpol', 'mlat').replace('    notice: blue\n', '')), errors: [{ at: 'data' }] },
    { name: 'notice on another channel', code: caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    notice: red\n    addressee: OIA\n    requested_state: US\n    person: { name: W }\n`), errors: [{ at: 'notice' }], output: caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    addressee: OIA\n    requested_state: US\n    person: { name: W }\n`) },
    { name: 'a data action without holder and data', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n`), errors: [{ at: 'id: p' }, { at: 'id: p' }] },
    { name: 'an EU order needs eu_services', code: caseFile(`  - id: p\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: H, type: telecom, country: IE }\n    data: [traffic]\n`, { state: 'FR' }), errors: [{ at: 'holder' }] },
    { name: 'an impossible date', code: caseFile(loc.replace('person: { name: P }', 'person: { name: P }\n    sent: 2026-02-30')), errors: [{ at: '2026-02-30' }] },
    { name: 'person needs a name or a description', code: caseFile(loc.replace('{ name: P }', '{ aliases: [x] }')), errors: [{ at: 'person' }] },
    // The register's dates follow `sent` (date-order.ts); the finding sits on the later date.
    { name: 'answered before sent', code: caseFile(`${sentOn}    answered: 2026-02-28\n`), errors: [{ at: '2026-02-28' }] },
    { name: 'acknowledged before sent', code: caseFile(`${sentOn}    acknowledged: 2026-02-01\n`), errors: [{ at: '2026-02-01' }] },
    { name: 'withdrawn before sent', code: caseFile(`${sentOn}    withdrawn: 2026-01-31\n`), errors: [{ at: '2026-01-31' }] },
    { name: 'refused before sent', code: caseFile(`${sentOn}    refused: { on: 2026-02-10, reason: dual criminality }\n`), errors: [{ at: '2026-02-10' }] },
    { name: 'a reminder before sent (the second of two)', code: caseFile(`${sentOn}    reminders: [2026-04-01, 2026-02-27]\n`), errors: [{ at: '2026-02-27' }] },
    { name: 'partial with no answered date', code: caseFile(`${sentOn}    partial: true\n`), errors: [{ at: 'id: p' }] },
    { name: 'refused without its date', code: caseFile(`${sentOn}    refused: { reason: dual criminality }\n`), errors: [{ at: 'refused' }] },
    { name: 'version must be 1', code: caseFile(loc).replace('version: 1', 'version: 2'), errors: [{ at: '2' }], output: caseFile(loc) },
  ],
});

describe('schema conduct', () => {
  it('a date before sent is absent for the rules and the register (one mistake, one finding)', () => {
    const found = lint(caseFile(`${sentOn}    answered: 2026-02-28\n`), { today: TODAY });
    assert.deepEqual(found.filter((f) => f.ruleId === 'schema').map((f) => f.message), ['"answered" (2026-02-28) is before "sent" (2026-03-01): a request cannot be answered before it is sent.']);
  });
  it('names the branch that applies', () => {
    const f = lint(caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    notice: red\n    requested_state: US\n    addressee: OIA\n    person: { name: W }\n`), { today: TODAY }).find((x) => x.ruleId === 'schema')!;
    assert.match(f.message, /other than `interpol`/);
  });
  it('skips the channel rules on a field with a schema error (one mistake, one finding)', () => {
    const found = lint(caseFile(`  - id: c\n    channel: cloud_act\n    action: produce\n    holder: { name: G, type: platform, country: XX }\n    data: [subscriber]\n`), { today: TODAY });
    assert.deepEqual(found.map((f) => f.ruleId).filter((id) => id === 'cloud-act-non-us-holder'), []);
    assert.ok(found.some((f) => f.ruleId === 'schema'));
  });
});

describe('a half-typed offence gives one finding, named by what it is', () => {
  const offences = (items: string) => caseFile('', { caseExtra: `  offences:\n${items}` }).replace('requests:\n', 'requests: []\n');
  const schema = (code: string) => lint(code, { today: TODAY }).filter((f) => f.ruleId === 'schema');
  it('an empty item (`- `): one finding, "offence 1", not three contradictory ones', () => {
    const found = schema(offences('    - \n'));
    assert.equal(found.length, 1, found.map((f) => f.message).join(' | '));
    assert.match(found[0].message, /^"offence 1" is empty/);
  });
  it('an unknown key in an offence map is named as an unknown key, not "should be text"', () => {
    const code = offences('    - { name: fraud, bogus: 1 }\n');
    const found = schema(code);
    assert.deepEqual(found.map((f) => f.message), ['Unknown key "bogus".']);
    assert.equal(code.slice(found[0].range.startOffset, found[0].range.endOffset), 'bogus');
  });
  it('a map with no name still needs its "name"; a number is neither text nor a map', () => {
    assert.deepEqual(schema(offences('    - sextortion\n    - { provision: "Section 67B" }\n')).map((f) => f.message), ['Missing required key "name".']);
    assert.deepEqual(schema(offences('    - 5\n')).map((f) => f.message), ['"offence 1" should be text or a map.']);
  });
  it('a person with neither a name nor a description still says so once', () => {
    const code = caseFile('  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { nationality: IN }\n');
    assert.deepEqual(schema(code).map((f) => f.message), ['"person" needs at least a "name" or a "description".']);
  });
});
