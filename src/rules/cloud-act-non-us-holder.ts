// cloud-act-non-us-holder: CLOUD Act agreements lift the US Stored Communications Act bar; they
// reach providers subject to US jurisdiction, not a holder established elsewhere.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

export const cloudActNonUsHolder: Rule = {
  meta: { id: 'cloud-act-non-us-holder', severity: 'error', kind: 'channel', summary: 'A CLOUD Act request to a holder not established in the United States.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      const country = r.holder?.country;
      if (r.channel !== 'cloud_act' || !country || country === 'US') continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: [...r.path, 'holder', 'country'],
        message: `${label(r)} uses the CLOUD Act for a holder in ${country}. A CLOUD Act agreement lets US providers disclose to a partner state; it does not reach a provider outside the US.${route.channel ? ` Use "${route.channel}".` : ''}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
