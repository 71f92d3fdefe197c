// Persons concerned (UNTOC Art. 18(15)(e)), a witness's questions and the annexes (issue 20,
// forms.md section 4): case.persons named by a request, listed in its MLA document.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseView } from '../../../src/core/case';
import { parseText } from '../../../src/core/parse';
import { checkSchema } from '../../../src/core/schema';
import { draftCase, DraftDocument, renderMarkdown } from '../../../src/draft';
import { SHIPPED } from '../../../src/knowledge';
import { ROOT, TODAY } from '../harness';

const text = readFileSync(join(ROOT, 'test', 'unit', 'draft', 'fixtures', 'persons.case.yaml'), 'utf8');
function docs(t = text): DraftDocument[] {
  const res = draftCase(t, { today: TODAY, knowledge: SHIPPED });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents;
}
const md = (name: string, t = text) => renderMarkdown(docs(t).find((d) => d.name === name)!);

describe('persons concerned, questions and annexes', () => {
  it('the case view reads case.persons and a request\'s persons, questions and annexes', () => {
    const parsed = parseText(text);
    const view = buildCaseView(parsed.value, checkSchema(parsed).bad, TODAY);
    assert.deepEqual(view.persons?.map((p) => [p.name, p.role]), [['Example Person', 'suspect'], ['Example Witness', 'witness']]);
    assert.deepEqual(view.requests[0].persons, ['Example Person', 'Someone Else']);
    assert.equal(view.requests[1].questions?.length, 2);
    assert.equal(view.requests[0].annexes?.length, 2);
  });
  it('an MLA request lists the persons it names with role, birth, nationality and address; an unknown name is a placeholder', () => {
    const bank = md('PER-2026-5-bank-records');
    assert.match(bank, /## \d+\. Persons concerned\n\n\| Name \| Role \| Date of birth \| Nationality \| Address \|/);
    assert.match(bank, /\| Example Person \| suspect \| 2 April 1990 \| India \| 12 Example Road, Phnom Penh \|/);
    assert.match(bank, /\[missing: person "Someone Else" in case\.persons\]/);
    assert.ok(docs().find((d) => d.name === 'PER-2026-5-bank-records')!.missing.includes('person "Someone Else" in case.persons'));
    // A request that names nobody has no such section, and the numbers do not skip.
    const none = md('PER-2026-5-witness', text.replace('    persons: [Example Witness]\n', ''));
    assert.doesNotMatch(none, /Persons concerned/);
    assert.match(none, /## 6\. Assistance requested/);
  });
  it('a witness request lists its questions; annexes close the document and the covering letter encloses them', () => {
    const witness = md('PER-2026-5-witness');
    assert.match(witness, /asked the following questions:\n\n- Do you hold the account KH-0000-1111\?\n- Who paid money into it/);
    const bank = md('PER-2026-5-bank-records');
    assert.match(bank, /## Annexes\n\n- Order of the Chief Judicial Magistrate, Bengaluru, of 20 November 2026\n- Statements of the three victims\n/);
    assert.ok(bank.indexOf('## Annexes') > bank.indexOf('## Signature'));
    assert.match(md('PER-2026-5-bank-records-covering'), /## Enclosures\n\n- Letter of request .*\(reference CCPS\/BLR\/MLA\/2026\/41\)\n- Order of the Chief Judicial Magistrate/);
  });
  it('the issuing authority\'s own reference is the document\'s reference instead of <case>-<id>', () => {
    const d = docs().find((x) => x.name === 'PER-2026-5-bank-records')!;
    assert.equal(d.reference, 'CCPS/BLR/MLA/2026/41');
    assert.equal(docs().find((x) => x.name === 'PER-2026-5-witness')!.reference, 'PER-2026-5-witness');
  });
});
