// A case file is a record (core/records.ts): a request sent on or before today is never rewritten
// by a fix. For every rule with a channel-changing fix (and preserve-first, which used to write
// `after:` into the request it fixes): the rule fires on a sent request; its preferred fix and
// `--fix` leave that request's text as it was and add a request instead; once the follow-up is
// there, the finding on the record does not repeat. The same file with the request still planned
// (sent after today) is rewritten as before, so the table cannot pass by the rule going silent.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core/edits';
import { parseText } from '../../src/core/parse';
import { fixText, lint, LintOptions } from '../../src/lint/engine';
import { mergeKnowledge, SHIPPED } from '../../src/knowledge';
import { caseFile, decidedKnowledge, PLAIN_CASE, TODAY } from './harness';

const US = '{ name: H, type: platform, country: US }';
const preserveUS = `  - id: p\n    channel: lers\n    action: preserve\n    holder: ${US}\n    data: [content]\n`;
// Every instrument decided against IN-KH (world-bases.md: `none` only then), and a plain case.
const noTreaty = decidedKnowledge(SHIPPED, ['IN', 'KH']);

/** Each file's request `r` is sent on 2026-11-20 or before (TODAY is 2026-11-25). */
const table: { rule: string; code: string; options?: LintOptions }[] = [
  { rule: 'cloud-act-no-agreement', code: caseFile(`${preserveUS}  - id: r\n    channel: cloud_act\n    action: produce\n    after: p\n    holder: ${US}\n    data: [content]\n    sent: 2026-11-01\n`) },
  { rule: 'cloud-act-non-us-holder', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: IE }\n    data: [content]\n  - id: r\n    channel: cloud_act\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: IE }\n    data: [content]\n    sent: 2026-11-01\n`, { state: 'GB' }) },
  { rule: 'content-via-lers', code: caseFile(`${preserveUS}  - id: r\n    channel: lers\n    action: produce\n    after: p\n    holder: ${US}\n    data: [subscriber, content]\n    sent: 2026-11-01\n`) },
  { rule: 'e-evidence-not-applicable', code: caseFile(`  - id: r\n    channel: eu_preservation_order\n    action: preserve\n    holder: { name: H, type: platform, country: IE, eu_services: true }\n    data: [content]\n    sent: 2026-08-17\n`, { state: 'FR' }) },
  { rule: 'e-evidence-scope', code: caseFile(`${preserveUS}  - id: r\n    channel: eu_production_order\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: US, eu_services: true }\n    data: [content]\n    sent: 2026-09-01\n`, { state: 'DK' }) },
  { rule: 'eio-replaces-mla', code: caseFile(`  - id: r\n    channel: letter_rogatory\n    action: testimony\n    requested_state: IT\n    person: { name: W }\n    sent: 2026-11-20\n`, { state: 'ES' }) },
  { rule: 'eio-scope', code: caseFile(`  - id: r\n    channel: eio\n    action: testimony\n    requested_state: IE\n    person: { name: W }\n    sent: 2026-11-20\n`, { state: 'FR' }) },
  { rule: 'evidence-via-interpol', code: caseFile(`${preserveUS}  - id: r\n    channel: interpol\n    action: produce\n    notice: blue\n    after: p\n    holder: ${US}\n    data: [subscriber]\n    sent: 2026-11-01\n`) },
  { rule: 'faster-route', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: ${US}\n    data: [content]\n  - id: r\n    channel: mlat\n    action: produce\n    after: p\n    addressee: OIA\n    holder: ${US}\n    data: [content]\n    sent: 2026-11-01\n`, { state: 'GB' }) },
  { rule: 'lers-non-platform', code: caseFile(`  - id: r\n    channel: lers\n    action: produce\n    holder: { name: B, type: bank, country: US }\n    data: [bank_records]\n    sent: 2026-11-01\n`) },
  { rule: 'mlat-without-treaty', code: caseFile(`  - id: r\n    channel: mlat\n    action: testimony\n    requested_state: KH\n    person: { name: W }\n    sent: 2026-11-01\n`, { caseExtra: PLAIN_CASE }), options: { knowledge: noTreaty } },
  { rule: 'network-24-7-scope', code: caseFile(`  - id: r\n    channel: network_24_7\n    action: produce\n    holder: { name: Example Hosting Inc., type: other, country: CA }\n    data: [content]\n    sent: 2026-11-20\n`, { state: 'BR' }) },
  { rule: 'person-via-evidence-channel', code: caseFile(`  - id: r\n    channel: mlat\n    action: identify\n    requested_state: US\n    person: { description: The operator of the account }\n    sent: 2026-11-01\n`) },
  { rule: 'preservation-via-treaty', code: caseFile(`  - id: r\n    channel: mlat\n    action: preserve\n    holder: ${US}\n    data: [content]\n    sent: 2026-11-01\n`) },
  { rule: 'rogatory-with-treaty', code: caseFile(`  - id: r\n    channel: letter_rogatory\n    action: produce\n    holder: { name: H, type: other, country: US }\n    data: [content]\n    sent: 2026-11-20\n`) },
  { rule: 'preserve-first', code: caseFile(`  - id: r\n    channel: mlat\n    action: produce\n    holder: ${US}\n    data: [content]\n    sent: 2026-11-01\n`) },
];

