// e-evidence-scope: Regulation (EU) 2023/1543 binds the EU member states except Denmark, and
// reaches providers offering services in the EU. Outside that, an EU order does not exist.
import { EU_ORDERS } from '../core/case';
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report, YamlPath } from '../core/types';
import { boundByEEvidence } from '../knowledge';

export const eEvidenceScope: Rule = {
  meta: { id: 'e-evidence-scope', severity: 'error', kind: 'channel', summary: 'An EU order from a state the Regulation does not bind (non-member, Denmark), or to a holder with no EU services.' },
  check(ctx) {
    const out: Report[] = [];
    const state = ctx.caseView.requestingState;
    const regulation = ctx.knowledge.e_evidence.regulation ?? 'Regulation (EU) 2023/1543';
    for (const r of ctx.caseView.requests) {
      if (!r.channel || !EU_ORDERS.includes(r.channel)) continue;
      let why: string | undefined;
      let path: YamlPath = [...r.path, 'channel'];
      if (boundByEEvidence(ctx.knowledge, state) === false) {
        why = (ctx.knowledge.e_evidence.not_bound ?? []).includes(state!)
          ? `${state} is not bound by ${regulation} (it binds all member states except Denmark)`
          : `${state} is not an EU member state, and only bound member states may issue EU orders`;
      } else if (r.holder?.eu_services === false) {
        why = `the holder offers no services in the EU, and the Regulation reaches only providers that do`;
        path = [...r.path, 'holder', 'eu_services'];
      }
      if (!why) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path,
        message: `${label(r)} is ${r.channel === 'eu_production_order' ? 'a European Production Order' : 'a European Preservation Order'}, but ${why}.${route.channel ? ` Use "${route.channel}".` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
