import { strict as assert } from 'node:assert';
import { buildCaseView, RequestView } from '../../../src/core/case';
import { preservationHold, preservationLapses } from '../../../src/core/preservation';
import { lint } from '../../../src/lint/engine';
import { Knowledge, mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { caseFile, ruleTester, TODAY } from '../harness';

const preserve = (extra = '', holder = '{ name: "Meta Platforms, Inc.", type: platform, country: US }') => `  - id: p
    channel: lers
    action: preserve
    holder: ${holder}
    data: [content]
    sent: 2026-01-01
${extra}`;
const mlat = (sent = '2026-01-01') => `  - id: m
    channel: mlat
    action: produce
    after: p
    addressee: OIA
    holder: { name: "Meta Platforms, Inc.", type: platform, country: US }
    data: [content]
    sent: ${sent}
`;

ruleTester('preservation-lapse', {
  valid: [
    { name: 'the hold ends (2026-06-30, with one extension) on the day of the earliest answer', code: caseFile(`${preserve('    extended: [2026-03-25]\n')}${mlat()}`) },
    { name: 'a portal production answers within the hold', code: caseFile(`${preserve()}  - id: s\n    channel: lers\n    action: produce\n    after: p\n    holder: { name: Meta, type: platform, country: US }\n    data: [subscriber]\n    sent: 2026-01-01\n`) },
    { name: 'a planned extension counts for the plan as a sent one does', code: caseFile(`${preserve('    planned_extensions: [2026-03-25]\n')}${mlat()}`) },
    { name: 'a preservation with no date: unknown, silent', code: caseFile(`${preserve().replace('    sent: 2026-01-01\n', '')}${mlat()}`) },
    { name: 'Snap holds a non-US preservation for a year', code: caseFile(`${preserve('', '{ name: Snap Inc., type: platform, country: US }')}${mlat().replace('"Meta Platforms, Inc."', 'Snap Inc.')}`) },
  ],
  invalid: [
    {
      name: 'Meta holds 90 days; the MLAT answers after 180: plan the extension 7 days before the lapse (never as sent)',
      code: caseFile(`${preserve()}${mlat()}`),
      errors: [{ at: '2026-01-01', from: 'id: p' }],
      output: caseFile(`${preserve().replace('    sent: 2026-01-01\n', '    sent: 2026-01-01\n    planned_extensions: [2026-03-25]\n')}${mlat()}`),
    },
    {
      name: 'matched on the same holder (a brand): the planned extension goes beside the sent ones, not among them',
      code: caseFile(`${preserve('    extended:\n      - 2026-03-25\n')}${mlat('2026-03-01').replace('    after: p\n', '').replace('"Meta Platforms, Inc."', 'Instagram')}`),
      errors: [{ at: '2026-01-01', from: 'id: p' }],
      output: caseFile(`${preserve('    extended:\n      - 2026-03-25\n    planned_extensions: [2026-06-23]\n')}${mlat('2026-03-01').replace('    after: p\n', '').replace('"Meta Platforms, Inc."', 'Instagram')}`),
    },
    {
      name: 'a further planned extension is appended to a block list of planned ones',
      code: caseFile(`${preserve('    planned_extensions:\n      - 2026-03-25\n')}${mlat('2026-03-01')}`),
      errors: [{ at: '2026-01-01', from: 'id: p' }],
      output: caseFile(`${preserve('    planned_extensions:\n      - 2026-03-25\n      - 2026-06-23\n')}${mlat('2026-03-01')}`),
    },
    {
      name: 'Snap: its one extension used, the MLAT still later: no fix',
      code: caseFile(`${preserve('    extended: [2026-12-01]\n', '{ name: Snap Inc., type: platform, country: US }')}${mlat('2027-02-01').replace('"Meta Platforms, Inc."', 'Snap Inc.')}`),
      errors: [{ at: '2026-01-01', from: 'id: p' }],
      output: null,
    },
  ],
});

function view(k: Knowledge, yaml: string): RequestView {
  void k;
  const { parse } = require('yaml');
  return buildCaseView(parse(caseFile(yaml)), new Set(), TODAY).requests[0];
}

describe('preservationHold', () => {
  const hold = (yaml: string, k: Knowledge = SHIPPED) => preservationHold(k, view(k, yaml));
  const snap = '{ name: Snapchat, type: platform, country: US }';
  it('the provider period (Meta 90 days), counted from the date', () => {
    assert.deepEqual(hold(preserve()), { start: '2026-01-01', end: '2026-04-01', days: 90, extensionDays: 90, extensionsUsed: 0, extensionsPlanned: 0, maxExtensions: undefined, source: 'provider' });
  });
  it('a sent and a planned extension both count; the planned one is told apart', () => {
    const h = hold(preserve('    extended: [2026-03-25]\n    planned_extensions: [2026-06-23]\n'))!;
    assert.deepEqual([h.end, h.extensionsUsed, h.extensionsPlanned], ['2026-09-28', 2, 1]);
  });
  it('an extension dated on the last day counts; one dated the day after the lapse does not', () => {
    assert.equal(hold(preserve('    extended: [2026-04-01]\n'))!.end, '2026-06-30');
    assert.equal(hold(preserve('    extended: [2026-04-02]\n'))!.extensionsUsed, 0);
  });
  it('extensions up to max_extensions (Snap: 365 days plus one of 180)', () => {
    const h = hold(preserve('    extended: [2026-12-01, 2027-06-01]\n', snap))!;
    assert.equal(h.days, 365);
    assert.equal(h.extensionsUsed, 1);
    assert.equal(h.maxExtensions, 1);
    assert.equal(h.end, '2027-06-30');
  });
  it('defaults: 90 days on lers, 60 on network_24_7 and eu_preservation_order, none on eio', () => {
    const other = '{ name: Example Telecom, type: telecom, country: FR, eu_services: true }';
    assert.equal(hold(preserve('', other))!.source, 'default');
    assert.equal(hold(preserve('', other))!.end, '2026-04-01');
    assert.equal(hold(preserve('', other).replace('channel: lers', 'channel: eu_preservation_order'))!.end, '2026-03-02');
    assert.equal(hold(preserve('', other).replace('channel: lers', 'channel: network_24_7'))!.days, 60);
    assert.equal(hold(preserve('', other).replace('channel: lers', 'channel: eio')), undefined);
    // Regulation 2023/1543 Art. 11: an extension adds 30 days, not the 60 again.
    assert.equal(hold(preserve('    extended: [2026-02-20]\n', other).replace('channel: lers', 'channel: eu_preservation_order'))!.end, '2026-04-01');
  });
  it('undefined without a date, on a treaty channel, or for another action', () => {
    assert.equal(hold(preserve().replace('    sent: 2026-01-01\n', '')), undefined);
    assert.equal(hold(preserve().replace('channel: lers', 'channel: mlat')), undefined);
    assert.equal(hold(mlat()), undefined);
  });
  it('a provider period downgraded to secondary falls back to the default, and the rule follows', () => {
    const k = mergeKnowledge(SHIPPED, { providers: { snap: { preservation: { ...SHIPPED.providers!.snap.preservation!, confidence: 'secondary' } } } });
    assert.equal(hold(preserve('', snap), k)!.source, 'default');
    const code = caseFile(`${preserve('', snap)}${mlat().replace('"Meta Platforms, Inc."', 'Snap Inc.')}`);
    assert.equal(lint(code, { today: TODAY }).filter((f) => f.ruleId === 'preservation-lapse').length, 0);
    assert.equal(lint(code, { today: TODAY, knowledge: k }).filter((f) => f.ruleId === 'preservation-lapse').length, 1);
  });
  describe('the 24/7 network keeps the data once the request for assistance arrives (Art. 29(7))', () => {
    const host = '{ name: Example Hosting, type: other, country: CA }';
    const p247 = preserve('', host).replace('channel: lers', 'channel: network_24_7');
    const follow = (sent: string) => mlat(sent).replace('"Meta Platforms, Inc.", type: platform, country: US', 'Example Hosting, type: other, country: CA').replace('addressee: OIA', 'addressee: Department of Justice Canada, International Assistance Group');
    const lapses = (code: string, k?: Knowledge) => lint(caseFile(code), { today: TODAY, ...(k ? { knowledge: k } : {}) }).filter((f) => f.ruleId === 'preservation-lapse').length;
    it('an MLAT request sent on the last day of the 60-day hold: no lapse', () => {
      assert.equal(lapses(`${p247}${follow('2026-03-02')}`), 0);
    });
    it('sent the day after the hold ends: the data may be gone, the rule warns', () => {
      assert.equal(lapses(`${p247}${follow('2026-03-03')}`), 1);
    });
    it('not on a portal preservation (no such rule there), nor when the knowledge does not say so', () => {
      assert.equal(lapses(`${preserve('', host)}${follow('2026-01-02')}`), 1);
      const k = mergeKnowledge(SHIPPED, { channels: { network_24_7: { ...SHIPPED.channels.network_24_7!, hold_continues_pending_request: false } } });
      assert.equal(lapses(`${p247}${follow('2026-01-02')}`, k), 1);
    });
  });
});

describe('preservationLapses', () => {
  it('reads the requests once for all the preservations (no scan per preservation)', () => {
    const n = 200;
    const yaml = Array.from({ length: n }, (_, i) => `${preserve().replace('id: p', `id: p${i}`)}${mlat().replace('id: m', `id: m${i}`).replace('after: p', `after: p${i}`)}`).join('');
    const { parse } = require('yaml');
    const requests = buildCaseView(parse(caseFile(yaml)), new Set(), TODAY).requests;
    let reads = 0;
    const counted = new Proxy(requests, { get: (t, key, rec) => { if (typeof key === 'string' && /^\d+$/.test(key)) reads++; return Reflect.get(t, key, rec); } });
    const lapseOf = preservationLapses(SHIPPED, counted);
    const lapsing = requests.filter((r) => lapseOf(r)?.lapses).length;
    assert.equal(lapsing, n, 'each 90-day hold lapses before its MLAT');
    assert.ok(reads <= requests.length, `${reads} reads of ${requests.length} requests`);
  });
});
