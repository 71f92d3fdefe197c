// The shipped case validator (src/generated/validators.js) is ajv's standalone code with one
// change made by the build: the empty error objects that an `if` or `not` subschema counts and
// then discards are not allocated (scripts/build.mjs dropDiscardedErrors). It must say exactly
// what ajv's own validator says, compiled here from the same schema with the same options: the
// same verdict and the same errors, on every example, on every action × channel × key mix a
// request can take, and on mutated files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parseText } from '../../src/core/parse';
import { validateCase } from '../../src/generated/validators';
import { documentArb } from '../support/fuzz';

const ROOT = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'case.schema.json'), 'utf8'));

function ajvOwn() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  ajv.addKeyword('markdownEnumDescriptions');
  ajv.addKeyword('markdownDescription');
  addFormats(ajv, ['date']);
  return ajv.compile(schema);
}

function sameVerdict(reference: ReturnType<typeof ajvOwn>, value: unknown, what: string): boolean {
  const expected = reference(value);
  const expectedErrors = JSON.stringify(reference.errors ?? null);
  const actual = validateCase(value);
  assert.equal(actual, expected, `${what}: verdict`);
  assert.equal(JSON.stringify(validateCase.errors ?? null), expectedErrors, `${what}: errors`);
  return expected;
}

describe('the shipped case validator says what ajv says', () => {
  const reference = ajvOwn();

  it('has no discarded error object left in it (the build made its change)', () => {
    const code = readFileSync(join(ROOT, 'src', 'generated', 'validators.js'), 'utf8');
    assert.doesNotMatch(code, /const err\d+ = \{\};/);
  });

  it('on every example and fixture', () => {
    const dirs = [join(ROOT, 'examples'), join(ROOT, 'test', 'unit', 'draft', 'fixtures')];
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
        sameVerdict(reference, parseText(readFileSync(join(dir, f), 'utf8')).value, f);
        n++;
      }
    }
    assert.ok(n > 20, `only ${n} files read`);
  });

  it('on every action × channel with each conditional key present or absent', () => {
    const actions: string[] = schema.definitions.request.properties.action.enum;
    const channels: string[] = schema.definitions.request.properties.channel.enum;
    // The keys the `if`/`then` branches require or forbid, each in a valid and an invalid form.
    const keys: [string, unknown, unknown][] = [
      ['holder', { name: 'Meta Platforms, Inc.', type: 'platform', country: 'US', eu_services: true }, { name: 'x', eu_services: 'yes' }],
      ['data', ['subscriber', 'content'], ['telepathy']],
      ['person', { name: 'A. Person', nationality: 'FR' }, { name: 12 }],
      ['notice', 'red', 'green'],
      ['requested_state', 'IE', 'XX'],
      ['addressee', 'The competent authority', ''],
      ['identifiers', ['user@example.com'], 'user@example.com'],
    ];
    let valid = 0;
    let invalid = 0;
    for (const action of actions) {
      for (const channel of channels) {
        // Every eighth mix (8 is prime to 3, so each key still takes each of its three forms).
        for (let mask = 0; mask < 3 ** keys.length; mask += 8) {
          const request: Record<string, unknown> = { id: 'r1', action, channel };
          let m = mask;
          for (const [key, good, bad] of keys) {
            const pick = m % 3;
            m = Math.floor(m / 3);
            if (pick === 1) request[key] = good;
            if (pick === 2) request[key] = bad;
          }
          const doc = { version: 1, case: { id: 'C-1', requesting_state: 'FR' }, requests: [request] };
          if (sameVerdict(reference, doc, `${action}/${channel}/${mask}`)) valid++;
          else invalid++;
        }
      }
    }
    // Both verdicts are met, so both sides of every `if` ran.
    assert.ok(valid > 0 && invalid > 1000, `valid ${valid}, invalid ${invalid}`);
  });

  it('on 600 mutated case files', function () {
    this.timeout(60_000);
    fc.assert(fc.property(documentArb, (text) => { sameVerdict(reference, parseText(text).value, 'mutated'); }), { seed: 20261204, numRuns: 600 });
  });
});
