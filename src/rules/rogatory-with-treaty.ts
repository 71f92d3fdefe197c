// rogatory-with-treaty: letters rogatory are the fallback where no treaty exists. Where an
// MLAT is in force between the two states, it is faster and more reliable.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { mlatPair, mlatStatus } from '../knowledge';

export const rogatoryWithTreaty: Rule = {
  meta: { id: 'rogatory-with-treaty', severity: 'warning', kind: 'channel', summary: 'A letter rogatory where an MLAT is in force between the two states.' },
  check(ctx) {
    const out: Report[] = [];
    const from = ctx.caseView.requestingState;
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'letter_rogatory' || mlatStatus(ctx.knowledge, from, r.requestedState, r.date) !== 'in_force') continue;
      const pair = mlatPair(ctx.knowledge, from, r.requestedState)!;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is a letter rogatory, but an MLAT between ${from} and ${r.requestedState} is in force${pair.in_force ? ` since ${pair.in_force}` : ''} (${pair.source}). Where a treaty binds both states, a request under it is faster and more reliable than comity.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ''}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
