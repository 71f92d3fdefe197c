// mlaBasis v3 (world-bases.md): per instrument and answer, the entry-into-force boundaries
// (the day before and the day of), bilateral before convention (UNTOC Art. 18(7)), scope by
// offence in and out, conditional answers naming the key, `none` only with complete lists and
// up to their date, and no `verify` fact deciding anything.
import { strict as assert } from 'node:assert';
import { Knowledge, mergeKnowledge, mlaAuthority, mlaBasis, MlaRequest, mlaInstruments, SHIPPED } from '../../src/knowledge';
import { lint } from '../../src/lint/engine';
import { caseFile, PLAIN_FACTS, TODAY } from './harness';

const bank = (facts: Partial<MlaRequest>): MlaRequest => ({ action: 'produce', data: ['bank_records'], ...facts });
const OCG10 = bank({ organised_crime: true, offences: [{ category: 'fraud', max_penalty_years: 10 }] });
const id = (b: ReturnType<typeof mlaBasis>) => (b.status === 'in_force' || b.status === 'conditional' ? b.instrument.id : b.status);

describe('mlaBasis v3: the UN conventions', () => {
  it('UNTOC: an organised criminal group and a serious crime, between two parties with no treaty', () => {
    const b = mlaBasis(SHIPPED, 'ZA', 'DE', '2026-12-03', OCG10);
    assert.equal(b.status, 'in_force');
    assert.equal(id(b), 'untoc');
    assert.ok(b.status === 'in_force' && b.instrument.article === 'Art. 18');
    assert.deepEqual(b.status === 'in_force' && b.instrument.states, [{ state: 'ZA', since: '2004-03-21' }, { state: 'DE', since: '2006-07-14' }]);
  });
  it('UNTOC: the day before and the day a party is bound (DE, 2006-07-14, computed by Art. 38(2) from its deposit)', () => {
    assert.notEqual(id(mlaBasis(SHIPPED, 'ZA', 'DE', '2006-07-13', OCG10)), 'untoc');
    assert.equal(id(mlaBasis(SHIPPED, 'ZA', 'DE', '2006-07-14', OCG10)), 'untoc');
    const de = SHIPPED.conventions!.untoc.parties!.find((p) => p.state === 'DE')!;
    assert.deepEqual([de.deposited, de.computed, de.verify], ['2006-06-14', 'Art. 38(2)', undefined]);
  });
  it('UNTOC: a Convention offence (laundering) with an organised criminal group, whatever the penalty', () => {
    assert.equal(id(mlaBasis(SHIPPED, 'ZA', 'DE', '2026-12-03', bank({ organised_crime: true, offences: [{ category: 'money_laundering', max_penalty_years: 2 }] }))), 'untoc');
  });
  it('UNTOC out of scope: no organised criminal group, or a 3-year offence of no Convention category', () => {
    const all = (r: MlaRequest) => mlaInstruments(SHIPPED, 'ZA', 'DE', '2026-12-03', r).find((x) => x.instrument.id === 'untoc')?.covers;
    assert.equal(all(bank({ organised_crime: false, offences: [{ category: 'fraud', max_penalty_years: 10 }] })), 'out');
    assert.equal(all(bank({ organised_crime: true, offences: [{ category: 'fraud', max_penalty_years: 3 }] })), 'out');
    assert.equal(all(OCG10), 'in_force');
  });
  it('UNCAC: a corruption offence; the day before and the day MY is bound (2008-10-24)', () => {
    const bribe = bank({ organised_crime: false, offences: [{ category: 'corruption', max_penalty_years: 10 }] });
    const b = mlaBasis(SHIPPED, 'KE', 'MY', '2026-12-03', bribe);
    assert.equal(id(b), 'uncac');
    assert.ok(b.status === 'in_force' && b.instrument.article === 'Art. 46' && /the offences include corruption/.test(b.instrument.sentence));
    assert.notEqual(id(mlaBasis(SHIPPED, 'KE', 'MY', '2008-10-23', bribe)), 'uncac');
    assert.equal(id(mlaBasis(SHIPPED, 'KE', 'MY', '2008-10-24', bribe)), 'uncac');
  });
  it('UNCAC before UNTOC where both cover the request (the order of world-bases.md)', () => {
    assert.equal(id(mlaBasis(SHIPPED, 'KE', 'MY', '2026-12-03', bank({ organised_crime: true, offences: [{ category: 'corruption', max_penalty_years: 10 }] }))), 'uncac');
  });
});

