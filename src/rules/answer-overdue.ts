// answer-overdue: a sent request past its channel's latest typical answer (the knowledge's
// `latest_days` from `sent`) with no answer, refusal or withdrawal, and no reminder sent since it
// fell due (register.md). The fix records a reminder sent today in `reminders:`; it records a
// fact, so `--fix` and Fix All never apply it.
import { label } from '../core/fixes';
import { addDays } from '../core/dates';
import type { Rule } from '../core/rule';
import { answerDue, requestStatus } from '../core/status';
import type { Report } from '../core/types';
import { addDateEdits } from './util';

export const answerOverdue: Rule = {
  meta: { id: 'answer-overdue', severity: 'info', kind: 'channel', summary: 'A sent request is past its channel\'s latest typical answer with no answer and no reminder since.' },
  check(ctx) {
    const out: Report[] = [];
    const urgency = ctx.caseView.urgency;
    for (const r of ctx.caseView.requests) {
      if (requestStatus(ctx.knowledge, r, ctx.today, urgency) !== 'overdue') continue;
      const due = answerDue(ctx.knowledge, r, urgency)!;
      const overdueFrom = addDays(due, 1);
      const reminded = (r.reminders ?? []).filter((d) => d >= overdueFrom && d <= ctx.today).sort().pop();
      if (reminded) continue;
      out.push({
        path: [...r.path, 'sent'],
        message: `${label(r)} was sent on ${r.sent} and has no answer: the latest typical answer on "${r.channel}" was by ${due}. Send a reminder${r.their_reference ? ` quoting their reference ${r.their_reference}` : ''}.`,
        // Recording what was done today is record-keeping: the one edit a sent request may take.
        fixes: [{ title: `Record a reminder sent today (${ctx.today}) in "reminders"`, edits: addDateEdits(ctx, r, 'reminders', ctx.today, 'sent'), sparesRecord: true }],
        autofix: false,
      });
    }
    return out;
  },
};
