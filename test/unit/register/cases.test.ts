// The Cases view's model: a register per case file, re-read only when its text changes, the
// items due soon across cases in date order, a broken file shown with its problems, and every
// status and due date moving with the date (src/register/cases.ts).
import { strict as assert } from 'node:assert';
import { SHIPPED } from '../../../src/knowledge';
import { CasesModel } from '../../../src/register/cases';

// A produce request through the portal answers within 42 days (sent 2026-03-01: overdue from 2026-04-13).
const text = (id: string, title: string, sent = '2026-03-01') => `version: 1\ncase:\n  id: ${id}\n  title: ${title}\n  requesting_state: AU\n  urgency: routine\nrequests:\n  - id: p\n    channel: lers\n    action: produce\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n    sent: ${sent}\n    needed_by: 2026-04-20\n`;

describe('register: the Cases view model', () => {
  it('one entry per file, by case id, with its requests and their status', () => {
    const m = new CasesModel(SHIPPED, '2026-04-14');
    m.set('b.case.yaml', text('B-2', 'Second'), '1');
    m.set('a.case.yaml', text('A-1', 'First'), '1');
    assert.deepEqual(m.cases().map((c) => [c.caseId, c.title, c.rows.map((r) => `${r.requestId} ${r.status}`).join()]), [['A-1', 'First', 'p overdue'], ['B-2', 'Second', 'p overdue']]);
  });

  it('due soon across cases: in date order, within the window, overdue answers kept', () => {
    const m = new CasesModel(SHIPPED, '2026-04-14');
    m.set('a.case.yaml', text('A-1', 'First'), '1');
    m.set('b.case.yaml', text('B-2', 'Second', '2026-03-05'), '1');
    // A-1 overdue since 04-13 (kept: still to chase); B-2 becomes overdue on 04-17; both needed by 04-20.
    assert.deepEqual(m.dueSoon(7).map((d) => `${d.date} ${d.caseId} ${d.kind}`), ['2026-04-13 A-1 answer-overdue', '2026-04-17 B-2 answer-overdue', '2026-04-20 A-1 needed-by', '2026-04-20 B-2 needed-by']);
    assert.deepEqual(m.dueSoon(3).map((d) => `${d.date} ${d.caseId}`), ['2026-04-13 A-1', '2026-04-17 B-2']);
  });

  it('the same stamp is not read again; a new one is; a deleted file leaves the view', () => {
    const m = new CasesModel(SHIPPED, '2026-04-14');
    assert.equal(m.set('a.case.yaml', text('A-1', 'First'), '1'), true);
    assert.equal(m.set('a.case.yaml', text('A-9', 'Changed but same stamp'), '1'), false);
    assert.equal(m.cases()[0].caseId, 'A-1');
    assert.equal(m.set('a.case.yaml', text('A-9', 'Changed'), '2'), true);
    assert.equal(m.cases()[0].caseId, 'A-9');
    assert.equal(m.delete('a.case.yaml'), true);
    assert.deepEqual(m.cases(), []);
  });

  it('a broken file is listed with its problems, and nothing throws', () => {
    const m = new CasesModel(SHIPPED, '2026-04-14');
    m.set('bad.case.yaml', 'version: 1\ncase: [unclosed\nrequests:\n  - id: x\n', '1');
    m.set('empty.case.yaml', '', '1');
    const bad = m.cases().find((c) => c.file === 'bad.case.yaml')!;
    assert.ok(bad.problems > 0);
    assert.equal(m.cases().length, 2);
  });

  it('a new date re-reads every kept text: a sent request becomes overdue the day after its latest answer', () => {
    const m = new CasesModel(SHIPPED, '2026-04-12');
    m.set('a.case.yaml', text('A-1', 'First'), '1');
    assert.equal(m.cases()[0].rows[0].status, 'sent');
    m.reset(SHIPPED, '2026-04-13');
    assert.equal(m.cases()[0].rows[0].status, 'overdue');
    assert.equal(m.date, '2026-04-13');
  });
});
