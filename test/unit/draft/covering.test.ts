// The route (forms.md section 3): where the requesting state's own `outgoing` knowledge says who
// transmits its MLA requests, the draft set holds a covering letter to that authority; "presents
// its compliments" only in a document that travels through the diplomatic channel.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftCase, DraftDocument, renderMarkdown } from '../../../src/draft';
import { Knowledge, mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { ROOT, TODAY } from '../harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'unit', 'draft', 'fixtures', `${name}.case.yaml`), 'utf8');
function draft(text: string, knowledge: Knowledge = SHIPPED): DraftDocument[] {
  const res = draftCase(text, { today: TODAY, knowledge });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents;
}
/** The complete Indian case as if it came from another state / authority. */
const from = (state: string, authority = 'Cyber Crime Police Station, Bengaluru City') =>
  fixture('complete').replace('requesting_state: IN', `requesting_state: ${state}`).replace('requesting_authority: Cyber Crime Police Station, Bengaluru City', `requesting_authority: ${authority}`);

describe('covering letter to the own central authority', () => {
  it("an MLA request from India gets a second document to the Ministry of Home Affairs, named <name>-covering; other kinds get none", () => {
    const docs = draft(fixture('complete'));
    const covering = docs.filter((d) => d.covers);
    assert.deepEqual(covering.map((d) => d.name), ['CYB-2026-0147-content-instagram-covering', 'CYB-2026-0147-witness-cambodia-covering']);
    for (const c of covering) {
      const request = docs.find((d) => d.name === c.covers)!;
      assert.equal(request.kind, 'mla');
      assert.equal(c.requestId, request.requestId);
      assert.equal(c.reference, request.reference);
      const text = renderMarkdown(c);
      assert.match(text, /\*\*To:\*\* Ministry of Home Affairs, Internal Security-II/);
      assert.match(text, /\*\*From:\*\* Cyber Crime Police Station, Bengaluru City/);
      assert.match(text, new RegExp(`## Enclosures\\n\\n- .*\\(reference ${request.reference}\\)`));
    }
    // The request itself still names the issuing authority as its sender.
    assert.match(renderMarkdown(docs.find((d) => d.name === 'CYB-2026-0147-witness-cambodia')!), /\*\*From:\*\* Cyber Crime Police Station, Bengaluru City/);
  });
  it('the letter states the legal basis the route turns on, the same sentence as the request\'s', () => {
    const docs = draft(fixture('complete'));
    for (const c of docs.filter((d) => d.covers)) {
      const request = renderMarkdown(docs.find((d) => d.name === c.covers)!);
      const basis = /## 1\. Legal basis\n\n(.+)\n/.exec(request)?.[1];
      assert.ok(basis, request);
      assert.ok(renderMarkdown(c).includes(`**Legal basis:** ${basis}`), `${c.name}: ${basis}`);
    }
  });
  it('no covering letter where the route is unknown, only a verify fact, or the issuer is the transmitting authority', () => {
    assert.equal(draft(from('ZA')).filter((d) => d.covers).length, 0);
    assert.equal(draft(from('KR')).filter((d) => d.covers).length, 0, 'KR outgoing is verify: true');
    assert.equal(draft(from('IN', 'Ministry of Home Affairs')).filter((d) => d.covers).length, 0);
  });
  it('"presents its compliments" only where the own route sends that channel through the diplomatic channel', () => {
    const opening = (docs: DraftDocument[], name: string) => renderMarkdown(docs.find((d) => d.name === name)!);
    const india = draft(fixture('complete'));
    assert.doesNotMatch(opening(india, 'CYB-2026-0147-witness-cambodia'), /presents its compliments/);
    assert.match(opening(india, 'CYB-2026-0147-witness-cambodia'), /Bengaluru City of India asks for the assistance/);
    // The US sends letters rogatory through the diplomatic channel (CRM 275), treaty requests between central authorities.
    const us = draft(from('US'));
    assert.match(opening(us, 'CYB-2026-0147-witness-cambodia'), /presents its compliments/);
    assert.doesNotMatch(opening(us, 'CYB-2026-0147-content-instagram'), /presents its compliments/);
    // A workspace can say the same of India; without it, silence.
    const diplomaticIn = mergeKnowledge(SHIPPED, { outgoing: [{ ...SHIPPED.outgoing!.find((o) => o.state === 'IN')!, diplomatic: ['letter_rogatory'] }] });
    assert.match(opening(draft(fixture('complete'), diplomaticIn), 'CYB-2026-0147-witness-cambodia'), /presents its compliments/);
  });
  it('says where the request needs a translation (the requested state\'s accepted languages), and not where it does not', () => {
    const toGermany = fixture('complete').replace('    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"\n', '    requested_state: DE\n');
    const letter = renderMarkdown(draft(toGermany).find((d) => d.name === 'CYB-2026-0147-content-instagram-covering')!);
    assert.match(letter, /The request is in English; Germany accepts mutual legal assistance requests in German \(English or French accepted on the basis of reciprocity\): it must be sent with a translation\./);
    assert.doesNotMatch(renderMarkdown(draft(fixture('complete')).find((d) => d.name === 'CYB-2026-0147-content-instagram-covering')!), /translation/);
  });
});
