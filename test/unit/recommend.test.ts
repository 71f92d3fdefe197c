import { strict as assert } from 'node:assert';
import { appendRequestEdits, applyEdits } from '../../src/core/edits';
import { lint } from '../../src/lint/engine';
import { parseText } from '../../src/core/parse';
import { recommend } from '../../src/core/recommend';
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
});
