// cloud-act-no-agreement: the CLOUD Act lets a US provider disclose directly only to a state
// with a qualifying executive agreement in force. Without one, you are back to the treaty route.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { anyCloudActAgreement, cloudActAgreement } from '../knowledge';

export const cloudActNoAgreement: Rule = {
  meta: { id: 'cloud-act-no-agreement', severity: 'error', kind: 'channel', summary: 'A CLOUD Act request from a state with no executive agreement in force on the date.' },
  check(ctx) {
    const out: Report[] = [];
    const state = ctx.caseView.requestingState;
    if (!state) return out;
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'cloud_act' || cloudActAgreement(ctx.knowledge, state, r.date)) continue;
      const later = anyCloudActAgreement(ctx.knowledge, state);
      // An agreement recorded but not verified: whether one is in force is unknown, and unknown is silent.
      if (later?.verify) continue;
      const why = later?.in_force ? `the agreement of ${state} with the US is in force only from ${later.in_force}, after ${r.date}` : `${state} has no CLOUD Act executive agreement with the US`;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} uses the CLOUD Act, but ${why}. Direct disclosure needs a qualifying agreement in force on the date.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
