// person-via-evidence-channel: locating, identifying or arresting a person is INTERPOL's work.
// A portal asked to "identify" answers with records (subscriber info, login IPs), not identities.
import { changeChannelFix, keysOf, label } from '../core/fixes';
import { isRecord } from '../core/records';
import { isPersonAction } from '../core/case';
import type { Rule } from '../core/rule';
import type { Fix, Report } from '../core/types';

export const personViaEvidenceChannel: Rule = {
  meta: { id: 'person-via-evidence-channel', severity: 'warning', kind: 'channel', summary: 'A person action (locate, identify, arrest…) on a channel other than INTERPOL.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (!r.channel || r.channel === 'interpol' || !isPersonAction(r.action)) continue;
      const has = keysOf(ctx, r);
      let fix: Fix | undefined;
      let advice: string;
      // A sent request is not rewritten into another: its fix is a follow-up (changeChannelFix).
      if (r.channel === 'lers' && r.action === 'identify' && has.has('holder') && !isRecord(r, ctx.today)) {
        const e = ctx.editor;
        fix = {
          title: 'Make it "produce" of [subscriber, ip_logs]',
          edits: [...e.set(r.path, 'action', 'produce'), ...e.set(r.path, 'data', '[subscriber, ip_logs]', 'action'), ...(has.has('person') ? e.remove(r.path, 'person') : [])],
        };
        advice = ' A portal answers with records, not identities: ask it to produce subscriber info and login IPs.';
      } else {
        const route = ctx.route(r);
        fix = changeChannelFix(ctx, r, route);
        advice = ` Use "interpol"${route.notice ? ` with a ${route.notice} notice` : ''}, beside your evidence route.`;
      }
      out.push({
        path: [...r.path, 'action'],
        message: `${label(r)} asks "${r.channel}" to ${String(r.action).replace('_', ' ')} a person. A person (locate, identify, arrest) goes through INTERPOL, which coordinates but never compels.${advice}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
