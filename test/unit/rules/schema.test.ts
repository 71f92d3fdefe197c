import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const loc = `  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`;

ruleTester('schema', {
  valid: [
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
    { name: 'version must be 1', code: caseFile(loc).replace('version: 1', 'version: 2'), errors: [{ at: '2' }], output: caseFile(loc) },
  ],
});

describe('schema conduct', () => {
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