describe('mlaBasis v3: the 1988 UN Convention against Illicit Traffic in Narcotic Drugs', () => {
  const drugs = bank({ organised_crime: false, offences: [{ category: 'drug_trafficking', max_penalty_years: 5 }] });
  it('a drug-trafficking offence between two parties with no treaty: Art. 7, both states\' dates', () => {
    const b = mlaBasis(SHIPPED, 'IN', 'DE', '2026-12-03', drugs);
    assert.equal(id(b), 'un_drugs_1988');
    assert.ok(b.status === 'in_force' && b.instrument.article === 'Art. 7');
    // IN deposited on 27 March 1990, before the twentieth instrument: bound from the Convention's own entry into force (Art. 29(1)).
    assert.deepEqual(b.status === 'in_force' && b.instrument.states, [{ state: 'IN', since: '1990-11-11' }, { state: 'DE', since: '1994-02-28' }]);
  });
  it('the day before and the day a party is bound (CH: deposited 2005-09-14, 90 days by Art. 29(2))', () => {
    assert.equal(mlaBasis(SHIPPED, 'CH', 'PK', '2005-12-12', drugs).status, 'unknown');
    assert.equal(id(mlaBasis(SHIPPED, 'CH', 'PK', '2005-12-13', drugs)), 'un_drugs_1988');
  });
  it('a successor state is a party by the date of its notification of succession (RS, 2001-03-12), unknown before', () => {
    const b = mlaBasis(SHIPPED, 'RS', 'NG', '2001-03-12', drugs);
    assert.ok(b.status === 'in_force' && b.instrument.id === 'un_drugs_1988' && b.instrument.states?.[0].since === 'by 2001-03-12', JSON.stringify(b));
    assert.equal(mlaBasis(SHIPPED, 'RS', 'NG', '2001-03-11', drugs).status, 'unknown');
  });
  it('out of its scope: a theft is not a drug-trafficking offence', () => {
    assert.notEqual(id(mlaBasis(SHIPPED, 'IN', 'DE', '2026-12-03', PLAIN_FACTS as MlaRequest)), 'un_drugs_1988');
  });
  it('a non-party of its complete list (PG) gives no basis up to the list\'s date, and is unknown after it', () => {
    const on = (date: string) => mlaInstruments(SHIPPED, 'PG', 'AU', date, drugs).map((i) => i.instrument.id);
    assert.ok(!on('2014-07-10').includes('un_drugs_1988'));
    const after = mlaBasis(SHIPPED, 'PG', 'AU', '2026-12-03', drugs);
    assert.ok(after.status === 'unknown' && /Illicit Traffic in Narcotic Drugs of 1988 binds PG on 2026-12-03 is unknown/.test(after.why), JSON.stringify(after));
  });
});

describe('mlaBasis v3: conditional answers name the key', () => {
  it('no organised_crime stated: UNTOC turns on case.organised_crime (preferred over UNCAC\'s category)', () => {
    const b = mlaBasis(SHIPPED, 'ZA', 'DE', '2026-12-03', bank({ offences: [{ name: 'x', max_penalty_years: 10 } as never] }));
    assert.ok(b.status === 'conditional', JSON.stringify(b));
    assert.deepEqual(b.status === 'conditional' && [b.instrument.id, b.key, b.why], ['untoc', 'case.organised_crime', 'if the offence involves an organised criminal group']);
  });
  it('an organised criminal group, no penalty and no category: the penalty decides', () => {
    const b = mlaBasis(SHIPPED, 'ZA', 'DE', '2026-12-03', bank({ organised_crime: true, offences: [{}] }));
    assert.deepEqual(b.status === 'conditional' && [b.instrument.id, b.key], ['untoc', 'offences[].max_penalty_years']);
  });
  it('money laundering with no organised criminal group: UNCAC turns on the category, and says so', () => {
    const b = mlaBasis(SHIPPED, 'KE', 'MY', '2026-12-03', bank({ organised_crime: false, offences: [{ category: 'money_laundering', max_penalty_years: 10 }] }));
    assert.deepEqual(b.status === 'conditional' && [b.instrument.id, b.key], ['uncac', 'offences[].category']);
    assert.ok(b.status === 'conditional' && /proceeds of corruption/.test(b.why));
  });
  it('a conditional answer is not "none": the mlat-without-treaty rule never acts on it', () => {
    assert.notEqual(mlaBasis(SHIPPED, 'ZA', 'DE', '2026-12-03', bank({})).status, 'none');
  });
});

