// preservation-via-treaty: a treaty request takes months; it never freezes data in time.
// Preserve first, through the portal (or an EU preservation order), the moment you know.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

export const preservationViaTreaty: Rule = {
  meta: { id: 'preservation-via-treaty', severity: 'error', kind: 'channel', summary: 'An MLAT or letter rogatory used to preserve data: a treaty request never freezes data in time.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if ((r.channel !== 'mlat' && r.channel !== 'letter_rogatory') || r.action !== 'preserve') continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      const then = route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`;
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} uses ${r.channel === 'mlat' ? 'an MLAT' : 'a letter rogatory'} to preserve data. Treaty requests take many months: never use them for a preservation freeze.${then}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
