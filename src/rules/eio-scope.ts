// eio-scope: a European Investigation Order exists only between two different member states
// bound by Directive 2014/41/EU on the date: not with Denmark or Ireland, not outside the EU, not
// before 2017-05-22, and not within one state.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { eioBound } from '../knowledge';

export const eioScope: Rule = {
  meta: { id: 'eio-scope', severity: 'error', kind: 'channel', summary: 'A European Investigation Order where the requesting or the requested state is not bound on the date, or both are the same state.' },
  check(ctx) {
    const out: Report[] = [];
    const k = ctx.knowledge;
    const S = ctx.caseView.requestingState;
    const instrument = k.eio?.instrument ?? 'Directive 2014/41/EU';
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'eio') continue;
      const T = r.requestedState;
      let why: string | undefined;
      if (S && T && S === T) why = `${S} is both the requesting and the requested state: an EIO goes to another member state, and at home a domestic order applies`;
      else if (k.eio?.applies_from && r.date < k.eio.applies_from) why = `${instrument} applies only from ${k.eio.applies_from}, after ${r.date}`;
      else {
        const not = [S, T].filter((s) => eioBound(k, s, r.date) === false);
        if (not.length > 0) {
          const opted = not.filter((s) => (k.eio?.not_bound ?? []).includes(s!));
          why = `${not.join(' and ')} ${not.length > 1 ? 'are' : 'is'} not bound by ${instrument}${opted.length ? ` (it binds every member state except ${(k.eio?.not_bound ?? []).join(' and ')})` : ' (it binds only EU member states)'}`;
        }
      }
      if (!why) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is a European Investigation Order, but ${why}.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