describe('mlaBasis v3: bilateral first, every instrument listed', () => {
  it('a bilateral treaty in force governs (UNTOC Art. 18(7)); the hover lists the conventions too', () => {
    const b = mlaBasis(SHIPPED, 'IN', 'US', '2026-12-03', OCG10);
    assert.equal(b.status === 'in_force' && b.instrument.kind, 'bilateral');
    const all = mlaInstruments(SHIPPED, 'IN', 'US', '2026-12-03', OCG10);
    assert.deepEqual(all.map((x) => [x.instrument.id, x.covers]), [['IN-US', 'in_force'], ['uncac', 'out'], ['untoc', 'in_force'], ['un_drugs_1988', 'out']]);
  });
  it('a treaty in force only later: the convention answers meanwhile (UNTOC binds IN from 2011-06-04)', () => {
    assert.equal(id(mlaBasis(SHIPPED, 'IN', 'US', '2005-10-02', OCG10)), 'unknown', 'neither the treaty nor UNTOC (IN from 2011)');
    const k = mergeKnowledge(SHIPPED, { mlat_pairs: [{ states: ['IN', 'US'], status: 'in_force', in_force: '2030-01-01', source: 'test', as_of: '2026-12-03' }] });
    assert.equal(id(mlaBasis(k, 'IN', 'US', '2026-12-03', OCG10)), 'untoc');
  });
});

describe("Brazil's treaties, read in its promulgation decrees", () => {
  const plainBank = bank(PLAIN_FACTS);
  it('BR-ES: the treaty governs any offence from the day its decree says it entered into force (2008-02-01), unknown the day before', () => {
    const b = mlaBasis(SHIPPED, 'BR', 'ES', '2026-12-03', plainBank);
    assert.ok(b.status === 'in_force' && b.instrument.kind === 'bilateral' && /Agreement on Cooperation and Mutual Legal Assistance in Criminal Matters/.test(b.instrument.title), JSON.stringify(b));
    assert.equal(mlaBasis(SHIPPED, 'ES', 'BR', '2008-02-01', plainBank).status, 'in_force', 'either direction, on the day');
    assert.equal(mlaBasis(SHIPPED, 'BR', 'ES', '2008-01-31', plainBank).status, 'unknown', 'the day before');
  });
  it('BR-CN: in force by the date the Brazilian central authority listed it, not by its decree of 2007 (which states no entry into force)', () => {
    assert.equal(mlaBasis(SHIPPED, 'BR', 'CN', '2019-09-16', plainBank).status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'BR', 'CN', '2019-09-15', plainBank).status, 'unknown');
  });
  it('BR-FR: two copies of the decree disagree on the year (1999 or 2000): in force by the later date only', () => {
    assert.equal(mlaBasis(SHIPPED, 'BR', 'FR', '2000-02-01', plainBank).status, 'in_force');
    assert.equal(mlaBasis(SHIPPED, 'BR', 'FR', '1999-06-01', plainBank).status, 'unknown');
  });
  it('CA-FR carries verify (the date is a listing\'s, not read as its entry into force): it decides nothing', () => {
    assert.equal(mlaBasis(SHIPPED, 'CA', 'FR', '2026-12-03', plainBank).status, 'unknown');
  });
});

describe("Canada's treaties, read in its partners' official records", () => {
  const theft = bank(PLAIN_FACTS);
  it('CA-CZ: the treaty governs any offence from the day the Czech collection says it entered into force (2000-11-01), unknown the day before', () => {
    const b = mlaBasis(SHIPPED, 'CZ', 'CA', '2000-11-01', theft);
    assert.ok(b.status === 'in_force' && b.instrument.kind === 'bilateral' && /Canada and the Czech Republic/.test(b.instrument.title), JSON.stringify(b));
    assert.equal(mlaBasis(SHIPPED, 'CZ', 'CA', '2000-10-31', theft).status, 'unknown');
  });
  it('CA-SE rests on a date the Canada Treaty Series copy prints without calling it the entry into force (verify): it decides nothing', () => {
    const b = mlaBasis(SHIPPED, 'CA', 'SE', '2026-12-03', theft);
    assert.ok(b.status === 'unknown' && /not yet verified/.test(b.why), JSON.stringify(b));
  });
});

