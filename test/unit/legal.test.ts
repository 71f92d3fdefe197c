// The legal bases (legal-bases.md): the knowledge's new sections, the MLA-basis query, and the
// best route version 2 on every branch and boundary.
import { strict as assert } from 'node:assert';
import { bestRoute, RouteQuery } from '../../src/core/route';
import { budapestParty, eioBound, mergeKnowledge, mlaBasis, SHIPPED } from '../../src/knowledge';
import { decidedKnowledge, PLAIN_FACTS } from './harness';

const route = (q: Partial<RouteQuery>, k = SHIPPED) => bestRoute(k, { date: '2026-11-25', ...q });
const bank = (country: string) => ({ name: 'B', type: 'bank', country });
const hosting = (country: string) => ({ name: 'H', type: 'other', country });

describe('legal-bases knowledge', () => {
  it('every legal-bases fact carries a source and an as-of date', () => {
    const k = SHIPPED;
    const facts: { source?: string; as_of?: string }[] = [
      k.eio!, ...(k.eio!.formerly_bound ?? []), k.us_eu_agreement!, ...(k.points_24_7 ?? []), ...Object.values(k.facts ?? {}),
      ...Object.values(k.conventions ?? {}).flatMap((c) => [c, ...(c.parties ?? [])]),
      ...k.mlat_pairs, ...k.central_authorities, ...k.cloud_act_agreements,
    ];
    assert.ok(facts.length > 150);
    for (const f of facts) assert.ok(f.source && /^\d{4}-\d{2}-\d{2}$/.test(f.as_of ?? ''), JSON.stringify(f));
  });
  it('says whether each list is complete', () => {
    assert.equal(SHIPPED.eio!.complete, true);
    assert.equal(SHIPPED.conventions!.budapest.complete, false);
    assert.equal(SHIPPED.conventions!.eu_mla_2000.complete, false);
    assert.equal(SHIPPED.us_eu_agreement!.complete, true);
  });
  it('the EIO binds 25 states, from 2017-05-22; not Denmark or Ireland', () => {
    assert.equal(SHIPPED.eio!.bound!.length, 25);
    assert.equal(eioBound(SHIPPED, 'FR', '2017-05-21'), false);
    assert.equal(eioBound(SHIPPED, 'FR', '2017-05-22'), true);
    assert.equal(eioBound(SHIPPED, 'IE', '2026-01-01'), false);
    assert.equal(eioBound(SHIPPED, 'DK', '2026-01-01'), false);
    assert.equal(eioBound(SHIPPED, 'US', '2026-01-01'), false);
    assert.equal(eioBound(SHIPPED, 'GB', '2019-01-01'), undefined, 'unverified: never acted on');
    assert.equal(eioBound(SHIPPED, 'GB', '2021-01-01'), false);
    assert.equal(eioBound(SHIPPED, undefined, '2021-01-01'), undefined);
  });
  it('Budapest parties: true from the date, unknown where absent or unverified (the list is incomplete)', () => {
    assert.equal(budapestParty(SHIPPED, 'BR', '2023-03-01'), true);
    assert.equal(budapestParty(SHIPPED, 'BR', '2023-02-28'), undefined);
    assert.equal(budapestParty(SHIPPED, 'IN', '2026-01-01'), undefined, 'absent from an incomplete list');
    assert.equal(budapestParty(SHIPPED, 'NO', '2026-01-01'), undefined, 'in_force_by with verify: unknown');
    const complete = mergeKnowledge(SHIPPED, { conventions: { budapest: { ...SHIPPED.conventions!.budapest, complete: true } } });
    assert.equal(budapestParty(complete, 'IN', '2026-01-01'), false);
    assert.equal(budapestParty(complete, 'BR', '2023-02-28'), false);
    assert.equal(budapestParty(complete, 'NO', '2026-01-01'), undefined, 'still unverified');
  });
});

