// The right law in each sentence (issue 20, forms.md section 4): a preservation cites 18 U.S.C.
// 2703(f) only where it binds (a US authority asking a US provider), names every request that
// follows it, a portal request says when its preservation was sent (never the file's id), a Red
// Notice weighs the highest penalty, no raw enum value reaches a document, a witness request is not
// worded for an account holder, and numbered sections never skip.
import { strict as assert } from 'node:assert';
import { draftCase, renderMarkdown } from '../../../src/draft';
import { caseFile, TODAY } from '../harness';

const md = (text: string, id?: string) => {
  const res = draftCase(text, { today: TODAY, requestIds: id ? [id] : undefined });
  assert.ok(res.ok, res.ok ? '' : res.error);
  return res.documents.map(renderMarkdown).join('\n');
};
const preserveGoogle = '  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [content]\n';

describe('drafts: the right law in each sentence', () => {
  it('2703(f) is cited for a US authority asking a US provider, and "under your preservation policy" for anyone else', () => {
    assert.match(md(caseFile(preserveGoogle, { state: 'US' })), /preserved for 90 days \(18 U\.S\.C\. 2703\(f\)\)/);
    const india = md(caseFile(preserveGoogle, { state: 'IN' }));
    assert.match(india, /preserved for 90 days \(under your preservation policy\)/);
    assert.ok(!india.includes('2703'), 'no US law in an Indian request');
    const irish = md(caseFile(preserveGoogle.replace('Google LLC', 'Google Ireland Limited').replace('country: US', 'country: IE'), { state: 'US' }));
    assert.ok(!irish.includes('2703'), 'no US law for an Irish entity');
  });

  it('a preservation names every request that follows it, by channel and data, never by the file id', () => {
    const text = caseFile(`${preserveGoogle}  - id: subscriber-g\n    channel: lers\n    action: produce\n    after: p\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [subscriber]\n  - id: content-g\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [content]\n`);
    const doc = md(text, 'p');
    assert.match(doc, /Requests for disclosure of the preserved data will follow:\n\n- Platform law-enforcement portal \(LERS\) for subscriber information, to be sent\n- Mutual Legal Assistance Treaty request for stored content, to be sent/);
    assert.ok(!/subscriber-g|content-g/.test(doc), 'no internal id');
  });

  it('a portal request says when its preservation was sent, not its id', () => {
    const text = caseFile(`${preserveGoogle.replace('    data: [content]\n', '    data: [subscriber]\n    sent: 2026-11-20\n')}  - id: s\n    channel: lers\n    action: produce\n    after: p\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [subscriber]\n`);
    const doc = md(text, 's');
    assert.match(doc, /These records were preserved at our request of 20 November 2026\./);
    assert.ok(!doc.includes('request p.'));
  });

  it('a Red Notice weighs the highest penalty of the offences, not the first', () => {
    const text = caseFile('  - id: red\n    channel: interpol\n    action: arrest\n    notice: red\n    person: { name: A Person, nationality: IN }\n', { caseExtra: '  offences:\n    - { name: cheating, provision: "BNS s. 318", max_penalty_years: 5 }\n    - { name: extortion, provision: "BNS s. 308", max_penalty_years: 10 }\n' });
    assert.match(md(text), /Maximum penalty here: 10 years/);
  });

  it('an action INTERPOL does not take is said in words, never as the raw value', () => {
    const text = caseFile('  - id: blue\n    channel: interpol\n    action: produce\n    notice: blue\n    person: { name: A Person, nationality: IN }\n');
    const doc = md(text);
    assert.match(doc, /None that INTERPOL can take: INTERPOL locates and identifies people and does not collect evidence/);
    assert.ok(!/^produce$/m.test(doc));
  });

  it('a witness request is not worded for an account holder', () => {
    const text = caseFile('  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: US\n    addressee: OIA\n    person: { name: A Witness }\n    confidential: { reason: the suspect must not learn of it }\n');
    const doc = md(text);
    assert.match(doc, /not be disclosed to anyone outside the proceedings/);
    assert.ok(!doc.includes('account holder'));
  });

  it('numbered sections never skip, whatever a document leaves out', () => {
    const text = caseFile('  - id: c\n    channel: cloud_act\n    action: produce\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [content]\n', { state: 'GB' });
    const numbers = [...md(text).matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]));
    assert.ok(numbers.length >= 3);
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
  });
});

describe('drafts: notices and portals say what they are (issue 20)', () => {
  const blue = (status: string) => `  - id: info\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: Example Person, nationality: IN${status} }\n`;
  it("a Blue Notice states the person's status in a sentence of its own, in words", () => {
    const doc = md(caseFile(blue(', status: witness')));
    assert.match(doc, /The person is a witness in the case; we ask for information on their identity, location and activities\./);
    assert.match(doc, /\*\*Status in the case:\*\* a witness/);
    assert.match(md(caseFile(blue(''))), /\[missing: the person's status in the case \(suspect, witness, victim\)\]/);
  });
  it('a portal request that lists content never says it asks for no content', () => {
    const portal = (data: string) => `  - id: d\n    channel: lers\n    action: produce\n    holder: { name: Google LLC, type: platform, country: US }\n    data: [${data}]\n`;
    assert.match(md(caseFile(portal('subscriber'))), /This request does not ask for the content of communications\./);
    const content = md(caseFile(portal('subscriber, content')));
    assert.ok(!content.includes('does not ask for the content'), content);
    assert.match(content, /Stored content: messages, photos and files/);
  });
});
