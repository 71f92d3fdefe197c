// interpol-alone: INTERPOL runs beside an evidence route, never instead of it. A case with
// notices and no request for data or evidence will find the person and have nothing to show.
import { isDataAction } from '../core/case';
import type { Rule } from '../core/rule';

export const interpolAlone: Rule = {
  meta: { id: 'interpol-alone', severity: 'info', kind: 'channel', summary: 'The case has INTERPOL requests and no evidence request: INTERPOL runs beside an evidence route.' },
  check(ctx) {
    const first = ctx.all.find((r) => r.channel === 'interpol');
    const evidence = ctx.all.some((r) => r.channel && r.channel !== 'interpol' && (isDataAction(r.action) || r.action === 'testimony'));
    const mine = first && ctx.caseView.requests.find((r) => r.index === first.index);
    if (!mine || evidence) return [];
    return [{
      path: [...mine.path, 'channel'],
      message: 'This case asks INTERPOL only. INTERPOL cannot compel evidence: pair the notice with an evidence request on the best route for the data you need, beside it, never instead of it.',
    }];
  },
};
