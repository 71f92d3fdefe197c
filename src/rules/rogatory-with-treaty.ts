// rogatory-with-treaty: letters rogatory are the fallback where no treaty exists. Where any MLA
// basis is in force between the two states (a bilateral MLAT, the US-EU Agreement, a convention
// such as the Budapest Convention for electronic evidence), the MLAT request is faster and more
// reliable. The message names the instrument and its date.
import { changeChannelFix, label } from '../core/fixes';
import { offenceFacts } from '../core/legal-basis';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { mlaBasis } from '../knowledge';
import { eioReplacesMla } from './eio-replaces-mla';

export const rogatoryWithTreaty: Rule = {
  meta: { id: 'rogatory-with-treaty', severity: 'warning', kind: 'channel', summary: 'A letter rogatory where an MLA basis (a treaty or a convention) is in force between the two states.' },
  check(ctx) {
    const out: Report[] = [];
    const from = ctx.caseView.requestingState;
    for (const r of ctx.caseView.requests) {
      // Between two EIO states, eio-replaces-mla says it (one mistake, one finding).
      if (r.channel !== 'letter_rogatory' || eioReplacesMla(ctx, r)) continue;
      const basis = mlaBasis(ctx.knowledge, from, r.requestedState, r.date, { action: r.action, data: r.data, ...offenceFacts(ctx.caseView) });
      if (basis.status !== 'in_force') continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is a letter rogatory, but ${basis.instrument.sentence}. Where a treaty binds both states, a request under it is faster and more reliable than comity.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ''}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
