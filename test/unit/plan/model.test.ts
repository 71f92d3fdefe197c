// The plan model as a table: windows from the knowledge's earliest and latest days, deadline
// verdicts, preservation holds and their lapse dates, after: links, INTERPOL with no window.
import { strict as assert } from 'node:assert';
import { SHIPPED } from '../../../src/knowledge';
import { lint } from '../../../src/lint/engine';
import { planText } from '../../../src/plan';
import type { PlanRow } from '../../../src/plan/model';
import { lensText } from '../../../src/plan/lens';
import { caseFile, TODAY } from '../harness';

const plan = (requests: string, caseExtra = '') => {
  const res = planText(caseFile(requests, { caseExtra }), { today: TODAY, knowledge: SHIPPED });
  assert.ok(res.plan, `no plan: ${res.syntax.map((f) => f.message)}`);
  return res.plan!;
};
const META = 'holder: { name: "Meta Platforms, Inc.", type: platform, country: US }';

interface Row { name: string; request: string; caseExtra?: string; want: Partial<PlanRow> & { holdEnd?: string; lapsesBeforeAnswer?: boolean } }

const ROWS: Row[] = [
  { name: 'lers preserve: 1 to 7 days, a 90-day hold', request: `  - { id: p, channel: lers, action: preserve, ${META}, data: [content], sent: 2026-11-21 }\n`, want: { start: '2026-11-21', earliest: '2026-11-22', latest: '2026-11-28', holdEnd: '2027-02-19' } },
  { name: 'lers produce: 7 to 42 days', request: `  - { id: s, channel: lers, action: produce, ${META}, data: [subscriber], sent: 2026-11-21 }\n`, want: { earliest: '2026-11-28', latest: '2027-01-02', verdict: undefined } },
  { name: 'mlat produce: 6 to 24 months, too late for a deadline before the earliest answer', request: `  - { id: m, channel: mlat, action: produce, ${META}, data: [content], sent: 2026-11-24, needed_by: 2027-01-15 }\n`, want: { earliest: '2027-05-23', latest: '2028-11-23', verdict: 'too late', neededBy: '2027-01-15' } },
  { name: 'mlat: on time when the deadline is after the earliest answer', request: `  - { id: m, channel: mlat, action: produce, ${META}, data: [content], sent: 2026-11-24, needed_by: 2027-06-01 }\n`, want: { verdict: 'on time' } },
  { name: 'letter rogatory: "or more"', request: '  - { id: r, channel: letter_rogatory, action: testimony, requested_state: BR, person: { name: W } }\n', want: { start: TODAY, earliest: '2027-05-24', latest: '2028-11-24', openEnded: true } },
  { name: 'EU production order under threat to life: 1 day', caseExtra: '  urgency: threat_to_life\n', request: '  - { id: e, channel: eu_production_order, action: produce, holder: { name: X, type: platform, country: IE, eu_services: true }, data: [content], sent: 2026-09-01 }\n', want: { earliest: '2026-09-02', latest: '2026-09-02' } },
  { name: 'EU preservation order: a 60-day hold', request: '  - { id: e, channel: eu_preservation_order, action: preserve, holder: { name: Example Cloud, type: platform, country: IE, eu_services: true }, data: [content], sent: 2026-09-01 }\n', want: { earliest: '2026-09-02', holdEnd: '2026-10-31' } },
  { name: 'INTERPOL: no window, its speed in words, no verdict', request: '  - { id: i, channel: interpol, action: locate, notice: blue, person: { name: P }, sent: 2026-11-24, needed_by: 2026-12-01 }\n', want: { earliest: undefined, latest: undefined, verdict: undefined, speed: 'Variable' } },
  { name: 'no sent date: starts today', request: `  - { id: s, channel: lers, action: produce, ${META}, data: [subscriber] }\n`, want: { start: TODAY, sent: false } },
];

