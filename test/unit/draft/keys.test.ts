// The drafting keys in the editor: completion and hover read them from the schema; the snippets
// carry the essentials with tab stops; the activation bundle stays small.
import { strict as assert } from 'node:assert';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { completeAt } from '../../../src/core/complete';
import { hoverAt } from '../../../src/core/hover';
import { parseText } from '../../../src/core/parse';
import { lint } from '../../../src/lint/engine';
import { SHIPPED } from '../../../src/knowledge';
import { ROOT, TODAY } from '../harness';

function complete(src: string) {
  const offset = src.indexOf('|');
  const text = src.replace('|', '');
  return completeAt(text, offset, parseText(text)).map((c) => c.label);
}
const head = 'version: 1\ncase:\n  id: X\n  requesting_state: IN\nrequests:\n  - id: first\n    channel: lers\n    action: preserve\n';

describe('drafting keys', () => {
  it('completion: the case keys and the request keys', () => {
    const c = complete('version: 1\ncase:\n  id: X\n  |\n');
    for (const k of ['facts', 'stage', 'contact', 'language', 'urgency_reason']) assert.ok(c.includes(k), k);
    const r = complete(`${head}    |\n`);
    for (const k of ['relevance', 'date_range', 'necessity', 'procedure', 'confidential']) assert.ok(r.includes(k), k);
    assert.deepEqual(complete('version: 1\ncase:\n  stage: |\n').sort(), ['investigation', 'prosecution', 'trial']);
    assert.ok(complete('version: 1\ncase:\n  offences:\n    - name: fraud\n      |\n').includes('provision'));
  });
  it('hover: each key explains itself', () => {
    const text = `version: 1\ncase:\n  id: X\n  requesting_state: IN\n  facts: Something happened.\n  offences:\n    - { name: fraud, provision: "s. 420" }\nrequests:\n  - id: first\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n    necessity: It may be deleted.\n    date_range: { from: 2026-01-01, to: 2026-02-01 }\n`;
    const p = parseText(text);
    const at = (needle: string) => hoverAt(p, text.indexOf(needle) + 1, SHIPPED)?.markdown ?? '';
    assert.match(at('facts'), /summary of the facts/i);
    assert.match(at('provision'), /provision of your law/i);
    assert.match(at('necessity'), /Art\. 29\(2\)\(e\)/);
    assert.match(at('date_range'), /providers refuse/i);
    assert.deepEqual(lint(text, { today: TODAY }).filter((f) => f.ruleId === 'schema').map((f) => f.message), []);
  });
  it('the EU form keys (issue 20): validated_by and person_resides complete and explain themselves', () => {
    const epoc = 'version: 1\ncase:\n  id: X\n  requesting_state: FR\n  authority_type: prosecutor\nrequests:\n  - id: o\n    channel: eu_production_order\n    action: produce\n';
    const r = complete(`${epoc}    |\n`);
    for (const k of ['validated_by', 'person_resides']) assert.ok(r.includes(k), k);
    assert.deepEqual(complete(`${epoc}    validated_by: { name: A judge, type: | }\n`).sort(), ['court', 'investigating_judge', 'judge', 'prosecutor']);
    const text = `${epoc}    validated_by: { name: Juge, type: judge }\n    person_resides: FR\n`;
    const p = parseText(text);
    const at = (needle: string) => hoverAt(p, text.indexOf(needle) + 1, SHIPPED)?.markdown ?? '';
    assert.match(at('validated_by'), /Art\. 4\(2\)/);
    assert.match(at('person_resides'), /Art\. 8/);
  });
  it('the schema: offences take strings and objects; necessity only on preserve', () => {
    const base = (extra: string, req = '') => `version: 1\ncase:\n  id: X\n  requesting_state: IN\n${extra}requests:\n  - id: a\n    channel: lers\n    action: produce\n    holder: { name: M, type: platform, country: US }\n    data: [subscriber]\n${req}`;
    const schema = (t: string) => lint(t, { today: TODAY }).filter((f) => f.ruleId === 'schema');
    assert.deepEqual(schema(base('  offences: [fraud, { name: theft, provision: "s. 379", max_penalty_years: 3 }]\n')), []);
    assert.equal(schema(base('', '    necessity: gone soon\n')).length, 1);
    assert.equal(schema(base('  stage: appeal\n')).length, 1);
  });
  it('the wc- snippets carry the essentials with tab stops', () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'which-channel.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const body = (prefix: string) => Object.values(snippets).find((s) => s.prefix === prefix)!.body.join('\n');
    assert.match(body('wc-case'), /facts: \|[\s\S]*\$\{\d+/);
    assert.match(body('wc-case'), /contact:.*\$\{\d+/);
    assert.match(body('wc-lers-preserve'), /necessity: \$\{\d+/);
    assert.match(body('wc-lers-preserve'), /relevance: \$\{\d+/);
    assert.match(body('wc-lers-subscriber'), /date_range: \{ from: \$\{\d+/);
    assert.match(body('wc-mlat'), /procedure: \$\{\d+/);
  });
  it('no wc- snippet stamps a sent: date on a draft (a sent request is a record; the user writes it when it goes out)', () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'which-channel.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const stamped = Object.values(snippets).filter((s) => s.body.some((l) => /^\s*sent:/.test(l))).map((s) => s.prefix);
    assert.deepEqual(stamped, []);
  });
  it('the activation bundle stays under 450 KB and holds no DOCX writer, no plan renderer and no knowledge literal', () => {
    const size = statSync(join(ROOT, 'dist', 'extension.js')).size;
    assert.ok(size < 450 * 1024, `${size} bytes`);
    const bundle = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    assert.doesNotMatch(bundle, /Packer|word\/document\.xml/);
    assert.doesNotMatch(bundle, /class="wc-table"|row-note/, 'the SVG and table renderers load with the first plan view (dist/plan-render.js)');
    assert.match(readFileSync(join(ROOT, 'dist', 'plan-render.js'), 'utf8'), /row-note/);
    // The knowledge base is data beside the bundles (dist/knowledge.json), not a literal inside them.
    assert.match(bundle, /require\("\.\/knowledge\.json"\)/);
    assert.doesNotMatch(bundle, /Verdragenbank/);
    const data = JSON.parse(readFileSync(join(ROOT, 'dist', 'knowledge.json'), 'utf8'));
    assert.deepEqual(data, JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'knowledge.json'), 'utf8')));
  });
});
