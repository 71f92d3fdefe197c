import { strict as assert } from 'node:assert';
import { acceptedLanguages, languageNames, mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { lint } from '../../../src/lint/engine';
import { caseFile, ruleTester, TODAY } from '../harness';

const eio = (to: string, id = 'b') => `  - id: ${id}\n    channel: eio\n    action: produce\n    holder: { name: Bank, type: bank, country: ${to} }\n    data: [bank_records]\n`;
const mlat = (to: string) => `  - id: m\n    channel: mlat\n    action: produce\n    addressee: Central authority\n    holder: { name: Bank, type: bank, country: ${to} }\n    data: [bank_records]\n`;
const tiktok = '  - id: t\n    channel: lers\n    action: preserve\n    holder: { name: TikTok Inc., type: platform, country: US }\n    data: [subscriber]\n';
const lang = (code: string) => ({ caseExtra: `  language: ${code}\n` });

ruleTester('translation-required', {
  valid: [
    { name: 'an EIO to Belgium in English (nl, fr, de, en)', code: caseFile(eio('BE'), { state: 'FR' }) },
    { name: 'an EIO to Germany in German', code: caseFile(eio('DE'), { state: 'FR', ...lang('de') }) },
    { name: 'an EIO to Portugal in Spanish from Spain (reciprocity)', code: caseFile(eio('PT'), { state: 'ES', ...lang('es') }) },
    { name: 'an EIO to a state whose languages are unknown (Italy): silent', code: caseFile(eio('IT'), { state: 'FR' }) },
    { name: 'an MLA request to Mexico in French: the fact is secondary (verify), so silent', code: caseFile(mlat('MX'), lang('fr')) },
    { name: 'an MLA request to Australia in English', code: caseFile(mlat('AU')) },
    { name: 'TikTok in English', code: caseFile(tiktok) },
    { name: 'a provider with no stated languages (Meta): silent', code: caseFile('  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: Meta Platforms Inc., type: platform, country: US }\n    data: [subscriber]\n', lang('hi')) },
  ],
  invalid: [
    { name: 'an EIO to Germany in English (the default)', code: caseFile(eio('DE'), { state: 'FR' }), errors: [{ at: 'eio' }], output: null },
    { name: 'an EIO to Portugal in Spanish from France (reciprocity is with Spain only)', code: caseFile(eio('PT'), { state: 'FR', ...lang('es') }), errors: [{ at: 'eio' }] },
    { name: 'an MLA request to Switzerland in English', code: caseFile(mlat('CH')), errors: [{ at: 'mlat' }] },
    { name: 'a TikTok preservation in Hindi', code: caseFile(tiktok, lang('hi')), errors: [{ at: 'lers' }] },
  ],
});

describe('translation-required: what it says', () => {
  it('names the case language, the accepted ones in words, and the source', () => {
    const f = lint(caseFile(eio('DE'), { state: 'FR' }), { today: TODAY }).find((x) => x.ruleId === 'translation-required')!;
    assert.match(f.message, /is in English \(case\.language, English by default\), but DE accepts European Investigation Orders in German: send it with a translation/);
    assert.match(f.message, /Source: EJN Fiches Belges A\.30, Germany/);
    const ch = lint(caseFile(mlat('CH')), { today: TODAY }).find((x) => x.ruleId === 'translation-required')!;
    assert.match(ch.message, /CH accepts mutual legal assistance requests in German, French or Italian \(translations officially certified\)/);
  });
  it('languageNames writes codes as words', () => {
    assert.equal(languageNames(['de']), 'German');
    assert.equal(languageNames(['nl', 'en']), 'Dutch or English');
    assert.equal(languageNames(['sv', 'da', 'no', 'en']), 'Swedish, Danish, Norwegian or English');
  });
  it('a workspace fact decides and is marked; an unverified one does not', () => {
    const k = mergeKnowledge(SHIPPED, { languages: { mla: [{ state: 'IT', languages: ['it'], source: 'our liaison magistrate', as_of: '2026-11-01' }] } });
    const f = lint(caseFile(mlat('IT')), { today: TODAY, knowledge: k }).find((x) => x.ruleId === 'translation-required')!;
    assert.match(f.message, /our liaison magistrate \(from this workspace's knowledge file\)/);
    const unverified = mergeKnowledge(SHIPPED, { languages: { mla: [{ state: 'IT', languages: ['it'], verify: true, source: 'memory', as_of: '2026-11-01' }] } });
    assert.equal(acceptedLanguages(unverified, { channel: 'mlat', requestingState: 'IN', requestedState: 'IT' }), undefined);
  });
  it('every shipped language entry names ISO 639-1 codes the runtime knows', () => {
    const all = [...(SHIPPED.languages?.eio ?? []), ...(SHIPPED.languages?.mla ?? [])];
    assert.ok(all.length >= 25, `${all.length} entries`);
    for (const e of all) for (const c of e.languages) assert.notEqual(languageNames([c]), c, `${e.state}: ${c}`);
  });
});

describe('hover: languages and the outgoing route', () => {
  it('the channel card lists the languages the addressee accepts; requesting_state shows how requests leave the state', async () => {
    const { hoverAt } = await import('../../../src/core/hover');
    const { parseText } = await import('../../../src/core/parse');
    const text = caseFile(eio('DE'), { state: 'FR' });
    const md = hoverAt(parseText(text), text.indexOf('channel: eio') + 10, SHIPPED, { today: TODAY })!.markdown;
    assert.match(md, /\*\*Languages accepted by DE:\*\* German\./);
    const india = caseFile(mlat('US'));
    const h = hoverAt(parseText(india), india.indexOf('requesting_state: IN') + 19, SHIPPED)!.markdown;
    assert.match(h, /\*\*Outgoing MLA requests:\*\* Ministry of Home Affairs, Internal Security-II \(IS-II\) Division, the Central Authority; the Ministry sends the request to the foreign country after its approval\. A letter rogatory is issued by a court\./);
  });
});