describe('mlaBasis v3: none only where everything is decided', () => {
  // A world of one convention: UNTOC, whose list is complete up to 2023-03-22.
  const untocOnly = (extra: Partial<Knowledge> = {}): Knowledge => ({ ...SHIPPED, conventions: { untoc: SHIPPED.conventions!.untoc }, us_eu_agreement: undefined, ...extra });
  const tuvaluNone = untocOnly({ mlat_pairs: [{ states: ['TV', 'DE'], status: 'none', source: 'test', as_of: '2026-12-03' }] });
  it('a recorded none pair and a non-party of a complete list: none up to the list\'s date', () => {
    assert.equal(mlaBasis(tuvaluNone, 'TV', 'DE', '2023-03-01', OCG10).status, 'none');
  });
  it('after the list\'s date a state absent from it may have joined: unknown', () => {
    assert.equal(mlaBasis(tuvaluNone, 'TV', 'DE', '2024-01-01', OCG10).status, 'unknown');
  });
  it('no pair recorded: unknown; a whole list of the state\'s treaties (mlat_lists) decides it', () => {
    const noPair = untocOnly({ mlat_pairs: [] });
    assert.equal(mlaBasis(noPair, 'TV', 'DE', '2023-03-01', OCG10).status, 'unknown');
    const listed = { ...noPair, mlat_lists: [{ state: 'DE', complete: true, source: 'test', as_of: '2026-01-01' }] };
    assert.equal(mlaBasis(listed, 'TV', 'DE', '2023-03-01', OCG10).status, 'none');
    assert.equal(mlaBasis({ ...listed, mlat_lists: [{ ...listed.mlat_lists[0], verify: true }] }, 'TV', 'DE', '2023-03-01', OCG10).status, 'unknown', 'a verify list decides nothing');
  });
  it('outside every convention\'s scope on the stated facts: decided even where a party is unknown', () => {
    const k = untocOnly({ mlat_pairs: [{ states: ['KR', 'DE'], status: 'none', source: 'test', as_of: '2026-12-03' }] });
    assert.equal(mlaBasis(k, 'KR', 'DE', '2026-12-03', bank(PLAIN_FACTS)).status, 'none');
  });
});

describe('mlaBasis v3: no verify fact decides', () => {
  it('a party marked verify (WS, UNTOC, inferred from a party count) is neither a party nor a non-party', () => {
    assert.equal(SHIPPED.conventions!.untoc.parties!.find((p) => p.state === 'WS')?.verify, true);
    const b = mlaBasis(SHIPPED, 'WS', 'ZA', '2026-12-03', OCG10);
    assert.notEqual(id(b), 'untoc');
    assert.equal(b.status, 'unknown');
  });
  it('Somalia and South Sudan: parties by 30 days after their Migrants Protocol accessions (Arts 37(2) and 38(2)), unknown before that bound', () => {
    for (const [state, by] of [['SO', '2025-04-24'], ['SS', '2025-05-09']] as const) {
      const entry = SHIPPED.conventions!.untoc.parties!.find((p) => p.state === state)!;
      assert.ok(!entry.verify && entry.in_force_by === by, JSON.stringify(entry));
      assert.equal(id(mlaBasis(SHIPPED, 'KE', state, by, OCG10)), 'untoc');
      assert.equal(id(mlaBasis(SHIPPED, 'KE', state, '2025-04-23', OCG10)), 'unknown');
    }
  });
  it('Korea\'s deposit read in its Ministry of Justice\'s announcement decides (KR, 2015-12-05 by Art. 38(2))', () => {
    assert.equal(id(mlaBasis(SHIPPED, 'KR', 'ZA', '2015-12-05', OCG10)), 'untoc');
    assert.notEqual(id(mlaBasis(SHIPPED, 'KR', 'ZA', '2015-12-04', OCG10)), 'untoc');
  });
  it('Japan\'s deposit read in its Foreign Ministry\'s release decides (JP, 2017-08-10)', () => {
    assert.equal(id(mlaBasis(SHIPPED, 'JP', 'ZA', '2017-08-10', OCG10)), 'untoc');
    assert.notEqual(id(mlaBasis(SHIPPED, 'JP', 'ZA', '2017-08-09', OCG10)), 'untoc');
  });
  it('every computed entry into force has its deposit date and article, and no verify', () => {
    for (const c of Object.values(SHIPPED.conventions!)) for (const p of c.parties ?? []) {
      if (p.computed) assert.ok(p.deposited, `${p.state}: computed without a deposit date`);
    }
  });
});

