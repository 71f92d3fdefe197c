// The emergency disclosure request as a document of its own (forms.md section 1): the danger, the
// basis for a US provider (2702(b)(8) only where content is asked), the provider's emergency
// procedure from the registry, the notes, the 24-hour telephone, and what missing-element asks.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseView } from '../../../src/core/case';
import { draftKind, missingElements } from '../../../src/core/essentials';
import { parseText } from '../../../src/core/parse';
import { checkSchema } from '../../../src/core/schema';
import { draftCase, DraftDocument, renderMarkdown } from '../../../src/draft';
import { SHIPPED } from '../../../src/knowledge';
import { ROOT, TODAY } from '../harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'unit', 'draft', 'fixtures', `${name}.case.yaml`), 'utf8');
function docs(name: string): DraftDocument[] {
  const res = draftCase(fixture(name), { today: TODAY, knowledge: SHIPPED });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents;
}
const md = (name: string, id: string) => renderMarkdown(docs(name).find((d) => d.requestId === id)!);

describe('emergency disclosure requests', () => {
  it('an emergency produce request is its own kind of document; a preservation stays one', () => {
    assert.equal(draftKind({ channel: 'lers', action: 'produce', emergency: true }), 'emergency');
    assert.equal(draftKind({ channel: 'lers', action: 'produce' }), 'portal');
    assert.equal(draftKind({ channel: 'lers', action: 'preserve', emergency: true }), 'preservation');
    assert.deepEqual(docs('emergency').map((d) => d.kind), ['emergency', 'emergency', 'emergency']);
  });
  it('states the danger (its paragraphs), the notes and the 24-hour telephone; never says it asks for no content', () => {
    const text = md('emergency', 'emergency-snap');
    assert.match(text, /wrote to a friend at 02:10 IST today/);
    assert.match(text, /Her location is unknown/);
    assert.match(text, /the friend reported the message at 02:40 IST/);
    assert.match(text, /Telephone \(24 hours\).*\+91 80 0000 0000/);
    assert.doesNotMatch(text, /does not ask for the content/);
  });
  it("content only where the provider's policy allows it to the requesting state (Snap: none outside the US)", () => {
    const snap = md('emergency', 'emergency-snap');
    assert.doesNotMatch(snap, /Stored content/);
    assert.match(snap, /Snap Inc\. states .* no content to authorities outside the United States/);
    assert.doesNotMatch(snap, /2702\(b\)\(8\)/);
    assert.match(md('emergency', 'emergency-instagram'), /Stored content: messages, photos and files/);
  });
  it('a US provider asked for content: 2702(b)(8) and 2702(c)(4), voluntary; records only: 2702(c)(4) alone; not US: no US statute', () => {
    const meta = md('emergency', 'emergency-instagram');
    assert.match(meta, /2702\(b\)\(8\)/);
    assert.match(meta, /2702\(c\)\(4\)/);
    assert.match(meta, /at your discretion/);
    const bare = md('emergency-bare', 'emergency');
    assert.match(bare, /2702\(c\)\(4\)/);
    assert.doesNotMatch(bare, /2702\(b\)\(8\)/);
    assert.doesNotMatch(md('emergency', 'emergency-records'), /U\.S\.C\./);
  });
  it("the provider's emergency procedure comes from the registry (Snap's form); unknown is silent", () => {
    assert.match(md('emergency', 'emergency-snap'), /Emergency procedure.*less\.snapchat\.com\/emergency/);
    assert.doesNotMatch(md('emergency', 'emergency-records'), /Emergency procedure/);
  });
  it("the request's own reference is the document's reference, else <case>-<id>", () => {
    const [snap, records] = docs('emergency');
    assert.equal(records.reference, 'KSP/CCPS/EDR/2026/17');
    assert.equal(snap.reference, 'CYB-2026-0412-emergency-snap');
  });
  it('missing-element lists the danger, the identifiers and the 24-hour telephone; the draft has their placeholders', () => {
    const parsed = parseText(fixture('emergency-bare'));
    const view = buildCaseView(parsed.value, checkSchema(parsed).bad, TODAY);
    assert.deepEqual(missingElements(view, view.requests[0], view.requests, SHIPPED).map((e) => e.key), ['danger', 'identifiers', 'case.contact.phone']);
    const doc = docs('emergency-bare')[0];
    assert.deepEqual(doc.missing, ['the danger: who is at risk, of what, why it is imminent, and how the data will prevent it', 'identifiers of the account', 'a telephone number answered at any hour']);
    const full = parseText(fixture('emergency'));
    const complete = buildCaseView(full.value, checkSchema(full).bad, TODAY);
    assert.deepEqual(missingElements(complete, complete.requests[0], complete.requests, SHIPPED), []);
  });
});

describe('notice keys in the schema', () => {
  it('a warrant without its reference is a schema finding; with one it is accepted', () => {
    const base = fixture('complete');
    const bad = parseText(base.replace('warrant: { reference: "NBW 14/2026", ', 'warrant: { '));
    assert.ok(checkSchema(bad).reports.some((f) => f.path.includes('warrant')), 'a finding at warrant');
    assert.ok(!checkSchema(parseText(base)).reports.some((f) => f.path.includes('warrant')));
  });
});

describe('no raw enum value in a document', () => {
  const RAW = /\b(network_24_7|letter_rogatory|eu_production_order|eu_preservation_order|cloud_act|ip_logs|bank_records|find_missing|threat_to_life|un_special)\b/;
  it('every document of the draft fixtures is free of internal enum values', () => {
    for (const name of ['complete', 'cloud-gb', 'eu-de', 'bare', 'untoc', 'uncac', 'cets', 'emergency', 'emergency-bare']) {
      for (const d of docs(name)) assert.doesNotMatch(renderMarkdown(d).replace(/<!--[\s\S]*?-->/g, ''), RAW, d.name);
    }
  });
  it('every document of every example is free of internal enum values and of request ids where a reference belongs', () => {
    const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.case.yaml'));
    assert.ok(files.length >= 10, 'the examples');
    let n = 0;
    for (const f of files) {
      const text = readFileSync(join(ROOT, 'examples', f), 'utf8');
      const res = draftCase(text, { today: TODAY, knowledge: SHIPPED });
      if (!res.ok) continue;
      // The case's request ids (the hyphenated ones: a one-word id could be an ordinary word).
      const ids = [...text.matchAll(/^  - id: ([\w-]+-[\w-]+)$/gm)].map((m) => m[1]);
      for (const d of res.documents) {
        n++;
        // The document's own reference (the file number, built from the case and request ids when none is set) is the one place an id may stand.
        const body = renderMarkdown(d).replace(/<!--[\s\S]*?-->/g, '').split(d.reference).join('');
        assert.doesNotMatch(body, RAW, `${f}: ${d.name}`);
        for (const id of ids) assert.ok(!new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(body), `${f}: ${d.name} names the request id ${id}`);
      }
    }
    assert.ok(n >= 20, `${n} documents`);
  });
});

describe('Red Notice action', () => {
  it('locate under a Red Notice is worded as a provisional arrest with a view to extradition', () => {
    const res = draftCase(fixture('complete').replace('    action: arrest\n    notice: red', '    action: locate\n    notice: red'), { today: TODAY, knowledge: SHIPPED });
    assert.ok(res.ok);
    const red = res.ok ? res.documents.find((d) => d.kind === 'interpol')! : undefined;
    assert.match(renderMarkdown(red!), /Locate and provisionally arrest the person with a view to extradition/);
  });
});
