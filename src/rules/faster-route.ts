// faster-route: a treaty request where a faster lawful route reaches the same data (the portal
// for non-content, a CLOUD Act agreement, an EU production order, an EIO). Information only:
// choosing a channel is a legal decision, so the fix is offered, never applied in bulk. Silent
// where eio-replaces-mla fires (one mistake, one finding): between two EIO states the EIO is not
// a faster option but the only one, and that rule says so.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { earliestDays } from '../knowledge';
import { eioReplacesMla } from './eio-replaces-mla';

const FAST = ['cloud_act', 'eu_production_order', 'lers', 'eio'];

export const fasterRoute: Rule = {
  meta: { id: 'faster-route', severity: 'info', kind: 'channel', summary: 'An MLAT or letter rogatory for data that a faster route (LERS, CLOUD Act, EU order, EIO) reaches.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if ((r.channel !== 'mlat' && r.channel !== 'letter_rogatory') || r.action !== 'produce' || eioReplacesMla(ctx, r)) continue;
      const route = ctx.route(r);
      if (!route.channel || !FAST.includes(route.channel)) continue;
      const fix = changeChannelFix(ctx, r, route);
      const days = earliestDays(ctx.knowledge, r.channel, 'produce');
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} goes by ${r.channel === 'mlat' ? 'MLAT' : 'letter rogatory'}${days ? ` (${days} days at the earliest)` : ''}, but "${route.channel}" reaches the same data. ${route.reason}`,
        fixes: fix ? [fix] : [],
        autofix: false,
      });
    }
    return out;
  },
};
