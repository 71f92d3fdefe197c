// A request's status in the register (register.md), derived from its lifecycle keys and today:
// draft (not sent, or dated after today: planned), sent, acknowledged, answered, partly answered,
// refused, withdrawn, and overdue (sent, no answer, refusal or withdrawal, and past its channel's
// latest typical answer). It lives in the core because two layers read it: the rules
// (`answer-overdue`, `preservation-expiring`) and the register (src/register/) above them.
import { Knowledge, latestDays, sameHolderKey } from '../knowledge';
import type { RequestView } from './case';
import { addDays } from './dates';

export type Status = 'draft' | 'sent' | 'acknowledged' | 'answered' | 'partly answered' | 'refused' | 'withdrawn' | 'overdue';

/** Whether nothing more is awaited on a request: answered in full, refused or withdrawn. */
export const isClosed = (s: Status) => s === 'answered' || s === 'refused' || s === 'withdrawn';

/**
 * The last day of the channel's latest typical answer, counted from `sent` (the knowledge's
 * `latest_days` for the action); undefined when the request is not sent or no speed is known.
 */
export function answerDue(k: Knowledge, r: RequestView, urgency?: string): string | undefined {
  if (!r.sent || !r.channel || !r.action) return undefined;
  const days = latestDays(k, r.channel, r.action, urgency);
  return days === undefined ? undefined : addDays(r.sent, days);
}

/** The status of a request on `today`. Overdue only from the day after `answerDue`. */
export function requestStatus(k: Knowledge, r: RequestView, today: string, urgency?: string): Status {
  if (r.withdrawn && r.withdrawn <= today) return 'withdrawn';
  if (r.refused && r.refused.on <= today) return 'refused';
  if (r.answered && r.answered <= today) return r.partial ? 'partly answered' : 'answered';
  if (!r.sent || r.sent > today) return 'draft';
  const due = answerDue(k, r, urgency);
  if (due !== undefined && today > due) return 'overdue';
  return r.acknowledged && r.acknowledged <= today ? 'acknowledged' : 'sent';
}

/**
 * The requests that need preservation `p`'s hold: the productions `after:` it or to the same
 * holder (as `preservationLapses` pairs them).
 */
export function dependents(k: Knowledge, p: RequestView, all: readonly RequestView[]): RequestView[] {
  const key = sameHolderKey(k, p.holder);
  return all.filter((r) => r !== p && r.action === 'produce' && ((p.id !== undefined && r.after === p.id) || (key !== undefined && sameHolderKey(k, r.holder) === key)));
}

/**
 * Whether preservation `p`'s hold still matters on `today`: the preservation is neither refused
 * nor withdrawn, and either no production that needs it is written yet (it is still to come) or
 * one of them still awaits its answer.
 */
export function holdNeeded(k: Knowledge, p: RequestView, all: readonly RequestView[], today: string, urgency?: string): boolean {
  const own = requestStatus(k, p, today, urgency);
  if (own === 'withdrawn' || own === 'refused') return false;
  const deps = dependents(k, p, all);
  return deps.length === 0 || deps.some((r) => !isClosed(requestStatus(k, r, today, urgency)));
}