describe('a treaty names its own central authority', () => {
  const k = mergeKnowledge(SHIPPED, {
    mlat_pairs: [{ states: ['IN', 'AE'], status: 'in_force', in_force_by: 2000, source: 'test', as_of: '2026-12-03', authorities: [{ state: 'AE', name: 'Ministry of Interior', source: 'test treaty, Art. 3' }] }],
    central_authorities: [{ state: 'AE', name: 'Ministry of Justice', source: 'test', as_of: '2026-12-03' }],
  });
  it('the pair\'s authority over the state\'s, for that pair only', () => {
    assert.equal(mlaAuthority(k, 'IN', 'AE', '2026-12-03')?.name, 'Ministry of Interior');
    assert.equal(mlaAuthority(k, 'FR', 'AE', '2026-12-03')?.name, 'Ministry of Justice');
    assert.equal(mlaAuthority(k, 'AE', 'IN', '2026-12-03')?.name, mlaAuthority(SHIPPED, 'AE', 'IN')?.name, 'the authority named for AE is not IN\'s');
  });
  it('an authority marked verify decides nothing', () => {
    const v = mergeKnowledge(k, { mlat_pairs: [{ ...k.mlat_pairs.find((p) => p.states.includes('AE'))!, authorities: [{ state: 'AE', name: 'Ministry of Interior', source: 'test', verify: true }] }] });
    assert.equal(mlaAuthority(v, 'IN', 'AE', '2026-12-03')?.name, 'Ministry of Justice');
  });
});

describe('missing-element names what a conditional answer turns on', () => {
  it('the spec\'s wording: instrument, article, the two states, the condition and the key', () => {
    const text = caseFile('  - id: bank\n    channel: mlat\n    action: produce\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n', { state: 'ZA' });
    const f = lint(text, { today: TODAY }).find((x) => x.ruleId === 'missing-element');
    assert.ok(f && f.message.includes('legal basis: the UN Convention against Transnational Organized Crime (Art. 18) binds ZA and DE if the offence involves an organised criminal group: state case.organised_crime'), f?.message);
    const stated = caseFile('  - id: bank\n    channel: mlat\n    action: produce\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n', { state: 'ZA', caseExtra: '  organised_crime: true\n  offences: [{ name: fraud, max_penalty_years: 10 }]\n' });
    assert.ok(!lint(stated, { today: TODAY }).find((x) => x.ruleId === 'missing-element')?.message.includes('legal basis'));
  });
});

describe("bilateral lists: India's operational MLATs and the UK's of 2007 (world-bases.md)", () => {
  it("India's list decides a plain theft to Singapore, the UAE or the UK: in force by the year the list gives, unknown before", () => {
    for (const [to, year] of [['SG', '2005'], ['AE', '2000'], ['GB', '1995']] as const) {
      const b = mlaBasis(SHIPPED, 'IN', to, TODAY, PLAIN_FACTS);
      assert.ok(b.status === 'in_force', `${to}: ${JSON.stringify(b)}`);
      assert.equal(b.instrument.kind, 'bilateral');
      assert.match(b.instrument.sentence, new RegExp(`in force by ${year}`));
      // The year is the end of that year: on its first day it is not yet known to bind.
      const before = mlaBasis(SHIPPED, 'IN', to, `${year}-01-01`, PLAIN_FACTS);
      assert.ok(!('instrument' in before) || before.instrument?.kind !== 'bilateral', `${to} before the end of ${year}`);
    }
  });
  it("the UK's list of 2007 is verify (its scope not stated): it never decides", () => {
    const b = mlaBasis(SHIPPED, 'GB', 'SE', TODAY, PLAIN_FACTS);
    assert.ok(!('instrument' in b) || b.instrument?.kind !== 'bilateral', JSON.stringify(b));
  });
});
