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
      const route = ctx.route(r);
      const then = route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`;
      const fix = changeChannelFix(ctx, r, route);
      const fixes = fix ? [fix] : [];
      if (r.action === 'testimony') {
        out.push({ path: [...r.path, 'action'], message: `${label(r)} asks a platform portal for testimony. Compelled testimony is court-ready evidence, asked government to government or court to court, never of a portal.${then}`, fixes });
      } else if (r.data?.includes('bank_records')) {
        const i = (rawValue(ctx, [...r.path, 'data']) as unknown[]).indexOf('bank_records');
        out.push({ path: [...r.path, 'data', i], message: `${label(r)} asks a portal for bank records. Bank records are never a platform's to give: they are court-ready evidence, asked of the authorities of the state where the bank is.${then}`, fixes });
      } else if (r.holder?.type && !isPlatformHeld(r.holder)) {
        out.push({ path: [...r.path, 'holder', 'type'], message: `${label(r)} goes to a portal, but the holder is a ${r.holder.type}: law-enforcement portals are run by the large platforms and the major exchanges, for the data they hold.${then}`, fixes });
      }
    }
    return out;
  },
};
