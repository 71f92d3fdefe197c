// eio-replaces-mla: between two member states bound by the European Investigation Order, the EIO
// replaces mutual legal assistance (Directive 2014/41/EU, Art. 34). An MLAT request or a letter
// rogatory between them goes down a route the Directive closed.
import type { RequestView } from '../core/case';
import { changeChannelFix, label } from '../core/fixes';
import type { Rule, RuleContext } from '../core/rule';
import type { Report } from '../core/types';
import { eioPair } from '../knowledge';

/**
 * Whether the rule's condition holds for a request: `mlat` or `letter_rogatory` asking for
 * evidence (produce, testimony) between an EIO pair on the date. A preservation by treaty is
 * `preservation-via-treaty`'s (one mistake, one finding); `faster-route` stays silent here.
 */
export function eioReplacesMla(ctx: RuleContext, r: RequestView): boolean {
  if (r.channel !== 'mlat' && r.channel !== 'letter_rogatory') return false;
  if (r.action !== 'produce' && r.action !== 'testimony') return false;
  return eioPair(ctx.knowledge, ctx.caseView.requestingState, r.requestedState, r.date) === true;
}

export const eioReplacesMlaRule: Rule = {
  meta: { id: 'eio-replaces-mla', severity: 'warning', kind: 'channel', summary: 'An MLAT or letter rogatory between two member states bound by the European Investigation Order, which replaces mutual legal assistance between them.' },
  check(ctx) {
    const out: Report[] = [];
    const from = ctx.caseView.requestingState;
    const eio = ctx.knowledge.eio;
    for (const r of ctx.caseView.requests) {
      if (!eioReplacesMla(ctx, r)) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      const use = route.channel === 'eio' ? ' Use "eio": recognition within 30 days, execution within 90 (Art. 12).' : route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`;
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is ${r.channel === 'mlat' ? 'an MLAT request' : 'a letter rogatory'} from ${from} to ${r.requestedState}, but both are bound by the European Investigation Order (${eio?.instrument ?? 'Directive 2014/41/EU'}, since ${eio?.applies_from}), which replaces mutual legal assistance between them (Art. 34).${use}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
