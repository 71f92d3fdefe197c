// The best route, version 2 (legal-bases.md, which replaces the list in rules.md): the guide's
// decision matrix with the EIO, the Budapest 24/7 network and the MLA bases. Every fix that
// changes a channel sets this route, so two rules never offer different channels, and the
// "Recommend a channel" command asks the same function. The first branch that matches wins;
// a branch that needs a value nobody gave is skipped, and says so in `skipped`.
import {
  boundByEEvidence, budapestParty, cloudActAgreement, eEvidenceApplies, eioBound, hasPortal, inScope, Knowledge, MlaBasis, mlaBasis, noticeFor, OffenceFacts,
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
  /** The case's offence facts (the UN conventions' scope turns on them). */
  facts?: OffenceFacts;
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
  /** For `mlat` and `letter_rogatory`: the MLA basis between the two states that decided it. */
  basis?: MlaBasis;
}

/** An EIO pair on the date: S and T both bound, and S differs from T. Says why not in `skipped`. */
function eioPairOn(k: Knowledge, q: RouteQuery, skipped: string[]): boolean {
  const S = q.requestingState;
  const T = q.requestedState;
  if (S && T && S === T) {
    skipped.push('EIO: the requesting and the requested state are the same');
    return false;
  }
  const a = eioBound(k, S, q.date);
  const b = eioBound(k, T, q.date);
  if (a === true && b === true) return true;
  const from = k.eio?.applies_from;
  if (a === false || b === false) {
    if (from && q.date < from) skipped.push(`EIO: the Directive applies only from ${from}, after ${q.date}`);
    else skipped.push(`EIO: ${[a === false ? S : undefined, b === false ? T : undefined].filter(Boolean).join(' and ')} not bound by ${k.eio?.instrument ?? 'Directive 2014/41/EU'}`);
  } else skipped.push(`EIO: whether ${[a === undefined ? S ?? 'the requesting state' : undefined, b === undefined ? T ?? 'the requested state' : undefined].filter(Boolean).join(' and ')} ${a === undefined && b === undefined ? 'are' : 'is'} bound on ${q.date} is unknown`);
  return false;
}

/** A Budapest pair on the date, with the data in the Convention's scope. Says why not in `skipped`. */
function budapestPairOn(k: Knowledge, q: RouteQuery, skipped: string[]): boolean {
  const c = k.conventions?.budapest;
  if (!c) return false;
  const S = q.requestingState;
  const T = q.requestedState;
  const name = c.short ?? c.title;
  if (S && T && S === T) {
    skipped.push('24/7 network: the requesting and the requested state are the same');
    return false;
  }
  if (!q.data || q.data.length === 0 || !inScope(c, { action: 'preserve', data: q.data })) {
    skipped.push(`24/7 network: ${q.data?.length ? `${name} covers evidence in electronic form (${(c.scope?.data ?? []).join(', ')}), not ${q.data.filter((d) => !(c.scope?.data ?? []).includes(d)).join(', ')}` : 'the data is unknown'}`);
    return false;
  }
  const a = budapestParty(k, S, q.date);
  const b = budapestParty(k, T, q.date);
  if (a === true && b === true) return true;
  if (a === false || b === false) skipped.push(`24/7 network: ${[a === false ? S : undefined, b === false ? T : undefined].filter(Boolean).join(' and ')} not a party to ${name} on ${q.date}`);
  else skipped.push(`24/7 network: whether ${[a !== true ? S ?? 'the requesting state' : undefined, b !== true ? T ?? 'the requested state' : undefined].filter(Boolean).join(' and ')} ${a !== true && b !== true ? 'are parties' : 'is a party'} to ${name} on ${q.date} is unknown`);
  return false;
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
    if (budapestPairOn(k, q, skipped)) {
      const name = k.conventions?.budapest?.short ?? 'the Budapest Convention';
      return { channel: 'network_24_7', reason: `${q.requestingState} and ${q.requestedState} are parties to ${name}: its 24/7 network preserves the data in hours to days (Art. 29), pending a request for disclosure.`, skipped };
    }
    if (eioPairOn(k, q, skipped)) return { channel: 'eio', reason: `${q.requestingState} and ${q.requestedState} are both bound by the European Investigation Order: it orders a provisional measure to preserve the evidence (Art. 32).`, skipped };
    return { reason: 'No channel freezes this data in time: ask the holder directly or through the 24/7 point. A treaty request never freezes data in time.', skipped };
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
    if (eioPairOn(k, q, skipped)) return { channel: 'eio', reason: `${q.requestingState} and ${q.requestedState} are both bound by the European Investigation Order, which replaces mutual legal assistance between them: recognition within 30 days, execution within 90.`, skipped };
    const basis = mlaBasis(k, q.requestingState, q.requestedState, q.date, { action, data: q.data, ...q.facts });
    if (basis.status === 'in_force') return { channel: 'mlat', basis, reason: `Court-ready evidence goes by MLAT through the central authorities: ${basis.instrument.sentence}.`, skipped };
    if (basis.status === 'none') return { channel: 'letter_rogatory', basis, reason: `No MLAT is in force between ${q.requestingState} and ${q.requestedState}: a letter rogatory, court to court, is the fallback.`, skipped };
    skipped.push(basis.status === 'conditional'
      ? `Letter rogatory: ${basis.instrument.title} (${basis.instrument.article ?? 'its MLA article'}) binds both states ${basis.why}: state ${basis.key}; MLAT is assumed`
      : `Letter rogatory: ${basis.why}, so MLAT is assumed`);
    return { channel: 'mlat', basis, reason: `Court-ready evidence (content with no agreement, bank records, testimony) goes by MLAT through the central authorities; whether a treaty binds ${q.requestingState ?? 'the requesting state'} and ${q.requestedState ?? 'the requested state'} is unknown: verify it.`, skipped };
  }
  return { reason: 'The action is unknown.', skipped };
}
