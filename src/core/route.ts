// The best route: the guide's decision matrix in code (rules.md, "Best route"). Every fix that
// changes a channel sets this route, so two rules never offer different channels, and the
// "Recommend a channel" command asks the same function. The first branch that matches wins;
// a branch that needs a value nobody gave is skipped, and says so in `skipped`.
import {
  boundByEEvidence, cloudActAgreement, eEvidenceApplies, hasPortal, Knowledge, mlatStatus, noticeFor,
} from '../knowledge';
import { Action, Channel, DataCategory, Holder, isPersonAction, isPlatformHeld, isProvider, NON_CONTENT } from './case';

export interface RouteQuery {
  action?: Action | string;
  holder?: Holder;
  data?: readonly (DataCategory | string)[];
  requestingState?: string;
  /** `requested_state`, else `holder.country`. */
  requestedState?: string;
  /** The request's date (`sent`, else today), `YYYY-MM-DD`. */
  date: string;
}

export interface Route {
  /** Undefined where no channel fits (preserving non-platform data outside the EU order's reach). */
  channel?: Channel;
  /** For `interpol`: the notice that matches the action. */
  notice?: string;
  /** Why, in the guide's terms. */
  reason: string;
  /** Branches that could not be decided for want of a value, and branches that did not apply. */
  skipped: string[];
}

/** Branch 5's conditions: an EU order can reach this holder from this state on this date. */
function euOrderReaches(k: Knowledge, q: RouteQuery, skipped: string[]): boolean {
  const h = q.holder;
  if (!isProvider(h)) {
    skipped.push(h?.type ? `EU order: a ${h.type} is not a service provider under Regulation 2023/1543` : 'EU order: the holder type is unknown');
    return false;
  }
  if (h!.eu_services !== true) {
    skipped.push(h!.eu_services === false ? 'EU order: the holder offers no services in the EU' : 'EU order: whether the holder offers services in the EU is unknown (set holder.eu_services)');
    return false;
  }
  const bound = boundByEEvidence(k, q.requestingState);
  if (bound !== true) {
    skipped.push(bound === undefined ? 'EU order: the requesting state is unknown' : `EU order: ${q.requestingState} is not bound by ${k.e_evidence.regulation ?? 'Regulation 2023/1543'}`);
    return false;
  }
  if (!h!.country) {
    skipped.push('EU order: the holder country is unknown');
    return false;
  }
  if (h!.country === q.requestingState) {
    skipped.push('EU order: the holder is in the requesting state itself (a domestic order applies)');
    return false;
  }
  if (!eEvidenceApplies(k, q.date)) {
    skipped.push(`EU order: the Regulation applies only from ${k.e_evidence.applies_from}, after ${q.date}`);
    return false;
  }
  return true;
}

export function bestRoute(k: Knowledge, q: RouteQuery): Route {
  const skipped: string[] = [];
  const action = q.action;
  if (isPersonAction(action)) {
    const notice = noticeFor(k, action!);
    return { channel: 'interpol', notice, reason: `A person is sought: INTERPOL locates and identifies people${notice ? ` (${notice} notice)` : ''}, beside an evidence route.`, skipped };
  }
  const h = q.holder;
  if (action === 'preserve') {
    if (isPlatformHeld(h) && !hasPortal(k, h)) skipped.push(`LERS: the registry says ${h!.name ?? "the holder"} runs no law-enforcement portal`);
    else if (isPlatformHeld(h)) return { channel: 'lers', reason: "Preserve first: the platform's law-enforcement portal freezes the data in hours to days.", skipped };
    if (!h?.type) skipped.push('LERS: the holder type is unknown');
    if (euOrderReaches(k, q, skipped)) return { channel: 'eu_preservation_order', reason: 'A European Preservation Order makes the provider preserve the data directly.', skipped };
    return { reason: 'No channel freezes this data in time: ask the holder directly or through your 24/7 contact point. A treaty request never freezes data in time.', skipped };
  }
  if (action === 'produce') {
    const data = q.data ?? [];
    if (data.length > 0 && data.every((d) => NON_CONTENT.includes(d))) {
      if (isPlatformHeld(h) && !hasPortal(k, h)) skipped.push(`LERS: the registry says ${h!.name ?? "the holder"} runs no law-enforcement portal`);
      else if (isPlatformHeld(h)) return { channel: 'lers', reason: "Non-content records the platform holds: its law-enforcement portal answers in days to weeks.", skipped };
      if (!h?.type) skipped.push('LERS: the holder type is unknown');
    }
    if (isProvider(h) && h!.country === 'US') {
      const agreement = cloudActAgreement(k, q.requestingState, q.date);
      if (agreement) return { channel: 'cloud_act', reason: `${q.requestingState} has a CLOUD Act agreement with the US in force since ${agreement.in_force}: the provider may disclose directly, content included, in days to weeks.`, skipped };
      skipped.push(q.requestingState ? `CLOUD Act: ${q.requestingState} has no agreement in force on ${q.date}` : 'CLOUD Act: the requesting state is unknown');
    }
    if (euOrderReaches(k, q, skipped)) return { channel: 'eu_production_order', reason: 'A European Production Order reaches a provider offering services in the EU directly: 10 days, 8 hours in an emergency.', skipped };
  }
  if (action === 'produce' || action === 'testimony') {
    const status = mlatStatus(k, q.requestingState, q.requestedState, q.date);
    if (status === 'none') return { channel: 'letter_rogatory', reason: `No MLAT is in force between ${q.requestingState} and ${q.requestedState}: a letter rogatory, court to court, is the fallback.`, skipped };
    if (status === undefined) skipped.push(`Letter rogatory: whether an MLAT binds ${q.requestingState ?? 'the requesting state'} and ${q.requestedState ?? 'the requested state'} is unknown, so MLAT is assumed`);
    return { channel: 'mlat', reason: 'Court-ready evidence (content with no agreement, bank records, testimony) goes by MLAT through the central authorities.', skipped };
  }
  return { reason: 'The action is unknown.', skipped };
}
