// mlat-without-treaty: an MLAT needs a treaty. Where the knowledge base records that none binds
// the two states (a pair recorded `none`, or a treaty in force only later) and no convention is
// known to cover the request, the fallback is a letter rogatory (or a faster route where one reaches).
import { changeChannelFix, label } from '../core/fixes';
import { offenceFacts } from '../core/legal-basis';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { mlaBasis, mlatPair } from '../knowledge';

export const mlatWithoutTreaty: Rule = {
  meta: { id: 'mlat-without-treaty', severity: 'warning', kind: 'channel', summary: 'An MLAT request where the knowledge base says no MLA basis is in force between the two states.' },
  check(ctx) {
    const out: Report[] = [];
    const from = ctx.caseView.requestingState;
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'mlat') continue;
      if (mlaBasis(ctx.knowledge, from, r.requestedState, r.date, { action: r.action, data: r.data, ...offenceFacts(ctx.caseView) }).status !== 'none') continue;
      const pair = mlatPair(ctx.knowledge, from, r.requestedState);
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      const why = pair?.status === 'in_force' ? `the MLAT between ${from} and ${r.requestedState} is in force only from ${pair.in_force}` : `no MLAT is in force between ${from} and ${r.requestedState}`;
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is an MLAT request, but ${why}${pair ? ` (${pair.source})` : ''}, and no convention is known to cover it. An MLAT request needs a treaty in force.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
