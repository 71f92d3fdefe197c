// preservation-expiring: the calendar side of a preservation (register.md). A hold (the lapse
// computation of src/core/preservation.ts: channel or provider period, extensions) ends within
// `dueSoonDays` of today while a request that needs it still awaits its answer: send the
// extension now. `preservation-lapse` says a plan cannot work; this rule says what is due. The
// fix records an extension sent today in `extended:`; it records a fact (the letter was sent),
// so `--fix` and Fix All never apply it. A `planned_extensions` date that has come or falls within
// the window and that no `extended` date realises is said too: the plan counts it, the record does not.
import { label } from '../core/fixes';
import { daysBetween, isDate } from '../core/dates';
import { holdContinues, preservationHold } from '../core/preservation';
import type { RequestView } from '../core/case';
import type { Rule, RuleContext } from '../core/rule';
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
      out.push(...plannedNotSent(ctx, p));
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

/**
 * The planned extensions of preservation `p` due within the window (or past) and not recorded as
 * sent, while the hold counting only the extensions sent still runs and a request still needs it.
 */
function plannedNotSent(ctx: RuleContext, p: RequestView): Report[] {
  const { knowledge: k, today } = ctx;
  // Each extension sent realises one planned: the one of its date, else the earliest left (an
  // extension sent early, or on another day than planned, is the planned one).
  const sent = (p.extended ?? []).filter(isDate);
  const open = (p.planned_extensions ?? []).map((d, i) => ({ d, i })).filter(({ d }) => isDate(d)).sort((a, b) => a.d.localeCompare(b.d));
  const unmatched = sent.filter((e) => {
    const at = open.findIndex(({ d }) => d === e);
    if (at >= 0) open.splice(at, 1);
    return at < 0;
  });
  open.splice(0, unmatched.length);
  const due = open.filter(({ d }) => daysBetween(today, d) <= ctx.dueSoonDays);
  if (due.length === 0) return [];
  const held = preservationHold(k, { ...p, planned_extensions: [] });
  if (!held || held.end < today || !holdNeeded(k, p, ctx.all, today, ctx.caseView.urgency)) return [];
  if (dependents(k, p, ctx.all).some((r) => holdContinues(k, p, held, r))) return [];
  return due.map(({ d, i }) => {
    const left = daysBetween(today, d);
    const when = left < 0 ? 'its date has passed' : left === 0 ? 'it is due today' : left === 1 ? 'it is due tomorrow' : `it is due in ${left} days`;
    return {
      path: [...p.path, 'planned_extensions', i],
      message: `The extension planned for ${d} is not recorded as sent (${when}); without it ${label(p)} ends ${held.end}. Send it, then record its date in "extended".`,
      fixes: [{ title: `Record the extension as sent today (${today}) in "extended"`, edits: addDateEdits(ctx, p, 'extended', today, 'sent'), sparesRecord: true }],
      autofix: false,
    };
  });
}
