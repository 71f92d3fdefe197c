// The register: a request's status from its lifecycle keys and today, and the due dates of a
// case (hold ends, needed_by, answers becoming overdue) with the agenda's selection and order.
// Channel speeds are the shipped knowledge's: lers preserve answers within 7 days, produce within
// 42; a preservation through lers holds 90 days (a holder the registry does not know).
import { strict as assert } from 'node:assert';
import { SHIPPED } from '../../../src/knowledge';
import { agenda, registerOfText } from '../../../src/register';
import { caseFile } from '../harness';

const produce = (extra = '', id = 'p') => `  - id: ${id}\n    channel: lers\n    action: produce\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n${extra}`;
const preserve = (extra = '', id = 'k') => `  - id: ${id}\n    channel: lers\n    action: preserve\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n${extra}`;
const statusOf = (extra: string, today: string) => registerOfText(caseFile(produce(extra)), SHIPPED, today).rows[0].status;

describe('register: status', () => {
  const table: [string, string, string, string][] = [
    ['no sent', '', '2026-03-01', 'draft'],
    ['sent after today (planned)', '    sent: 2026-03-02\n', '2026-03-01', 'draft'],
    ['sent today', '    sent: 2026-03-01\n', '2026-03-01', 'sent'],
    ['acknowledged', '    sent: 2026-03-01\n    acknowledged: 2026-03-03\n', '2026-03-10', 'acknowledged'],
    ['acknowledged later than today: not yet', '    sent: 2026-03-01\n    acknowledged: 2026-03-12\n', '2026-03-10', 'sent'],
    ['on the latest typical answer (sent + 42): not overdue', '    sent: 2026-03-01\n', '2026-04-12', 'sent'],
    ['the day after: overdue', '    sent: 2026-03-01\n', '2026-04-13', 'overdue'],
    ['acknowledged and past the latest answer: overdue', '    sent: 2026-03-01\n    acknowledged: 2026-03-02\n', '2026-04-13', 'overdue'],
    ['answered', '    sent: 2026-03-01\n    answered: 2026-05-01\n', '2026-06-01', 'answered'],
    ['partly answered', '    sent: 2026-03-01\n    answered: 2026-05-01\n    partial: true\n', '2026-06-01', 'partly answered'],
    ['refused', '    sent: 2026-03-01\n    refused: { on: 2026-03-20, reason: no probable cause }\n', '2026-06-01', 'refused'],
    ['withdrawn wins over answered', '    sent: 2026-03-01\n    answered: 2026-03-05\n    withdrawn: 2026-03-04\n', '2026-06-01', 'withdrawn'],
    ['an answer dated before sent is refused by the schema: not answered', '    sent: 2026-03-01\n    answered: 2026-02-01\n', '2026-03-02', 'sent'],
  ];
  for (const [name, extra, today, want] of table) it(`${name}: ${want}`, () => assert.equal(statusOf(extra, today), want));

  it('the row carries the references and the next date', () => {
    const row = registerOfText(caseFile(produce('    sent: 2026-03-01\n    reference: OUT-7\n    their_reference: LE-99\n')), SHIPPED, '2026-03-10', 'a.case.yaml').rows[0];
    assert.deepEqual([row.file, row.caseId, row.requestId, row.reference, row.theirReference, row.next], ['a.case.yaml', 'T-1', 'p', 'OUT-7', 'LE-99', '2026-04-13']);
  });
});

describe('register: due dates and the agenda', () => {
  const kinds = (text: string, today: string) => registerOfText(text, SHIPPED, today).due.map((d) => `${d.kind} ${d.requestId} ${d.date}`);

  it('a preservation sent, with its production waiting: the hold ends 90 days on, the production is overdue the day after sent + 42', () => {
    const text = caseFile(preserve('    sent: 2026-03-01\n') + produce('    after: k\n    sent: 2026-03-05\n    needed_by: 2026-05-01\n'));
    assert.deepEqual(kinds(text, '2026-03-10'), ['answer-overdue k 2026-03-09', 'answer-overdue p 2026-04-17', 'needed-by p 2026-05-01', 'hold-ends k 2026-05-30']);
  });
  it('each extension moves the hold end; no hold item once the production is answered', () => {
    const ext = caseFile(preserve('    sent: 2026-03-01\n    answered: 2026-03-02\n    extended: [2026-05-20]\n') + produce('    after: k\n    sent: 2026-03-05\n'));
    assert.ok(kinds(ext, '2026-05-21').includes('hold-ends k 2026-08-28'));
    const done = caseFile(preserve('    sent: 2026-03-01\n    answered: 2026-03-02\n') + produce('    after: k\n    sent: 2026-03-05\n    answered: 2026-04-01\n'));
    assert.deepEqual(kinds(done, '2026-04-02'), []);
  });
  it('a withdrawn preservation, a draft: nothing due', () => {
    assert.deepEqual(kinds(caseFile(preserve('    sent: 2026-03-01\n    withdrawn: 2026-03-03\n')), '2026-03-10'), []);
    assert.deepEqual(kinds(caseFile(preserve('')), '2026-03-10'), []);
  });

  it('selects from today to today + days inclusive, keeps answers already overdue, orders by date then case', () => {
    const a = registerOfText(caseFile(produce('    sent: 2026-03-01\n    needed_by: 2026-04-01\n')), SHIPPED, '2026-03-02', 'a');
    const b = registerOfText(caseFile(produce('    sent: 2026-01-01\n', 'q')).replace('T-1', 'T-0'), SHIPPED, '2026-03-02', 'b');
    const at = (days: number) => agenda([a, b], '2026-03-02', days).map((d) => `${d.caseId}/${d.requestId} ${d.kind} ${d.date}`);
    // T-0/q was overdue on 2026-02-13 (sent + 42 + 1): shown whatever the window.
    assert.deepEqual(at(29), ['T-0/q answer-overdue 2026-02-13']);
    assert.deepEqual(at(30), ['T-0/q answer-overdue 2026-02-13', 'T-1/p needed-by 2026-04-01']);
    assert.deepEqual(at(42), ['T-0/q answer-overdue 2026-02-13', 'T-1/p needed-by 2026-04-01', 'T-1/p answer-overdue 2026-04-13']);
  });
  it('a past hold end or needed_by is not on the agenda', () => {
    const r = registerOfText(caseFile(produce('    sent: 2026-03-01\n    needed_by: 2026-03-05\n')), SHIPPED, '2026-03-06');
    assert.deepEqual(agenda([r], '2026-03-06', 30), []);
  });
});
