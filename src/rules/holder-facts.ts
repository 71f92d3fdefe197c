// holder-facts: the holder names a provider of the registry, and its type, country or
// eu_services agrees with none of that provider's entities (primary facts only). One fix per
// entity sets its values; the entity the name itself names comes first.
import { label } from '../core/fixes';
import type { RequestView } from '../core/case';
import { flowText } from '../core/edits';
import type { Rule, RuleContext } from '../core/rule';
import type { Fix, Report, TextEdit } from '../core/types';
import { findProvider, fromWorkspace, primaryEntities, primaryType, ProviderEntity, WORKSPACE_MARK } from '../knowledge';

type Field = 'type' | 'country' | 'eu_services';

/** The holder's fields that differ from an entity's (a value absent on either side agrees). */
function differences(r: RequestView, type: string | undefined, e: ProviderEntity): Field[] {
  const h = r.holder!;
  const out: Field[] = [];
  if (type !== undefined && h.type !== undefined && h.type !== type) out.push('type');
  if (e.country !== undefined && h.country !== undefined && h.country !== e.country) out.push('country');
  if (e.eu_services !== undefined && h.eu_services !== undefined && h.eu_services !== e.eu_services) out.push('eu_services');
  return out;
}

/** Whether the holder agrees with an entity: `differences` is empty (without building it). */
function agrees(r: RequestView, type: string | undefined, e: ProviderEntity): boolean {
  const h = r.holder!;
  return !(type !== undefined && h.type !== undefined && h.type !== type)
    && !(e.country !== undefined && h.country !== undefined && h.country !== e.country)
    && !(e.eu_services !== undefined && h.eu_services !== undefined && h.eu_services !== e.eu_services);
}

/** Set the holder's type, country and eu_services to an entity's (where the registry gives them). */
export function entityFix(ctx: RuleContext, r: RequestView, type: string | undefined, e: ProviderEntity, withName = false): Fix {
  const hp = [...r.path, 'holder'];
  const h = r.holder ?? {};
  const edits: TextEdit[] = [];
  if (withName && h.name !== e.name) edits.push(...ctx.editor.set(hp, 'name', flowText(e.name)));
  if (type !== undefined && h.type !== type) edits.push(...ctx.editor.set(hp, 'type', type, 'name'));
  if (e.country !== undefined && h.country !== e.country) edits.push(...ctx.editor.set(hp, 'country', e.country, 'type'));
  if (e.eu_services !== undefined && h.eu_services !== e.eu_services) edits.push(...ctx.editor.set(hp, 'eu_services', String(e.eu_services), 'country'));
  const facts = [type, e.country, e.eu_services === undefined ? undefined : `eu_services ${e.eu_services}`].filter((x) => x !== undefined).join(', ');
  return { title: withName ? `Address it to ${e.name} (${facts})` : `Set the holder to ${e.name}: ${facts}`, edits };
}

export const holderFacts: Rule = {
  meta: { id: 'holder-facts', severity: 'warning', kind: 'channel', summary: "The holder's type, country or EU services contradict every entity the provider registry gives for it." },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (!r.holder) continue;
      const m = findProvider(ctx.knowledge, r.holder);
      if (!m) continue;
      const type = primaryType(m.provider);
      const entities = primaryEntities(m.provider);
      if (entities.length === 0) continue;
      if (entities.some((e) => agrees(r, type, e))) continue;
      // The entity the name names first, then the registry's order (the default region first).
      const ordered = [...entities].sort((a, b) => Number(b === m.entity) - Number(a === m.entity) || Number(b.region === 'default') - Number(a.region === 'default'));
      const first = differences(r, type, ordered[0])[0];
      const said = first === 'type' ? `a ${r.holder.type}` : first === 'country' ? `in ${r.holder.country}` : r.holder.eu_services ? 'offering services in the EU' : 'offering no services in the EU';
      const known = ordered.map((e) => `${e.name} (${[e.country, e.region === 'default' ? undefined : `for ${e.region.toUpperCase()} users`, fromWorkspace(e) ? WORKSPACE_MARK : undefined].filter(Boolean).join(', ')})`).join('; ');
      out.push({
        path: [...r.path, 'holder', first],
        message: `${label(r)} describes ${r.holder.name ?? m.id} as ${said}, which fits none of its entities in the provider registry${type && first === 'type' ? ` (a ${type})` : ''}: ${known}. A request to the wrong entity or under the wrong law is refused.`,
        fixes: ordered.map((e) => entityFix(ctx, r, type, e)).filter((f) => f.edits.length > 0),
      });
    }
    return out;
  },
};
