// Messages that name a channel take it from the best route, never from a fixed sentence: over
// every channel, action, holder, data and pair of states (with a treaty in force, recorded as
// none, and unknown), a channel rule's message names only the request's own channel, the channel
// its best route gives, or a channel it states a fact about (listed below, with the reason).
import { strict as assert } from 'node:assert';
import { bestRoute } from '../../src/core/route';
import { SHIPPED } from '../../src/knowledge';
import { decidedKnowledge, PLAIN_CASE, PLAIN_FACTS } from './harness';
import { lintDocument } from '../../src/lint/engine';

const MENTION: Record<string, RegExp> = {
  lers: /\bLERS\b|"lers"|\bportal\b/i,
  mlat: /\bMLAT\b|"mlat"/,
  letter_rogatory: /letter rogatory|"letter_rogatory"/i,
  cloud_act: /CLOUD Act|"cloud_act"/,
  eu_production_order: /European Production Order|"eu_production_order"/,
  eu_preservation_order: /European Preservation Order|"eu_preservation_order"/,
  interpol: /\bINTERPOL\b|"interpol"/,
  eio: /European Investigation Order|\bEIO\b|"eio"/,
  network_24_7: /24\/7 network|"network_24_7"/,
};
/** Channels a rule may name as a fact, not as advice. */
const FACTS: Record<string, string[]> = {
  // states that an MLAT is in force between the two states (the reason the rogatory is wrong)
  'rogatory-with-treaty': ['mlat'],
  // states that both states are bound by the EIO (the reason mutual legal assistance is wrong)
  'eio-replaces-mla': ['eio'],
  // the content wall: only an agreement or the treaty route gets content (explains the split)
  'content-via-lers': [],
  // a preservation goes to the portal first: the preservation's own best route is allowed below
  'preserve-first': [],
};

const knowledgeVariants = {
  shipped: SHIPPED,
  // A recorded none pair, the regional lists known whole, and offences outside the UN conventions: `none`.
  'IN-DE none': decidedKnowledge(SHIPPED, ['IN', 'DE']),
};
const holders: Record<string, string> = {
  'US platform': '{ name: H, type: platform, country: US, eu_services: true }',
  'FR bank': '{ name: H, type: bank, country: FR }',
  'DE telecom': '{ name: H, type: telecom, country: DE, eu_services: true }',
  'US telecom': '{ name: H, type: telecom, country: US, eu_services: false }',
  'CA hosting': '{ name: H, type: other, country: CA }',
  'IE bank': '{ name: H, type: bank, country: IE }',
};
const channels = Object.keys(MENTION);
const actions = ['preserve', 'produce', 'testimony', 'locate'];
const datas = ['[subscriber]', '[content]', '[bank_records]', '[subscriber, content]'];
const states = ['IN', 'GB', 'FR', 'AU', 'BR', 'DK'];

describe('messages agree with the best route', () => {
  it('a channel named in a message is the request\'s own, its best route\'s, or a stated fact', function () {
    // Hundreds of whole checks: on a loaded machine (CI beside other jobs) more than mocha's 20 s.
    this.timeout(120_000);
    let checked = 0;
    const problems: string[] = [];
    for (const [kname, k] of Object.entries(knowledgeVariants)) {
      for (const S of states) for (const channel of channels) for (const action of actions) for (const [hname, holder] of Object.entries(holders)) for (const data of datas) {
        const person = action === 'testimony' || action === 'locate' ? '\n    person: { name: P }' : '';
        const notice = channel === 'interpol' ? '\n    notice: blue' : '';
        const text = `version: 1\ncase:\n  id: X\n  requesting_state: ${S}\n${PLAIN_CASE}requests:\n  - id: r1\n    channel: ${channel}\n    action: ${action}\n    holder: ${holder}\n    data: ${data}${person}${notice}\n    sent: 2026-11-01\n`;
        const { findings, context } = lintWith(text, k);
        const r = context.caseView.requests[0];
        if (!r) continue;
        const route = bestRoute(k, { action: r.action, holder: r.holder, data: r.data, requestingState: S, requestedState: r.requestedState, date: r.date, facts: PLAIN_FACTS });
        const preserveRoute = bestRoute(k, { action: 'preserve', holder: r.holder, data: r.data, requestingState: S, requestedState: r.requestedState, date: r.date, facts: PLAIN_FACTS });
        for (const f of findings) {
          if (f.requestIndex === undefined || f.ruleId === 'schema') continue;
          const allowed = new Set([channel, route.channel, ...(FACTS[f.ruleId] ?? []), ...(f.ruleId === 'preserve-first' ? [preserveRoute.channel] : [])]);
          // The route's own reason may state facts ("No MLAT is in force…"): it is the route speaking.
          const words = f.message.replaceAll('"r1"', '').replaceAll(' H ', ' ').replace(route.reason, '').replace(preserveRoute.reason, '');
          const named = channels.filter((c) => MENTION[c].test(words));
          const stray = named.filter((c) => !allowed.has(c));
          checked++;
          if (stray.length) problems.push(`[${kname}, ${S}, ${channel}/${action}, ${hname}, ${data}] ${f.ruleId} names ${stray.join(', ')} (route: ${route.channel ?? 'none'}): ${f.message}`);
          // "Use X" always names the route.
          const use = /\bUse "([a-z_0-9]+)"/.exec(f.message)?.[1];
          if (use && f.ruleId !== 'person-via-evidence-channel') assert.equal(use, route.channel, f.message);
        }
      }
    }
    assert.ok(checked > 500, `only ${checked} findings checked`);
    assert.deepEqual([...new Set(problems)].slice(0, 8), []);
  });
});

function lintWith(text: string, knowledge: typeof SHIPPED) {
  return lintDocument(text, { today: '2026-11-25', knowledge });
}
