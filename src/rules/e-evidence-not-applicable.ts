// e-evidence-not-applicable: the e-Evidence Regulation entered into force in 2023 but applies
// only from 18 August 2026 (the date lives in the knowledge base). Before it, EU cross-border
// requests still rely on existing instruments.
import { EU_ORDERS } from '../core/case';
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { eEvidenceApplies } from '../knowledge';

export const eEvidenceNotApplicable: Rule = {
  meta: { id: 'e-evidence-not-applicable', severity: 'error', kind: 'channel', summary: 'An EU order dated before the e-Evidence Regulation applies (18 August 2026).' },
  check(ctx) {
    const out: Report[] = [];
    const k = ctx.knowledge.e_evidence;
    for (const r of ctx.caseView.requests) {
      if (!r.channel || !EU_ORDERS.includes(r.channel) || eEvidenceApplies(ctx.knowledge, r.date)) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path: r.sent ? [...r.path, 'sent'] : [...r.path, 'channel'],
        message: `${label(r)} is an EU order dated ${r.date}${r.sent ? '' : ' (today: it has no "sent" date)'}, but ${k.regulation ?? 'the e-Evidence Regulation'} applies only from ${k.applies_from}. Until then, EU cross-border requests rely on existing instruments.${route.channel ? ` Use "${route.channel}".` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
