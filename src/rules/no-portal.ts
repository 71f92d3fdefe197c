// no-portal: a `lers` request to a provider whose registry entry says, as a primary fact, that it
// runs no law-enforcement portal. The best route then skips the portal.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { findProvider, primaryPortal, fromWorkspace, WORKSPACE_MARK } from '../knowledge';

export const noPortal: Rule = {
  meta: { id: 'no-portal', severity: 'warning', kind: 'channel', summary: 'A portal (LERS) request to a provider the registry says runs no law-enforcement portal.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'lers' || !r.holder) continue;
      const m = findProvider(ctx.knowledge, r.holder);
      const portal = m && primaryPortal(m.provider);
      if (!portal?.none) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      const then = route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`;
      const contact = portal.contact ? ` Its contact: ${portal.contact}.` : '';
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} goes to a portal, but ${r.holder.name ?? m!.id} runs no law-enforcement portal (${portal.source}, checked ${portal.checked_on}${fromWorkspace(portal) ? `; ${WORKSPACE_MARK}` : ''}).${contact}${then}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
