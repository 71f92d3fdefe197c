// `which-channel agenda`: the selection at the --days boundary, the register's CSV (columns and
// quoting), the calendar parsed back by ical.js (events, alarms, UIDs stable across runs), the
// exit codes. Runs the built CLI as a user does.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { DueItem } from '../../../src/register';
import { renderIcs } from '../../../src/register/ics';
import { csvField, REGISTER_COLUMNS } from '../../../src/register/render';
import { caseFile, runBin } from '../harness';

const produce = (id: string, extra: string) => `  - id: ${id}\n    channel: lers\n    action: produce\n    holder: { name: Example Host, type: platform, country: US }\n    data: [subscriber]\n${extra}`;

describe('agenda CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wc-agenda-'));
    mkdirSync(join(dir, 'unit'));
    // Today 2026-03-01: a needed_by on 2026-03-31 (today + 30) and one on 2026-04-01 (+31).
    writeFileSync(join(dir, 'unit', 'a.case.yaml'), caseFile(produce('p30', '    needed_by: 2026-03-31\n') + produce('p31', '    needed_by: 2026-04-01\n')));
    writeFileSync(join(dir, 'unit', 'b.case.yaml'), caseFile(produce('q', '    sent: 2026-02-01\n    reference: "OUT-1, 2026"\n    their_reference: \'LE "12"\'\n')).replace('T-1', 'T-2').replace('name: Example Host', 'name: "=cmd, Inc."'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const json = (days: string) => JSON.parse(runBin(['agenda', 'unit', '--today', '2026-03-01', '--days', days, '--format', 'json'], dir).out).due.map((d: { requestId: string; kind: string; date: string }) => `${d.requestId} ${d.kind} ${d.date}`);

  it('selects up to today + --days inclusive, in date order', () => {
    assert.deepEqual(json('14'), []);
    assert.deepEqual(json('15'), ['q answer-overdue 2026-03-16']);
    assert.deepEqual(json('30'), ['q answer-overdue 2026-03-16', 'p30 needed-by 2026-03-31']);
    assert.deepEqual(json('31'), ['q answer-overdue 2026-03-16', 'p30 needed-by 2026-03-31', 'p31 needed-by 2026-04-01']);
  });

  it('csv: the register, a row per request of every case, quoted by RFC 4180', () => {
    const r = runBin(['agenda', 'unit', '--today', '2026-03-01', '--format', 'csv'], dir);
    assert.equal(r.code, 0);
    const lines = r.out.split('\r\n');
    assert.equal(lines[0], REGISTER_COLUMNS.join(','));
    assert.equal(lines.length, 5); // header, three requests, the final line end
    assert.equal(lines[3], `T-2,q,lers,produce,"'=cmd, Inc.",US,"OUT-1, 2026","LE ""12""",2026-02-01,,,sent,2026-03-16`);
  });
  const fields: [string | undefined, string][] = [[undefined, ''], ['plain', 'plain'], ['a,b', '"a,b"'], ['say "x"', '"say ""x"""'], ['two\nlines', '"two\nlines"'], ['=1+1', "'=1+1"], ['-2', "'-2"], ['@x', "'@x"]];
  for (const [v, want] of fields) it(`csv field ${JSON.stringify(v)}`, () => assert.equal(csvField(v), want));

  it('ics: an event and an alarm per due date, parsed back; the UID is stable across runs and dates', () => {
    const events = (today: string) => {
      const r = runBin(['agenda', 'unit', '--today', today, '--days', '60', '--format', 'ics'], dir);
      assert.equal(r.code, 0, r.err);
      const cal = new ICAL.Component(ICAL.parse(r.out));
      return cal.getAllSubcomponents('vevent').map((v) => ({ uid: String(v.getFirstPropertyValue('uid')), start: String(v.getFirstPropertyValue('dtstart')), alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))) }));
    };
    const first = events('2026-03-01');
    assert.deepEqual(first.map((e) => e.start), ['2026-03-16', '2026-03-31', '2026-04-01']);
    assert.ok(first.every((e) => e.alarms.length === 1 && e.alarms[0] === '-PT72H'));
    assert.equal(new Set(first.map((e) => e.uid)).size, 3);
    assert.deepEqual(events('2026-03-02').map((e) => e.uid), first.map((e) => e.uid));
  });

  it('ics: the calendar as RFC 5545 has it: CRLF, lines folded at 75 octets, all-day dates, text escaped, DTSTAMP the time written', () => {
    const item = { caseId: 'CYB-2026-0147', requestId: 'preserve-instagram', index: 0, kind: 'preservation-expiring', date: '2026-12-31', todo: 'Send the extension before the hold ends; the provider keeps the data 90 days, then deletes it (São Paulo, Zürich, Kraków, Łódź, 東京)', status: 'sent', channel: 'lers', holder: 'Meta Platforms, Inc.', file: 'cases/a.case.yaml' } as unknown as DueItem;
    const text = renderIcs([item], new Date(Date.UTC(2026, 11, 3, 9, 30, 0)));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    for (const want of ['PRODID:which-channel', 'X-WR-CALNAME:which-channel agenda', 'DTSTAMP:20261203T093000Z', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101', 'TRIGGER:-PT72H', 'Holder: Meta Platforms\\, Inc.', 'UID:CYB-2026-0147.preserve-instagram.preservation-expiring@which-channel']) assert.ok(unfolded.includes(want), want);
    const ev = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    assert.equal(ev.getFirstPropertyValue('description'), 'Send the extension before the hold ends; the provider keeps the data 90 days, then deletes it (São Paulo, Zürich, Kraków, Łódź, 東京)\nStatus: sent. Channel: lers. Holder: Meta Platforms, Inc.\nCase file: cases/a.case.yaml');
  });

  it('exit codes like lint: 0, 1 on a file with schema problems, 2 on usage and I/O errors', () => {
    assert.equal(runBin(['agenda', 'unit', '--today', '2026-03-01'], dir).code, 0);
    assert.equal(runBin(['agenda', '--help'], dir).code, 0);
    assert.match(runBin(['agenda', '--help'], dir).out, /--days/);
    assert.equal(runBin(['agenda', 'unit', '--days', 'x'], dir).code, 2);
    assert.equal(runBin(['agenda', 'unit', '--format', 'pdf'], dir).code, 2);
    assert.equal(runBin(['agenda', 'missing'], dir).code, 2);
    writeFileSync(join(dir, 'bad.case.yaml'), caseFile(produce('z', '    sent: 2026-02-01\n    answered: 2026-01-01\n')));
    const r = runBin(['agenda', 'bad.case.yaml', '--today', '2026-03-01'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.case\.yaml: 1 syntax or schema problem/);
  });
});
