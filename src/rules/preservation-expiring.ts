// preservation-expiring: the calendar side of a preservation (register.md). A hold (the lapse
// computation of src/core/preservation.ts: channel or provider period, extensions) ends within
// `dueSoonDays` of today while a request that needs it still awaits its answer: send the
// extension now. `preservation-lapse` says a plan cannot work; this rule says what is due. The
// fix records an extension sent today in `extended:`; it records a fact (the letter was sent),
// so `--fix` and Fix All never apply it.
import { label } from '../core/fixes';
import { daysBetween } from '../core/dates';
import { holdContinues, preservationHold } from '../core/preservation';
import type { Rule } from '../core/rule';
import { dependents, holdNeeded, isClosed, requestStatus } from '../core/status';
import type { Report } from '../core/types';
import { addDateEdits } from './util';

export const preservationExpiring: Rule = {
  meta: { id: 'preservation-expiring', severity: 'warning', kind: 'channel', summary: 'A preservation ends within the due-soon window while the request that needs it is not answered.' },
  check(ctx) {
    const out: Report[] = [];
    const { knowledge: k, today } = ctx;
    const urgency = ctx.caseView.urgency;
    for (const p of ctx.caseView.requests) {
      if (p.action !== 'preserve' || !p.sent || p.sent > today) continue;
      const hold = preservationHold(k, p);
      if (!hold) continue;
      const left = daysBetween(today, hold.end);
      if (left < 0 || left > ctx.dueSoonDays) continue;
      if (!holdNeeded(k, p, ctx.all, today, urgency)) continue;
      const deps = dependents(k, p, ctx.all);
      if (deps.some((d) => holdContinues(k, p, hold, d))) continue;
      const waiting = deps.filter((d) => !isClosed(requestStatus(k, d, today, urgency)));
      const room = hold.maxExtensions === undefined || hold.extensionsUsed < hold.maxExtensions;
      const when = left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${left} days`;
      const why = waiting.length ? ` ${waiting.map(label).join(', ')} still awaits the data.` : ' No production that needs the data is answered yet.';
      out.push({
        path: [...p.path, 'sent'],
        message: `${label(p)} ends ${when} (${hold.end}).${why}${room ? ' Send the extension now, as a separate request.' : ` ${p.holder?.name ?? 'The holder'} grants no further extension (at most ${hold.maxExtensions}).`}`,
        // Recording what was done today is record-keeping: the one edit a sent request may take.
        fixes: room ? [{ title: `Record the extension as sent today (${today}) in "extended"`, edits: addDateEdits(ctx, p, 'extended', today, 'sent'), sparesRecord: true }] : [],
        autofix: false,
      });
    }
    return out;
  },
};
