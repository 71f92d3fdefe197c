// The address of the provider's legal entity in CLOUD Act and EU order drafts (spec drafting.md,
// essential elements): the registry entity the holder names, else the provider's one primary
// entity in holder.country; primary facts only, never a guess.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftRequest } from '../../../src/core/essentials';
import { parseKnowledgeOverride } from '../../../src/core/knowledge-override';
import { providerAddress } from '../../../src/draft/facts';
import { Knowledge, mergeKnowledge, SHIPPED } from '../../../src/knowledge';
import { ROOT } from '../harness';

const req = (holder: DraftRequest['holder']) => ({ id: 'r', holder } as DraftRequest);
const META_IE = 'Merrion Road, Dublin 4, D04 X2K5, Ireland';
const META_US = '1 Meta Way, Menlo Park, CA 94025, US';

// A workspace registry: a local bank with its address, a provider whose address is only
// secondary, and one with two primary entities in the same country.
function workspace(): Knowledge {
  const fact = 'source: agency register, checked_on: 2026-11-01';
  const res = parseKnowledgeOverride(`providers:
  acme:
    names: [Acme Bank]
    entities:
      - { region: default, name: Acme Bank AG, country: CH, address: "Bahnhofstrasse 1, 8001 Zurich", ${fact}, confidence: primary }
  rumour:
    names: [Rumour Cloud]
    entities:
      - { region: default, name: Rumour Cloud Ltd, country: MT, address: "1 Rumour Street, Valletta", ${fact}, confidence: secondary }
  twins:
    names: [Twins]
    entities:
      - { region: default, name: Twins One Ltd, country: MT, address: "1 One Street, Valletta", ${fact}, confidence: primary }
      - { region: eu, name: Twins Two Ltd, country: MT, address: "2 Two Street, Valletta", ${fact}, confidence: primary }
`);
  assert.deepEqual(res.findings, []);
  return mergeKnowledge(SHIPPED, res.override);
}

describe('providerAddress', () => {
  const k = workspace();
  const table: [string, DraftRequest['holder'], Knowledge, string | undefined][] = [
    ['a holder naming Meta Platforms Ireland Limited: that entity, whatever the country', { name: 'Meta Platforms Ireland Limited', country: 'US' }, SHIPPED, META_IE],
    ['a holder naming Meta Platforms, Inc.', { name: 'Meta Platforms, Inc.', country: 'US' }, SHIPPED, META_US],
    ['a brand, holder.country IE: the Irish entity', { name: 'Instagram', country: 'IE' }, SHIPPED, META_IE],
    ['a brand, holder.country US: the US entity', { name: 'Instagram', country: 'US' }, SHIPPED, META_US],
    ['a brand, holder.country SG: TikTok Pte. Limited', { name: 'TikTok', country: 'SG' }, SHIPPED, 'One Raffles Quay, #26-10, South Tower, Singapore 048583'],
    ['a registry id and holder.country', { name: 'Gmail', entity: 'google', country: 'US' }, SHIPPED, '1600 Amphitheatre Parkway, Mountain View, California 94043, USA'],
    ['a brand with no entity in holder.country', { name: 'Gmail', country: 'FR' }, SHIPPED, undefined],
    ['a brand without holder.country', { name: 'Instagram' }, SHIPPED, undefined],
    ['an unknown provider', { name: 'Example Host', country: 'KH' }, SHIPPED, undefined],
    ['no holder', undefined, SHIPPED, undefined],
    ['a primary entity without an address (Snap Inc.)', { name: 'Snap Inc.', country: 'US' }, SHIPPED, undefined],
    ['a primary entity without an address (Uber B.V.)', { name: 'Uber B.V.', country: 'NL' }, SHIPPED, undefined],
    ['a workspace bank: its own address', { name: 'Acme Bank', country: 'CH' }, k, 'Bahnhofstrasse 1, 8001 Zurich'],
    ['a non-primary entity named: not used', { name: 'Rumour Cloud Ltd', country: 'MT' }, k, undefined],
    ['a non-primary entity by country: not used', { name: 'Rumour Cloud', country: 'MT' }, k, undefined],
    ['two primary entities in holder.country: none', { name: 'Twins', country: 'MT' }, k, undefined],
    ['one of those two named: its own', { name: 'Twins Two Ltd', country: 'MT' }, k, '2 Two Street, Valletta'],
  ];
  for (const [what, holder, knowledge, want] of table) {
    it(what, () => assert.equal(providerAddress(knowledge, req(holder)), want));
  }

  it('every shipped address sits on an entity with a source, and fits on a line', () => {
    let n = 0;
    for (const p of Object.values(SHIPPED.providers ?? {})) {
      for (const e of p.entities ?? []) {
        if (e.address === undefined) continue;
        n++;
        assert.ok(e.source.length > 0, e.name);
        assert.ok(e.address.length <= 120 && !/\n/.test(e.address), e.name);
      }
    }
    assert.ok(n >= 14, String(n));
  });

  it('no rule reads an entity address (drafts only)', () => {
    const dir = join(ROOT, 'src', 'rules');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      assert.doesNotMatch(src, /\.address\b/, f);
      assert.doesNotMatch(src, /\[\s*['"`]address['"`]\s*\]/, f);
      assert.doesNotMatch(src, /\{[^}]*\baddress\b[^}]*\}\s*=/, f);
      assert.doesNotMatch(src, /providerAddress/, f);
    }
  });
});