/** The text of request `r`, from its dash to its last line. */
function recordText(text: string): string {
  const p = parseText(text);
  const reqs = (p.doc.get('requests') as { items: { get(k: string): unknown; range: [number, number, number] }[] }).items;
  const item = reqs.find((it) => it.get('id') === 'r');
  assert.ok(item, 'request r is in the file');
  return text.slice(item.range[0], item.range[1]).trimEnd();
}

const requestCount = (text: string) => ((parseText(text).value as { requests: unknown[] }).requests ?? []).length;
const onRecord = (text: string, rule: string, options: LintOptions) => lint(text, { today: TODAY, ...options }).filter((f) => f.ruleId === rule && f.range.startOffset >= text.indexOf('- id: r'));

describe('fixes never rewrite a sent request', () => {
  for (const c of table) {
    const options = c.options ?? {};
    it(`${c.rule}: its fix adds a request, the record stays, the finding does not repeat`, () => {
      const found = onRecord(c.code, c.rule, options);
      assert.equal(found.length, 1, `${c.rule} fires on the sent request`);
      const fix = found[0].fixes[0];
      assert.ok(fix, 'a fix is offered');
      const fixed = applyEdits(c.code, fix.edits);
      assert.equal(recordText(fixed), recordText(c.code), 'the sent request is unchanged');
      assert.equal(requestCount(fixed), requestCount(c.code) + 1, 'a request is added');
      assert.deepEqual(onRecord(fixed, c.rule, options), [], 'the finding on the record does not repeat');
      const after = lint(fixed, { today: TODAY, ...options }).filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax');
      assert.deepEqual(after.map((f) => f.message), [], 'the added request passes the schema');
    });
    it(`${c.rule}: --fix (all passes) leaves the sent request as it was`, () => {
      const out = fixText(c.code, { today: TODAY, ...options }).output;
      assert.equal(recordText(out), recordText(c.code));
    });
    it(`${c.rule}: the same request still planned is rewritten as before`, () => {
      const planned = lint(c.code, { today: '2000-01-01', ...options }).filter((f) => f.ruleId === c.rule);
      assert.ok(planned.length > 0 && planned[0].fixes.length > 0);
      assert.notEqual(recordText(applyEdits(c.code, planned[0].fixes[0].edits)), recordText(c.code));
    });
  }

  it('a follow-up written by hand on the right route answers the record too; one for other data does not', () => {
    const record = caseFile(`${preserveUS}  - id: r\n    channel: cloud_act\n    action: produce\n    after: p\n    holder: ${US}\n    data: [content, traffic]\n    sent: 2026-11-01\n`);
    const mine = (data: string) => `${record}  - id: mine\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: { name: h, type: platform, country: US }\n    data: [${data}]\n`;
    assert.equal(onRecord(mine('content, traffic, subscriber'), 'cloud-act-no-agreement', {}).filter((f) => f.range.startOffset < record.length).length, 0);
    assert.equal(onRecord(mine('content'), 'cloud-act-no-agreement', {}).filter((f) => f.range.startOffset < record.length).length, 1);
  });

  it('a fix that only corrects how a value is spelled still applies to a sent request', () => {
    const code = caseFile(`  - id: r\n    channel: LERS\n    action: preserve\n    holder: ${US}\n    data: [content]\n    sent: 2026-11-01\n`);
    const schema = lint(code, { today: TODAY }).filter((f) => f.ruleId === 'schema');
    assert.equal(schema[0]?.fixes[0]?.edits[0]?.newText, 'lers');
  });

  it('wrong-channels.case.yaml: --fix keeps its three sent requests word for word', () => {
    const text = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', '..', 'examples', 'wrong-channels.case.yaml'), 'utf8') as string;
    const out = fixText(text, { today: TODAY }).output;
    for (const id of ['discord-everything', 'freeze-by-mlat', 'content-direct']) {
      const block = (t: string) => { const at = t.indexOf(`- id: ${id}\n`); return t.slice(at, t.indexOf('\n  - id:', at + 1) >>> 0).trimEnd(); };
      assert.equal(block(out), block(text), id);
    }
    assert.doesNotMatch(out, /extended:/, 'no extension is written as sent');
    assert.match(out, /planned_extensions:/);
  });
});
