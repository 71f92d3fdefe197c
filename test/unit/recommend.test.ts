import { strict as assert } from 'node:assert';
import { appendRequestEdits, applyEdits } from '../../src/core/edits';
import { lint } from '../../src/lint/engine';
import { parseText } from '../../src/core/parse';
import { recommend } from '../../src/core/recommend';
import { draftInto } from '../../src/lint/recommend-draft';
import { SHIPPED } from '../../src/knowledge';
import { TODAY } from './harness';

describe('recommend a channel', () => {
  it('drafts a CLOUD Act request for GB content from a US platform', () => {
    const r = recommend(SHIPPED, { action: 'produce', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'GB', date: TODAY });
    assert.equal(r.route.channel, 'cloud_act');
    assert.equal(r.request!.channel, 'cloud_act');
    assert.equal(r.request!.id, 'produce-google-llc');
  });
  it('drafts an MLAT with the central authority, and a fresh id', () => {
    const r = recommend(SHIPPED, { action: 'testimony', person: { name: 'W' }, requestingState: 'IN', requestedState: 'US', date: TODAY, takenIds: ['testimony-w'] });
    assert.equal(r.request!.channel, 'mlat');
    assert.match(String(r.request!.addressee), /Office of International Affairs/);
    assert.equal(r.request!.id, 'testimony-w-2');
  });
  it('a person: INTERPOL with the notice', () => {
    const r = recommend(SHIPPED, { action: 'arrest', person: { name: 'P' }, requestingState: 'IN', date: TODAY });
    assert.deepEqual([r.request!.channel, r.request!.notice], ['interpol', 'red']);
  });
  it('no route: no request, and the reason says what to do', () => {
    const r = recommend(SHIPPED, { action: 'preserve', data: ['bank_records'], holder: { name: 'B', type: 'bank', country: 'US' }, requestingState: 'IN', date: TODAY });
    assert.equal(r.request, undefined);
    assert.match(r.route.reason, /24\/7/);
  });
  for (const [name, text] of [
    ['into an existing list', 'version: 1\ncase: { id: X, requesting_state: GB }\nrequests:\n  - id: a\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n'],
    ['into an empty list', 'version: 1\ncase: { id: X, requesting_state: GB }\nrequests: []\n'],
    ['creating requests:', 'version: 1\ncase: { id: X, requesting_state: GB }\n'],
  ]) {
    it(`inserts the draft ${name}, and the file passes the schema`, () => {
      const r = recommend(SHIPPED, { action: 'preserve', data: ['content'], holder: { name: 'Google LLC', type: 'platform', country: 'US' }, requestingState: 'GB', date: TODAY });
      const out = applyEdits(text, appendRequestEdits(parseText(text), r.request!));
      assert.ok(out.startsWith(text.split('requests')[0]));
      const found = lint(out, { today: TODAY });
      assert.deepEqual(found.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => f.message), []);
      assert.match(out, /- id: preserve-google-llc\n {4}channel: lers/);
    });
  }

  describe('subscriber data and content: one request per route (issue 22, item 5)', () => {
    const META = { name: 'Meta Platforms, Inc.', type: 'platform' as const, country: 'US', eu_services: true };
    const header = 'version: 1\ncase:\n  id: X\n  title: t\n  requesting_state: IN\n  requesting_authority: a\n  offences: [x]\n  urgency: routine\nrequests: []\n';
    it('subscriber through the portal, content by MLAT (IN has no CLOUD Act agreement)', () => {
      const r = recommend(SHIPPED, { action: 'produce', data: ['subscriber', 'content'], holder: META, requestingState: 'IN', date: TODAY });
      assert.deepEqual(r.parts!.map((p) => [p.request.id, p.request.channel, p.request.data]), [['subscriber-meta-platforms-inc', 'lers', ['subscriber']], ['content-meta-platforms-inc', 'mlat', ['content']]]);
    });
    it('content by CLOUD Act where an agreement is in force (GB): still two routes', () => {
      const r = recommend(SHIPPED, { action: 'produce', data: ['subscriber', 'ip_logs', 'content'], holder: META, requestingState: 'GB', date: TODAY });
      assert.deepEqual(r.parts!.map((p) => p.route.channel), ['lers', 'cloud_act']);
      assert.equal(r.parts![0].request.id, 'records-meta-platforms-inc');
    });
    it('one route for all the data: one request', () => {
      const r = recommend(SHIPPED, { action: 'produce', data: ['subscriber', 'ip_logs'], holder: META, requestingState: 'IN', date: TODAY });
      assert.equal(r.parts, undefined);
      assert.equal(r.request!.channel, 'lers');
    });
    it('drafted: the preservation of all the data first, both parts after it, no preserve-first warning', () => {
      const d = draftInto(header, SHIPPED, { action: 'produce', data: ['subscriber', 'content'], holder: META, requestingState: 'IN', date: TODAY }, { today: TODAY });
      assert.deepEqual(d.added, ['preserve-meta-platforms-inc', 'subscriber-meta-platforms-inc', 'content-meta-platforms-inc']);
      assert.match(d.output, /- id: preserve-meta-platforms-inc\n {4}channel: lers\n {4}action: preserve\n(?: {4}.*\n)*? {4}data: \[subscriber, content\]\n/);
      assert.equal(d.output.match(/after: preserve-meta-platforms-inc/g)!.length, 2);
      const found = lint(d.output, { today: TODAY });
      assert.deepEqual(found.filter((f) => f.severity !== 'info' && f.severity !== 'hint' || ['schema', 'yaml-syntax'].includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  });
});
