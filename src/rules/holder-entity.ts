// holder-entity: a provider whose entities differ by region (Meta, Google, X, TikTok…), and
// either the holder's country is absent, or the requesting state is an EU member while the
// holder is the provider's non-EU entity: for an account holder in the EU, the EU entity
// answers. Information only: which entity holds the data is a choice the user makes, so each
// entity is a quick fix, never applied in bulk.
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { findProvider, fromWorkspace, primaryEntities, primaryEntityFor, primaryType, Provider, WORKSPACE_MARK } from '../knowledge';
import { entityFix } from './holder-facts';
import { rawValue } from './util';

// Whether the provider's primary entities differ in name or country: once per provider entry.
const distinctEntities = new WeakMap<Provider, boolean>();
function hasDistinctEntities(p: Provider): boolean {
  let yes = distinctEntities.get(p);
  if (yes === undefined) distinctEntities.set(p, (yes = new Set(primaryEntities(p).map((e) => `${e.name}|${e.country ?? ''}`)).size >= 2));
  return yes;
}

export const holderEntity: Rule = {
  meta: { id: 'holder-entity', severity: 'info', kind: 'channel', summary: 'The provider answers through different entities by region: check which one holds the account.' },
  check(ctx) {
    const out: Report[] = [];
    const state = ctx.caseView.requestingState;
    const inEu = state !== undefined && (ctx.knowledge.e_evidence.members ?? []).includes(state);
    for (const r of ctx.caseView.requests) {
      if (!r.holder?.name) continue;
      const m = findProvider(ctx.knowledge, r.holder);
      if (!m) continue;
      if (!hasDistinctEntities(m.provider)) continue;
      const entities = primaryEntities(m.provider);
      const eu = primaryEntityFor(m.provider, 'eu');
      let why: string | undefined;
      // No country written at all (one the schema refused is the schema's to report).
      if (r.holder.country === undefined && rawValue(ctx, [...r.path, 'holder', 'country']) === undefined) why = `gives no country for ${r.holder.name}, whose registry entry lists ${entities.length} entities by where the account holder lives`;
      else if (inEu && eu && eu.country !== r.holder.country && (m.entity === undefined || m.entity.region !== 'eu')) {
        why = `goes from ${state}, an EU member, to ${r.holder.name} in ${r.holder.country}; for an account holder in the EU, ${eu.name} (${eu.country}${fromWorkspace(eu) ? `; ${WORKSPACE_MARK}` : ''}) answers`;
      }
      if (!why) continue;
      const type = primaryType(m.provider);
      const ordered = inEu && eu ? [eu, ...entities.filter((e) => e !== eu)] : entities;
      out.push({
        path: [...r.path, 'holder', 'name'],
        message: `${label(r)} ${why}. Address the entity that serves the account holder's region: a request to the wrong entity is refused.`,
        fixes: ordered.map((e) => {
          const f = entityFix(ctx, r, type, e, true);
          const where = e.region === 'default' ? 'for users elsewhere' : `for users in the ${e.region.toUpperCase()}`;
          return { ...f, title: `Address it to ${e.name}, ${where}` };
        }).filter((f) => f.edits.length > 0),
        autofix: false,
      });
    }
    return out;
  },
};
