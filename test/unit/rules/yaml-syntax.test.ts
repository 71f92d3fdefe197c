import { strict as assert } from 'node:assert';
import { lint } from '../../../src/lint/engine';
import { parseKnowledgeOverride } from '../../../src/core/knowledge-override';
import { caseFile, spanOfFinding, TODAY } from '../harness';

const good = `  - id: a\n    channel: lers\n    action: produce\n    holder: { name: M, type: platform, country: US }\n    data: [content]\n`;

describe('yaml-syntax', () => {
  it('reports the parser error at its place', () => {
    const code = caseFile(`  - id: a\n    channel: [lers\n    action: preserve\n`);
    const found = lint(code, { today: TODAY }).filter((f) => f.ruleId === 'yaml-syntax');
    assert.ok(found.length >= 1);
    assert.ok(spanOfFinding(found[0]).line >= 6, 'at or after the broken line');
  });
  it('half-typed YAML gives no cascade of schema findings in the broken request', () => {
    const code = caseFile(`${good}  - id: b\n    channel: "lers\n`);
    const found = lint(code, { today: TODAY });
    assert.ok(found.some((f) => f.ruleId === 'yaml-syntax'));
    assert.deepEqual(found.filter((f) => f.ruleId === 'schema' && f.requestIndex === 1), []);
  });
  it('still checks the rest of the file where the parser recovered', () => {
    const code = caseFile(`${good}  - id: b\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber\n`);
    const found = lint(code, { today: TODAY });
    assert.ok(found.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(found.some((f) => f.ruleId === 'content-via-lers' && f.requestIndex === 0), found.map((f) => f.ruleId).join());
  });
  it('a duplicate key is a syntax error', () => {
    assert.ok(lint(caseFile(good).replace('version: 1', 'version: 1\nversion: 1'), { today: TODAY }).some((f) => f.ruleId === 'yaml-syntax'));
  });
  it('an alias bomb ends with a finding, not a hang', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n') + '\n';
    const found = lint(bomb, { today: TODAY });
    assert.ok(found.some((f) => f.ruleId === 'yaml-syntax'));
  });
});

describe('an unclosed bracket is one finding', () => {
  it('in a knowledge file: the bracket, not also the lines the parser read as inside it', () => {
    const res = parseKnowledgeOverride('mlat_pairs: [{ states: [IN, KH], status: none }\n  foo: 1\n');
    assert.deepEqual(res.findings.map((f) => f.ruleId), ['yaml-syntax']);
    assert.match(res.findings[0].message, /bracket is not closed/);
  });
  it('in a case file too; two separate mistakes stay two', () => {
    const ids = (t: string) => lint(t, { today: TODAY }).filter((f) => f.ruleId === 'yaml-syntax');
    assert.equal(ids('version: 1\ncase: { id: T-1, requesting_state: IN\n  urgency: routine\nrequests: []\n').length, 1);
    assert.equal(ids('version: 1\ncase: a: b\nrequests: [1\n').length, 2);
  });
});
