// Hover cards of the legal bases: the eio and network_24_7 cards, and on a treaty channel the
// basis that applies to this request's pair of states (or why it is unknown).
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../src/core/hover';
import { parseText } from '../../src/core/parse';
import { SHIPPED } from '../../src/knowledge';
import { caseFile, PLAIN_CASE, TODAY } from './harness';

const hover = (text: string, needle: string) => hoverAt(parseText(text), text.indexOf(needle) + 2, SHIPPED, { today: TODAY })?.markdown ?? '';

describe('legal-bases hover', () => {
  it('eio: the card, the bound states and this pair', () => {
    const text = caseFile(`  - id: b\n    channel: eio\n    action: produce\n    holder: { name: B, type: bank, country: DE }\n    data: [bank_records]\n`, { state: 'FR' });
    const md = hover(text, 'eio');
    assert.match(md, /European Investigation Order/);
    assert.match(md, /replaces/);
    assert.match(md, /FR to DE/);
    assert.match(md, /both are bound/);
  });
  it('network_24_7: the card, the basis, the 24/7 point and the Second Additional Protocol', () => {
    const text = caseFile(`  - id: h\n    channel: network_24_7\n    action: preserve\n    holder: { name: H, type: other, country: NL }\n    data: [content]\n`, { state: 'BR' });
    const md = hover(text, 'network_24_7');
    assert.match(md, /the Budapest Convention binds BR \(since 2023-03-01\) and NL \(since 2007-03-01\)/);
    assert.match(md, /Landelijk Parket/);
    assert.match(md, /Second Additional Protocol, Art\. 7/);
  });
  it('lers mentions that direct subscriber-information orders are not yet available', () => {
    const text = caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: M, type: platform, country: US }\n    data: [content]\n`);
    assert.match(hover(text, 'lers'), /Not yet available/);
  });
  it('mlat: the instrument, or why it is unknown', () => {
    const known = caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: US\n    person: { name: W }\n`);
    assert.match(hover(known, 'mlat'), /the MLAT between US and IN is in force since 2005-10-03/);
    const unknown = caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: DE\n    person: { name: W }\n`, { caseExtra: PLAIN_CASE });
    assert.match(hover(unknown, 'mlat'), /unknown: no treaty between IN and DE is recorded/);
    // The Harare Scheme is shown, never a basis.
    assert.match(hover(unknown, 'mlat'), /Harare Scheme\): A non-binding Commonwealth arrangement, not a treaty/);
    assert.doesNotMatch(hover(caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: US\n    person: { name: W }\n`), 'mlat'), /Harare/, 'not where an instrument is in force');
  });
  it('mlat: a conditional answer names the instrument and the key to set', () => {
    const text = caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: DE\n    person: { name: W }\n`);
    assert.match(hover(text, 'mlat'), /conditional: the UN Convention against Transnational Organized Crime \(Art\. 18\) binds IN and DE if the offence involves an organised criminal group: state `case\.organised_crime`/);
  });
  it('mlat: every instrument binding the pair on the date, with its scope', () => {
    const text = caseFile(`  - id: w\n    channel: mlat\n    action: testimony\n    requested_state: US\n    person: { name: W }\n`, { caseExtra: '  organised_crime: true\n  offences: [{ name: fraud, category: fraud, max_penalty_years: 10 }]\n' });
    const md = hover(text, 'mlat');
    // The bilateral treaty answers; the two UN conventions bind the pair too, and the hover lists them.
    assert.match(md, /\*\*For this request\*\* \(IN to US, on 2026-11-25\): the MLAT between US and IN is in force since 2005-10-03\./);
    assert.match(md, /- The MLAT between US and IN is in force since 2005-10-03\. Covers: every offence\./);
    assert.match(md, /- The UN Convention against Transnational Organized Crime \(Art\. 18\) binds IN \(since 2011-06-04\) and US \(since 2005-12-03\): the offences are serious crimes \(at least 4 years\) involving an organised criminal group\. Covers: offences involving an organised criminal group punishable by at least 4 years/);
    assert.match(md, /- The UN Convention against Corruption \(Art\. 46\) binds IN \(since 2011-06-08\) and US \(since 2006-11-29\)\. Covers: corruption offences .*\(not this request\)\./);
  });
  it('letter_rogatory between two EIO states says the EIO replaces it', () => {
    const text = caseFile(`  - id: w\n    channel: letter_rogatory\n    action: testimony\n    requested_state: DE\n    person: { name: W }\n`, { state: 'FR' });
    assert.match(hover(text, 'letter_rogatory'), /replaces/);
  });
});
