// eu-order-authority: an EU order the case's issuing authority may not issue alone, and nothing
// validated it. A European Production Order for traffic or content data is issued by a judge, a
// court or an investigating judge, or validated by one (Regulation (EU) 2023/1543 Art. 4(2)); a
// prosecutor may issue the other EU orders and an EIO, the police only with a judicial validation
// (Art. 4(1), 4(3); Directive 2014/41/EU Art. 2(c)). The conditions live in core/eu-orders.ts,
// which the drafts read too. Silent where `case.authority_type` is not stated.
import { authorityProblem } from '../core/eu-orders';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

const WORDS: Record<string, string> = { prosecutor: "a prosecutor's office", police: 'a police or investigating agency', central_authority: 'the central authority', other: 'an authority that is neither a judge nor a prosecutor' };
const WHO = { judge: 'a judge, a court or an investigating judge', judicial: 'a judge, a court, an investigating judge or a public prosecutor' };

export const euOrderAuthority: Rule = {
  meta: { id: 'eu-order-authority', severity: 'error', kind: 'channel', summary: 'An EU order (EPOC, EPOC-PR, EIO) that the issuing authority may not issue alone, with no validation by a judge (or, where enough, a prosecutor).' },
  check(ctx) {
    const out: Report[] = [];
    const c = ctx.caseView;
    if (!c.authorityType) return out;
    for (const r of c.requests) {
      const p = authorityProblem(c, r);
      if (!p) continue;
      const by = WORDS[c.authorityType] ?? c.authorityType;
      out.push(
        p.kind === 'unvalidated'
          ? { path: [...r.path, 'channel'], message: `${label(r)} is ${p.order}, which only ${WHO[p.who]} may issue, or another authority with its validation (${p.article}); the case's authority is ${by} (case.authority_type) and the request has no validated_by. Have it validated and record the validation: validated_by: { name, type, on }.` }
          : { path: [...r.path, 'validated_by', 'type'], message: `${label(r)} is ${p.order}: only ${WHO.judge} may validate it (${p.article}), not ${WORDS[p.validator] ?? p.validator}. Have a judge or a court validate it.` },
      );
    }
    return out;
  },
};
