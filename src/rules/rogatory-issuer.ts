// rogatory-issuer: a letter rogatory is a request from a court in one state to a court in another
// (the guide: "a formal request from a court in your country to a court in another", resting on
// judicial comity). Where the case says its requests are issued by an authority that is not a
// court or a judge (a prosecutor, the police), the letter needs a court to issue it, or another
// route. The requesting state's own rule, where the knowledge base has it (`outgoing`), is quoted.
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { workspaceSuffix } from '../knowledge';

/** The authority types that issue a letter rogatory (`case.authority_type`). */
const JUDICIAL = new Set(['court', 'judge', 'investigating_judge']);
const WORDS: Record<string, string> = { prosecutor: "a prosecutor's office", police: 'a police or investigating agency', central_authority: 'the central authority', other: 'an authority that is not a court' };

export const rogatoryIssuer: Rule = {
  meta: { id: 'rogatory-issuer', severity: 'warning', kind: 'channel', summary: 'A letter rogatory in a case whose requests are issued by an authority that is not a court or a judge.' },
  check(ctx) {
    const out: Report[] = [];
    const type = ctx.caseView.authorityType;
    if (!type || JUDICIAL.has(type)) return out;
    const from = ctx.caseView.requestingState;
    const own = from ? (ctx.knowledge.outgoing ?? []).find((o) => o.state === from && !o.verify) : undefined;
    const rule = own?.court_issues_letters_rogatory ? ` In ${from}, a letter rogatory is issued by a court${own.note ? ` (${own.note})` : ''}; source: ${own.source}${workspaceSuffix(own)}.` : '';
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'letter_rogatory') continue;
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} is a letter rogatory, a request from a court to a court resting on judicial comity, but the case's authority is ${WORDS[type] ?? type} (case.authority_type). Have the competent court or judge issue it.${rule}`,
      });
    }
    return out;
  },
};
