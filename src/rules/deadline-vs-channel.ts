// deadline-vs-channel: `needed_by` falls before the channel's typical earliest answer (the
// knowledge base's speeds, counted from the request's date). Names the faster routes, if any.
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { earliestDays } from '../knowledge';
import { addDays } from '../core/dates';

export const deadlineVsChannel: Rule = {
  meta: { id: 'deadline-vs-channel', severity: 'warning', kind: 'channel', summary: "\"needed_by\" falls before the channel's typical earliest answer." },
  check(ctx) {
    const out: Report[] = [];
    const k = ctx.knowledge;
    const urgency = ctx.caseView.urgency;
    for (const r of ctx.caseView.requests) {
      if (!r.needed_by || !r.channel || !r.action) continue;
      const days = earliestDays(k, r.channel, r.action, urgency);
      if (days === undefined) continue;
      const earliest = addDays(r.date, days);
      if (r.needed_by >= earliest) continue;
      const route = ctx.route(r);
      const routeDays = route.channel ? earliestDays(k, route.channel, r.action, urgency) : undefined;
      const faster = route.channel && route.channel !== r.channel && routeDays !== undefined && routeDays < days
        ? ` A faster route: "${route.channel}" (${k.channels[route.channel]?.speed?.toLowerCase() ?? `${routeDays} days`}).`
        : ' No faster route is known for it: plan for the delay, and preserve the data meanwhile.';
      out.push({
        path: [...r.path, 'needed_by'],
        message: `${label(r)} is needed by ${r.needed_by}, but "${r.channel}" typically answers in ${k.channels[r.channel]?.speed?.toLowerCase() ?? `${days} days`}: not before about ${earliest} from ${r.date}.${faster}`,
      });
    }
    return out;
  },
};
