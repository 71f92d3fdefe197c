// lers-non-platform: portals are run by platforms and the major exchanges, for what they hold.
// Bank records and testimony are court-ready evidence; which channel gets them is the best route's word.
import { changeChannelFix, label } from '../core/fixes';
import { isPlatformHeld } from '../core/case';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { rawValue } from './util';

export const lersNonPlatform: Rule = {
  meta: { id: 'lers-non-platform', severity: 'error', kind: 'channel', summary: 'A portal (LERS) request to a holder that runs no portal, for bank records, or for testimony.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'lers') continue;
      let found: { path: (string | number)[]; message: string } | undefined;
      if (r.action === 'testimony') {
        found = { path: [...r.path, 'action'], message: `${label(r)} asks a platform portal for testimony. Compelled testimony is court-ready evidence, asked government to government or court to court, never of a portal.` };
      } else if (r.data?.includes('bank_records')) {
        const i = (rawValue(ctx, [...r.path, 'data']) as unknown[]).indexOf('bank_records');
        found = { path: [...r.path, 'data', i], message: `${label(r)} asks a portal for bank records. Bank records are never a platform's to give: they are court-ready evidence, asked of the authorities of the state where the bank is.` };
      } else if (r.holder?.type && !isPlatformHeld(r.holder)) {
        found = { path: [...r.path, 'holder', 'type'], message: `${label(r)} goes to a portal, but the holder is a ${r.holder.type}: law-enforcement portals are run by the large platforms and the major exchanges, for the data they hold.` };
      }
      if (!found) continue;
      // The route and its fix only for a request that has a finding.
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({ path: found.path, message: `${found.message}${route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`}`, fixes: fix ? [fix] : [] });
    }
    return out;
  },
};
