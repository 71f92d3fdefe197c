// The value of a parsed case file comes from a fast walk of the YAML nodes (core/parse.ts
// plainValue), with `toJS` for anything the walk does not know. It must equal toJS everywhere.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { NOT_PLAIN, parseText, plainValue } from '../../src/core/parse';
import { caseText } from '../support/generate';

const ROOT = join(__dirname, '..', '..', '..');
const toJS = (text: string) => parseDocument(text).toJS({ maxAliasCount: 100 });

const WALKED: [string, string][] = [
  ['an empty file', ''],
  ['a comment only', '# nothing\n'],
  ['scalars of every core type', 'a: 1\nb: -2.5\nc: .nan\nd: -.inf\ne: true\nf: ~\ng: 0x1F\nh: "2026-11-25"\ni: 2026-11-25\nj: \'x\'\n'],
  ['keys that are not strings', '1: one\ntrue: yes\n~: nothing\n2.5: half\n'],
  ['a repeated key (the last wins)', 'a: 1\na: 2\n'],
  ['a key named __proto__ stays an own key', '__proto__: { polluted: true }\ntoString: 3\nconstructor: x\n'],
  ['nested flow and block collections', 'requests:\n  - { id: a, data: [subscriber, content] }\n  - id: b\n    holder:\n      name: "Meta Platforms, Inc."\n    data: []\n    empty:\n'],
  ['an empty list item and an empty value', 'a:\n  -\n  - x\nb:\n'],
  ['a single pair inside a flow list', 'a: [b: 1, c]\n'],
  ['an unknown tag', 'a: !custom value\nb: !!str 12\n'],
  ['a block scalar', 'notes: |\n  line one\n  line two\n'],
];

const FALLS_BACK: [string, string][] = [
  ['an anchor and an alias', 'a: &x { b: 1 }\nc: *x\n'],
  ['a merge key in YAML 1.1', '%YAML 1.1\n---\nbase: &b { x: 1 }\nm:\n  <<: *b\n  y: 2\n'],
  ['a plain << key', 'a:\n  <<: 1\n'],
  ['a YAML 1.1 date', '%YAML 1.1\n---\nd: 2026-11-25\n'],
  ['a YAML 1.1 set', '%YAML 1.1\n---\ns: !!set { a, b }\n'],
  ['a map as a key', '? { a: 1 }\n: b\n'],
];

describe('parse: the fast value equals toJS', () => {
  for (const [name, text] of WALKED) {
    it(`walks ${name}`, () => {
      const doc = parseDocument(text);
      const walked = plainValue(doc.contents);
      assert.notEqual(walked, NOT_PLAIN, 'the walk should know this document');
      assert.deepStrictEqual(walked, toJS(text));
      assert.deepStrictEqual(parseText(text).value, toJS(text));
    });
  }
  for (const [name, text] of FALLS_BACK) {
    it(`leaves ${name} to toJS, with the same value`, () => {
      assert.equal(plainValue(parseDocument(text).contents), NOT_PLAIN);
      assert.deepStrictEqual(parseText(text).value, toJS(text));
    });
  }
  it('keeps __proto__ as data, not as the prototype', () => {
    const v = parseText('__proto__: { polluted: true }\n').value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.deepEqual(Object.keys(v), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
  it('gives toJS\'s value for every example and a generated case', () => {
    const dir = join(ROOT, 'examples');
    const texts = [...readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(dir, f), 'utf8')), caseText(40)];
    for (const text of texts) assert.deepStrictEqual(parseText(text).value, toJS(text));
  });
});
