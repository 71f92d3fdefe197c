// Recommend asks about an organised criminal group or corruption only where the MLA basis turns
// on it, and writes the answer into the case.
import { strict as assert } from 'node:assert';
import { factQuestion, recommend } from '../../src/core/recommend';
import { SHIPPED } from '../../src/knowledge';
import { writeCaseFacts } from '../../src/lint/recommend-draft';

const bankIn = (country: string) => ({ action: 'produce' as const, data: ['bank_records'], holder: { name: 'B', type: 'bank' as const, country }, date: '2026-12-03' });

describe('Recommend: the fact question', () => {
  it('a pair bound only by the UN conventions, no facts stated: asks about an organised criminal group', () => {
    const q = factQuestion(SHIPPED, recommend(SHIPPED, { ...bankIn('DE'), requestingState: 'ZA' }).route);
    assert.deepEqual([q?.key, q?.instrument], ['case.organised_crime', 'the UN Convention against Transnational Organized Crime']);
  });
  it('the answer given: no question, and the route rests on the convention', () => {
    const r = recommend(SHIPPED, { ...bankIn('DE'), requestingState: 'ZA', facts: { organised_crime: true, offences: [{ max_penalty_years: 10 }] } });
    assert.equal(factQuestion(SHIPPED, r.route), undefined);
    assert.ok(r.route.basis?.status === 'in_force' && r.route.basis.instrument.id === 'untoc');
  });
  it('laundering with no organised criminal group: asks whether it is corruption', () => {
    const q = factQuestion(SHIPPED, recommend(SHIPPED, { ...bankIn('MY'), requestingState: 'KE', facts: { organised_crime: false, offences: [{ category: 'money_laundering', max_penalty_years: 10 }] } }).route);
    assert.equal(q?.key, 'offences[].category');
  });
  it('a bilateral treaty in force: no question', () => {
    assert.equal(factQuestion(SHIPPED, recommend(SHIPPED, { ...bankIn('US'), requestingState: 'IN' }).route), undefined);
  });
  it('writes case.organised_crime after requesting_state, and a corruption offence only where none is listed', () => {
    const text = 'version: 1\ncase:\n  id: X\n  requesting_state: ZA\nrequests: []\n';
    assert.equal(writeCaseFacts(text, { organised_crime: true }), 'version: 1\ncase:\n  id: X\n  requesting_state: ZA\n  organised_crime: true\nrequests: []\n');
    assert.match(writeCaseFacts(text, { corruption: true }), /offences: \[\{ name: corruption, category: corruption \}\]/);
    const listed = 'version: 1\ncase:\n  id: X\n  requesting_state: ZA\n  offences: [fraud]\nrequests: []\n';
    assert.equal(writeCaseFacts(listed, { corruption: true }), listed);
  });
});