describe('mlaBasis', () => {
  it('a bilateral MLAT with its date', () => {
    const b = mlaBasis(SHIPPED, 'IN', 'US', '2026-01-01', { action: 'testimony' });
    assert.equal(b.status, 'in_force');
    assert.deepEqual(b.status === 'in_force' && [b.instrument.kind, b.instrument.since, b.instrument.sentence], ['bilateral', '2005-10-03', 'the MLAT between US and IN is in force since 2005-10-03']);
    assert.equal(mlaBasis(decidedKnowledge(SHIPPED), 'IN', 'US', '2005-10-02', { action: 'testimony', ...PLAIN_FACTS }).status, 'none', 'before its entry into force');
  });
  it('a treaty known to be in force by 2015: "by 2015"; earlier is unknown', () => {
    const b = mlaBasis(SHIPPED, 'US', 'JP', '2026-01-01', { action: 'testimony' });
    assert.ok(b.status === 'in_force' && b.instrument.since === 'by 2015', JSON.stringify(b));
    assert.equal(mlaBasis(SHIPPED, 'US', 'JP', '2009-01-01', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown');
    // With no offence facts, the 1988 Convention (both parties since the early 1990s) turns on the offence's category.
    const open = mlaBasis(SHIPPED, 'US', 'JP', '2009-01-01', { action: 'testimony' });
    assert.ok(open.status === 'conditional' && open.instrument.id === 'un_drugs_1988' && open.key === 'offences[].category', JSON.stringify(open));
  });
  it('the US-EU Agreement: its own pair (BG), and for a member state before a by-2015 date', () => {
    const bg = mlaBasis(SHIPPED, 'US', 'BG', '2026-01-01', { action: 'testimony' });
    assert.ok(bg.status === 'in_force' && bg.instrument.since === '2010-02-01' && /US-EU/.test(bg.instrument.sentence), JSON.stringify(bg));
    const fr = mlaBasis(SHIPPED, 'FR', 'US', '2012-01-01', { action: 'testimony' });
    assert.ok(fr.status === 'in_force' && fr.instrument.id === 'us_eu_agreement', JSON.stringify(fr));
    assert.notEqual(mlaBasis(SHIPPED, 'FR', 'US', '2010-01-31', { action: 'testimony' }).status, 'in_force');
  });
  it('the Budapest Convention: electronic data in scope, bank records and testimony out', () => {
    const b = mlaBasis(SHIPPED, 'DE', 'BR', '2026-01-01', { action: 'produce', data: ['subscriber', 'content'] });
    assert.ok(b.status === 'in_force' && b.instrument.kind === 'convention');
    assert.equal(b.status === 'in_force' && b.instrument.sentence, 'the Budapest Convention binds DE (since 2009-07-01) and BR (since 2023-03-01)');
    assert.equal(mlaBasis(SHIPPED, 'DE', 'BR', '2026-01-01', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS }).status, 'unknown');
    assert.equal(mlaBasis(SHIPPED, 'DE', 'BR', '2026-01-01', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown');
    assert.equal(mlaBasis(SHIPPED, 'DE', 'BR', '2023-02-28', { action: 'produce', data: ['content'], ...PLAIN_FACTS }).status, 'unknown', 'the day before BR became a party');
    assert.equal(mlaBasis(SHIPPED, 'DE', 'BR', '2023-03-01', { action: 'produce', data: ['content'] }).status, 'in_force', 'on the day');
  });
  it('the 1959 Council of Europe Convention (CETS 030): any request, between parties with a plain date only', () => {
    const b = mlaBasis(SHIPPED, 'BE', 'CH', '2026-01-01', { action: 'produce', data: ['bank_records'] });
    assert.ok(b.status === 'in_force' && b.instrument.id === 'cets_030', JSON.stringify(b));
    assert.equal(b.status === 'in_force' && b.instrument.sentence, 'the 1959 Council of Europe Mutual Assistance Convention (Art. 1) binds BE (since 1975-11-11) and CH (since 1967-03-20)');
    assert.equal(mlaBasis(SHIPPED, 'BE', 'CH', '2026-01-01', { action: 'testimony' }).status, 'in_force', 'testimony is in its scope');
    assert.equal(mlaBasis(SHIPPED, 'BE', 'CH', '1975-11-10', { action: 'testimony' }).status, 'unknown', 'the day before BE became a party');
    // GB is recorded as a party by the date of its own official record: decided from that date, unknown before.
    const gbfr = mlaBasis(SHIPPED, 'GB', 'FR', '2026-01-01', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS });
    assert.ok(gbfr.status === 'in_force' && gbfr.instrument.id === 'cets_030', JSON.stringify(gbfr));
    assert.equal(gbfr.status === 'in_force' && gbfr.instrument.sentence, 'the 1959 Council of Europe Mutual Assistance Convention (Art. 1) binds GB (by 2007-02-07) and FR (since 1967-08-21)');
    assert.equal(mlaBasis(SHIPPED, 'GB', 'FR', '2007-02-06', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS }).status, 'unknown', 'before the UK\'s own record of being a party');
    // Bound together from the later date; a bound ("by") stays a bound, an exact later date stays exact.
    const gbch = mlaBasis(SHIPPED, 'GB', 'CH', '2026-01-01', { action: 'testimony' });
    assert.equal(gbch.status === 'in_force' && gbch.instrument.since, 'by 2007-02-07');
    const frua = mlaBasis(SHIPPED, 'FR', 'UA', '2026-01-01', { action: 'testimony' });
    assert.equal(frua.status === 'in_force' && frua.instrument.since, '1998-06-09');
    assert.equal(frua.status === 'in_force' && frua.instrument.sentence, 'the 1959 Council of Europe Mutual Assistance Convention (Art. 1) binds FR (since 1967-08-21) and UA (since 1998-06-09)');
    // Korea: 90 days from its deposit (28 December 2011) and its Ministry's date (29 December) differ by a day: the later is a bound.
    const krch = mlaBasis(SHIPPED, 'KR', 'CH', '2011-12-29', { action: 'testimony', ...PLAIN_FACTS });
    assert.equal(krch.status === 'in_force' && krch.instrument.since, 'by 2011-12-29');
    assert.equal(mlaBasis(SHIPPED, 'KR', 'CH', '2011-12-28', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown', 'the disputed day decides nothing');
    // The Czech Republic: bound as Czechoslovakia's successor from 1 January 1993, not before.
    assert.equal(mlaBasis(SHIPPED, 'CZ', 'NO', '1993-01-01', { action: 'testimony', ...PLAIN_FACTS }).status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'CZ', 'NO', '1992-12-31', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown');
    // A date computed from a deposit read in an official notice decides (Chile: 30 May 2011 + 90 days by Art. 28(2)).
    assert.equal(mlaBasis(SHIPPED, 'CL', 'IT', '2011-08-28', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS }).status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'CL', 'IT', '2011-08-27', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS }).status, 'unknown');
    // Serbia is a party by a computation resting on its continuation of Serbia and Montenegro, not read (verify): nothing is decided on it.
    const rsch = mlaBasis(SHIPPED, 'RS', 'CH', '2026-01-01', { action: 'produce', data: ['bank_records'], ...PLAIN_FACTS });
    assert.ok(rsch.status === 'unknown' && /1959 Council of Europe/.test(rsch.why), JSON.stringify(rsch));
    // Türkiye: 90 days after its deposit of 24 June 1969, the start of its reservation's period in the Council of Europe's list.
    assert.equal(mlaBasis(SHIPPED, 'TR', 'SE', '1969-09-22', { action: 'testimony', ...PLAIN_FACTS }).status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'TR', 'SE', '1969-09-21', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown');
  });
  it('unknown says why', () => {
    const b = mlaBasis(SHIPPED, 'IN', 'DE', '2026-01-01', { action: 'produce', data: ['content'], ...PLAIN_FACTS });
    assert.ok(b.status === 'unknown' && /no treaty between IN and DE/.test(b.why) && /Budapest/.test(b.why), JSON.stringify(b));
    assert.equal(mlaBasis(SHIPPED, undefined, 'FR', '2026-01-01').status, 'unknown');
    assert.equal(mlaBasis(SHIPPED, 'FR', 'FR', '2026-01-01').status, 'unknown');
  });
  it('none: a recorded none pair and no convention covering the request', () => {
    const k = decidedKnowledge(SHIPPED, ['FR', 'BR']);
    assert.equal(mlaBasis(k, 'FR', 'BR', '2026-01-01', { action: 'testimony', ...PLAIN_FACTS }).status, 'none');
    assert.equal(mlaBasis(mergeKnowledge(SHIPPED, { mlat_pairs: [{ states: ['FR', 'BR'], status: 'none', source: 'test', as_of: '2026-11-01' }] }), 'FR', 'BR', '2026-01-01', { action: 'testimony', ...PLAIN_FACTS }).status, 'unknown', 'a recorded none pair alone: the regional lists are incomplete');
    assert.equal(mlaBasis(k, 'FR', 'BR', '2026-01-01', { action: 'produce', data: ['content'] }).status, 'in_force', 'the Convention covers electronic data');
  });
});

describe('best route version 2', () => {
  it('1. preserve platform-held data: lers', () => {
    assert.equal(route({ action: 'preserve', holder: { type: 'platform', country: 'CA' }, data: ['content'], requestingState: 'BR', requestedState: 'CA' }).channel, 'lers');
  });
  it('2. the EU preservation order before the 24/7 network', () => {
    assert.equal(route({ action: 'preserve', holder: { type: 'telecom', country: 'DE', eu_services: true }, data: ['traffic'], requestingState: 'FR', requestedState: 'DE' }).channel, 'eu_preservation_order');
  });
  it('3. a Budapest pair with data in scope: network_24_7; the day before and on the entry into force', () => {
    const q = { action: 'preserve', holder: hosting('CA'), data: ['content'], requestingState: 'BR', requestedState: 'CA' };
    assert.equal(route({ ...q, date: '2023-03-01' }).channel, 'network_24_7');
    const before = route({ ...q, date: '2023-02-28' });
    assert.equal(before.channel, undefined);
    assert.ok(before.skipped.some((s) => /24\/7 network/.test(s)), before.skipped.join());
    assert.match(before.reason, /24\/7 point/);
    assert.equal(route({ ...q, data: ['bank_records'], holder: bank('CA') }).channel, undefined, 'bank records are out of scope');
    assert.equal(route({ ...q, requestingState: 'CA' }).channel, undefined, 'S = T');
    assert.equal(route({ ...q, requestingState: 'NO' }).channel, undefined, 'an unverified party is never acted on');
  });
  it('4. an EIO pair: eio (a provisional measure); 2017-05-21 vs 2017-05-22; Ireland and Denmark', () => {
    const q = { action: 'preserve', holder: bank('DE'), data: ['bank_records'], requestingState: 'FR', requestedState: 'DE' };
    assert.equal(route({ ...q, date: '2017-05-22' }).channel, 'eio');
    assert.equal(route({ ...q, date: '2017-05-21' }).channel, undefined);
    assert.equal(route({ ...q, holder: bank('IE'), requestedState: 'IE' }).channel, undefined);
    assert.equal(route({ ...q, requestingState: 'DK' }).channel, undefined);
  });
  it('6-8. produce: lers, CLOUD Act, EU production order come first', () => {
    assert.equal(route({ action: 'produce', holder: { type: 'platform', country: 'DE' }, data: ['subscriber'], requestingState: 'FR', requestedState: 'DE' }).channel, 'lers');
    assert.equal(route({ action: 'produce', holder: { type: 'platform', country: 'US' }, data: ['content'], requestingState: 'AU', requestedState: 'US', date: '2024-01-31' }).channel, 'cloud_act');
    assert.equal(route({ action: 'produce', holder: { type: 'platform', country: 'DE', eu_services: true }, data: ['content'], requestingState: 'FR', requestedState: 'DE' }).channel, 'eu_production_order');
  });
  it('9. an EIO pair: eio, from 2017-05-22; not with Ireland or Denmark; not S = T', () => {
    const q = { action: 'produce', holder: bank('DE'), data: ['bank_records'], requestingState: 'FR', requestedState: 'DE' };
    assert.equal(route({ ...q, date: '2017-05-22' }).channel, 'eio');
    assert.equal(route({ ...q, date: '2017-05-21' }).channel, 'mlat');
    assert.equal(route({ ...q, holder: bank('IE'), requestedState: 'IE' }).channel, 'mlat');
    assert.equal(route({ ...q, requestingState: 'DK' }).channel, 'mlat');
    assert.equal(route({ action: 'testimony', requestingState: 'FR', requestedState: 'FR' }).channel, 'mlat');
    assert.equal(route({ action: 'testimony', requestingState: 'ES', requestedState: 'IT' }).channel, 'eio');
  });
  it('10. an MLA basis in force: mlat, the reason names the instrument', () => {
    const r = route({ action: 'produce', holder: hosting('PH'), data: ['content'], requestingState: 'JP', requestedState: 'PH' });
    assert.equal(r.channel, 'mlat');
    assert.match(r.reason, /the Budapest Convention binds JP \(since 2012-11-01\) and PH \(since 2018-07-01\)/);
    assert.match(route({ action: 'testimony', requestingState: 'IN', requestedState: 'US' }).reason, /MLAT between US and IN is in force since 2005-10-03/);
  });
  it('11. basis none: letter_rogatory', () => {
    const k = decidedKnowledge(SHIPPED, ['IN', 'KH']);
    assert.equal(route({ action: 'testimony', requestingState: 'IN', requestedState: 'KH', facts: PLAIN_FACTS }, k).channel, 'letter_rogatory');
  });
  it('12. unknown: mlat, saying whether a treaty binds them is unknown', () => {
    const r = route({ action: 'testimony', requestingState: 'IN', requestedState: 'DE', facts: PLAIN_FACTS });
    assert.equal(r.channel, 'mlat');
    assert.match(r.reason, /unknown/);
    assert.ok(r.skipped.some((s) => /no treaty between IN and DE/.test(s)));
  });
});
