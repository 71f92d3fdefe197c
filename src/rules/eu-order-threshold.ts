// eu-order-threshold: a European Production Order for traffic data (other than data asked for
// the sole purpose of identifying the user) or content in a case whose offences all carry less
// than the threshold of Regulation (EU) 2023/1543 Art. 5(4) (a maximum of at least three years)
// and are none of the offences it lists. The threshold and the categories that may be listed are
// facts of the knowledge base (`e_evidence.production_threshold`); the reading is in
// core/eu-orders.ts. Silent where any penalty or any offence's category is unknown.
import { belowThreshold } from '../core/eu-orders';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

export const euOrderThreshold: Rule = {
  meta: { id: 'eu-order-threshold', severity: 'error', kind: 'channel', summary: 'A European Production Order for traffic or content data for offences below the Regulation\'s penalty threshold (Art. 5(4)).' },
  check(ctx) {
    const out: Report[] = [];
    const c = ctx.caseView;
    if (!c.offences?.length) return out;
    for (const r of c.requests) {
      const t = belowThreshold(ctx.knowledge, c, r);
      if (!t) continue;
      out.push({
        path: [...r.path, 'data'],
        message: `${label(r)} asks for traffic or content data by European Production Order, which Regulation (EU) 2023/1543 Art. 5(4) allows only for offences punishable by a maximum of at least ${t.years} years, or for the offences it lists (non-cash payment fraud, child sexual abuse and attacks on information systems committed online; terrorism). The highest penalty here is ${t.highest} years and no offence is of a listed kind. Ask for subscriber data only (Art. 5(3): every offence), or use another channel. Source: ${t.source}.`,
      });
    }
    return out;
  },
};
