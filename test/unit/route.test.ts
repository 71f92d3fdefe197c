// The best route: every branch of the decision matrix, and its date boundaries.
import { strict as assert } from 'node:assert';
import { bestRoute, RouteQuery } from '../../src/core/route';
import { mergeKnowledge, SHIPPED } from '../../src/knowledge';
import { decidedKnowledge, PLAIN_FACTS } from './harness';

const platformUS = { name: 'M', type: 'platform', country: 'US' };
const route = (q: Partial<RouteQuery>, k = SHIPPED) => bestRoute(k, { date: '2026-11-25', ...q });

describe('best route', () => {
  it('1. preserve platform-held data: lers (exchanges too)', () => {
    assert.equal(route({ action: 'preserve', holder: platformUS, data: ['content'] }).channel, 'lers');
    assert.equal(route({ action: 'preserve', holder: { type: 'exchange', country: 'SC' }, data: ['traffic'] }).channel, 'lers');
  });
  it('2. preserve other data: EU preservation order when branch 5 holds, else none with advice', () => {
    const q = { action: 'preserve', holder: { type: 'telecom', country: 'NL', eu_services: true }, requestingState: 'FR', data: ['traffic'] };
    assert.equal(route(q).channel, 'eu_preservation_order');
    const none = route({ ...q, requestingState: 'IN' });
    assert.equal(none.channel, undefined);
    assert.match(none.reason, /24\/7/);
    assert.equal(route({ ...q, holder: { type: 'bank', country: 'NL', eu_services: true } }).channel, undefined);
  });
  it('3. produce non-content of platform-held data: lers; content is not', () => {
    assert.equal(route({ action: 'produce', holder: platformUS, data: ['subscriber', 'ip_logs', 'traffic'], requestingState: 'IN' }).channel, 'lers');
    assert.equal(route({ action: 'produce', holder: platformUS, data: ['subscriber', 'content'], requestingState: 'IN' }).channel, 'mlat');
  });
  it('4. produce from a US provider with a CLOUD Act agreement in force: 2022-10-02 vs 2022-10-03 for GB', () => {
    const q = { action: 'produce', holder: platformUS, data: ['content'], requestingState: 'GB' };
    assert.equal(route({ ...q, date: '2022-10-02' }).channel, 'mlat');
    assert.equal(route({ ...q, date: '2022-10-03' }).channel, 'cloud_act');
    assert.equal(route({ ...q, holder: { type: 'telecom', country: 'US' }, date: '2023-01-01' }).channel, 'cloud_act');
    assert.notEqual(route({ ...q, holder: { type: 'bank', country: 'US' }, data: ['bank_records'] }).channel, 'cloud_act');
  });
  it('5. produce from an EU-serving provider by a bound state: 2026-08-17 vs 2026-08-18', () => {
    const q = { action: 'produce', holder: { type: 'platform', country: 'IE', eu_services: true }, data: ['content'], requestingState: 'FR' };
    assert.equal(route({ ...q, date: '2026-08-17' }).channel, 'mlat');
    assert.equal(route({ ...q, date: '2026-08-18' }).channel, 'eu_production_order');
    assert.equal(route({ ...q, requestingState: 'DK' }).channel, 'mlat', 'Denmark opted out');
    assert.equal(route({ ...q, holder: { ...q.holder, country: 'FR' } }).channel, 'mlat', 'not its own state');
    assert.equal(route({ ...q, holder: { ...q.holder, eu_services: undefined } }).channel, 'mlat', 'unknown is silent');
    assert.ok(route({ ...q, holder: { ...q.holder, eu_services: undefined } }).skipped.some((s) => /eu_services/.test(s)));
  });
  it('CLOUD Act comes before the EU order for a US provider with EU services', () => {
    assert.equal(route({ action: 'produce', holder: { ...platformUS, eu_services: true }, data: ['content'], requestingState: 'FR' }).channel, 'eu_production_order');
    const k = mergeKnowledge(SHIPPED, { cloud_act_agreements: [{ state: 'FR', in_force: '2026-01-01', source: 'test', as_of: '2026-11-01' }] });
    assert.equal(route({ action: 'produce', holder: { ...platformUS, eu_services: true }, data: ['content'], requestingState: 'FR' }, k).channel, 'cloud_act');
  });
  it('6. otherwise MLAT, or a letter rogatory where the knowledge says no MLAT is in force', () => {
    assert.equal(route({ action: 'testimony', requestingState: 'IN', requestedState: 'US' }).channel, 'mlat');
    assert.equal(route({ action: 'produce', holder: { type: 'bank', country: 'US' }, data: ['bank_records'], requestingState: 'IN', requestedState: 'US' }).channel, 'mlat');
    const k = decidedKnowledge(SHIPPED, ['IN', 'KH']);
    assert.equal(route({ action: 'testimony', requestingState: 'IN', requestedState: 'KH', facts: PLAIN_FACTS }, k).channel, 'letter_rogatory');
    assert.equal(route({ action: 'testimony', requestingState: 'IN', requestedState: 'KH' }, k).channel, 'mlat', 'the UN conventions bind both: conditional, so MLAT');
    assert.equal(route({ action: 'testimony', requestingState: 'IN', requestedState: 'US', date: '2005-10-02', facts: PLAIN_FACTS }, k).channel, 'letter_rogatory', 'treaty not yet in force');
  });
  it('a person: interpol with the matching notice', () => {
    assert.deepEqual([route({ action: 'arrest' }).channel, route({ action: 'arrest' }).notice], ['interpol', 'red']);
    assert.equal(route({ action: 'locate' }).notice, 'blue');
    assert.equal(route({ action: 'identify' }).notice, 'blue');
    assert.equal(route({ action: 'warn' }).notice, 'green');
    assert.equal(route({ action: 'find_missing' }).notice, 'yellow');
  });
});