describe('plan model', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const r = plan(row.request, row.caseExtra).rows[0];
      const { holdEnd, lapsesBeforeAnswer, ...want } = row.want;
      for (const [k, v] of Object.entries(want)) assert.deepEqual(r[k as keyof PlanRow], v, `${k}: ${JSON.stringify(r)}`);
      if ('holdEnd' in row.want) assert.equal(r.hold?.end, holdEnd);
      if (lapsesBeforeAnswer !== undefined) assert.equal(r.hold?.lapsesBeforeAnswer, lapsesBeforeAnswer);
    });
  }

  it('after: links, and a hold that lapses before the answer it protects', () => {
    const p = plan([
      `  - { id: keep, channel: lers, action: preserve, ${META}, data: [content], sent: 2026-11-21 }`,
      `  - { id: subs, channel: lers, action: produce, after: keep, ${META}, data: [subscriber], sent: 2026-11-21 }`,
      `  - { id: content, channel: mlat, action: produce, after: keep, ${META}, data: [content], sent: 2026-11-24 }`,
      '  - { id: lost, channel: lers, action: produce, after: nobody, holder: { name: Other, type: platform, country: US }, data: [subscriber] }',
    ].join('\n') + '\n');
    assert.deepEqual(p.links, [{ from: 1, to: 0 }, { from: 2, to: 0 }]);
    assert.equal(p.rows[3].afterRow, undefined);
    assert.equal(p.rows[0].hold?.lapsesBeforeAnswer, true, 'the MLAT answers after the 90 days');
    assert.equal(p.from, '2026-11-01');
    assert.ok(p.to > '2028-11-24' && p.to.endsWith('-01'));
  });

  it('a hold that outlasts every answer it protects does not lapse before them', () => {
    const p = plan([
      `  - { id: keep, channel: lers, action: preserve, ${META}, data: [subscriber], sent: 2026-11-21 }`,
      `  - { id: subs, channel: lers, action: produce, after: keep, ${META}, data: [subscriber], sent: 2026-11-21 }`,
    ].join('\n') + '\n');
    assert.equal(p.rows[0].hold?.lapsesBeforeAnswer, false);
  });

  it('a value the schema refuses is left out (a bad channel: no window)', () => {
    const r = plan(`  - { id: x, channel: carrier-pigeon, action: produce, ${META}, data: [subscriber] }\n`).rows[0];
    assert.equal(r.channel, undefined);
    assert.equal(r.earliest, undefined);
  });

  it('a file that does not parse gives its syntax finding and no plan', () => {
    const res = planText('version: 1\ncase: [\n', { today: TODAY });
    assert.equal(res.plan, undefined);
    assert.ok(res.syntax.length > 0 && res.syntax.every((f) => f.ruleId === 'yaml-syntax'));
  });

  it('the CodeLens line: the window (months when long, days when short), the deadline verdict, the lapse', () => {
    const p = plan([
      `  - { id: keep, channel: lers, action: preserve, ${META}, data: [content], sent: 2026-11-21 }`,
      `  - { id: subs, channel: lers, action: produce, after: keep, ${META}, data: [subscriber], sent: 2026-11-21, needed_by: 2027-01-15 }`,
      `  - { id: content, channel: mlat, action: produce, after: keep, ${META}, data: [content], sent: 2026-11-24, needed_by: 2027-01-15 }`,
      '  - { id: find, channel: interpol, action: locate, notice: blue, person: { name: P } }',
      '  - { id: court, channel: letter_rogatory, action: testimony, requested_state: BR, person: { name: W }, sent: 2026-11-24 }',
    ].join('\n') + '\n');
    assert.deepEqual(p.rows.map(lensText), [
      'answer 2026-11-22 to 2026-11-28 · hold lapses 2027-02-19, before an answer it protects',
      'answer 2026-11-28 to 2027-01-02 · needed by 2027-01-15: on time',
      'answer 2027-05 to 2028-11 · needed by 2027-01-15: too late',
      'answer: variable',
      'answer 2027-05 to 2028-11 or later',
    ]);
  });
});

describe('plan model: "the same holder" as the preservation-lapse rule reads it', () => {
  it('a brand and its provider are one holder: the Instagram hold lapses before the Meta MLAT answer, and the rule agrees', () => {
    const requests = `  - { id: p, channel: lers, action: preserve, holder: { name: Instagram, type: platform, country: US }, data: [content], sent: 2026-11-21 }\n  - { id: m, channel: mlat, action: produce, ${META}, data: [content], sent: 2026-11-24 }\n`;
    assert.equal(plan(requests).rows[0].hold?.lapsesBeforeAnswer, true);
    assert.equal(lint(caseFile(requests), { today: TODAY }).filter((f) => f.ruleId === 'preservation-lapse').length, 1);
  });

  // The plan's "lapses before an answer" is the rule's finding: the rows that lapse are the requests it flags.
  const HOST = 'holder: { name: Example Hosting, type: other, country: CA }';
  const FR = 'holder: { name: Example Telecom, type: telecom, country: FR, eu_services: true }';
  const agree: { name: string; requests: string; lapsing: number[] }[] = [
    {
      name: 'on the 24/7 network the MLAT request (the latest answer) keeps the data; an earlier portal answer after the 60 days does not make it lapse',
      requests: `  - { id: p, channel: network_24_7, action: preserve, ${HOST}, data: [content], sent: 2026-01-01 }
`
        + `  - { id: m, channel: mlat, action: produce, after: p, ${HOST}, data: [content], sent: 2026-03-02 }
`
        + `  - { id: s, channel: lers, action: produce, ${HOST}, data: [subscriber], sent: 2026-03-01 }
`,
      lapsing: [],
    },
    {
      name: 'two preservations with one id: a production after: that id builds on both',
      requests: `  - { id: p, channel: lers, action: preserve, ${META}, data: [content], sent: 2026-01-01 }
`
        + `  - { id: p, channel: lers, action: preserve, ${FR}, data: [content], sent: 2026-01-01 }
`
        + `  - { id: m, channel: mlat, action: produce, after: p, ${META}, data: [content], sent: 2026-01-01 }
`,
      lapsing: [0, 1],
    },
  ];
  for (const c of agree) {
    it(c.name, () => {
      const lapsing = plan(c.requests).rows.filter((r) => r.hold?.lapsesBeforeAnswer).map((r) => r.index);
      const flagged = lint(caseFile(c.requests), { today: TODAY }).filter((f) => f.ruleId === 'preservation-lapse').map((f) => f.requestIndex);
      assert.deepEqual(flagged, c.lapsing, 'the rule');
      assert.deepEqual(lapsing, c.lapsing, 'the plan');
    });
  }
});
