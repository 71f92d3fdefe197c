// Everything the drafts need from the knowledge base, behind one small module: the legal basis
// (`mlaBasis` through src/core/legal-basis.ts, which the missing-element rule reads too), the
// addressee (central authorities, 24/7 points, the provider registry's entity and portal) and
// the preservation period (the provider's own, else the channel's `hold_days`). Registry facts
// are used only where they are primary: a document states nothing unverified.
// Nothing else in src/draft reads the knowledge base.
import type { CaseView } from '../core/case';
import type { DraftRequest } from '../core/essentials';
import { legalBasis, longDate, offenceFacts, stateName } from '../core/legal-basis';
import { findProvider, fromWorkspace, mlaAuthority, Knowledge, point247, primaryEmergency, primaryEntities, primaryFact, primaryPortal, primaryPreservation } from '../knowledge';

/** A fact a document states that came from the workspace knowledge file (listed at its end). */
export interface WorkspaceFact { what: string; value: string; source: string }

/**
 * Where a document's builder collects the workspace facts it used; `mark` is what follows such a
 * fact in the text. A fact from the shipped knowledge is returned as it is.
 */
export interface FactLog { used: WorkspaceFact[]; mark: string }

function logged(log: FactLog | undefined, entry: object | undefined, what: string, value: string, source: string | undefined): string {
  if (!log || !fromWorkspace(entry)) return value;
  if (!log.used.some((u) => u.what === what && u.value === value)) log.used.push({ what, value, source: source ?? 'not stated' });
  return `${value}${log.mark}`;
}

export { legalBasis, longDate, offenceFacts, stateName };
export type { LegalBasis, Instrument } from '../core/legal-basis';

/** Who the document is addressed to: a name, or what is missing, and the portal where known. */
export interface Addressee { name?: string; missing?: string; portal?: string }

/**
 * The addressee of a request's document: the `addressee` written in the request, else the
 * central authority (`mlat`), the 24/7 point (`network_24_7`), the provider's legal entity
 * (portal, CLOUD Act, EU orders), the executing authority (`eio`, `letter_rogatory`), or
 * INTERPOL through the requesting state's National Central Bureau.
 */
export function addressee(k: Knowledge, c: CaseView, r: DraftRequest, log?: FactLog): Addressee {
  if (r.addressee) return { name: r.addressee };
  const t = r.requestedState;
  switch (r.channel) {
    case 'mlat': {
      const ca = mlaAuthority(k, c.requestingState, t, r.date);
      return ca ? { name: logged(log, ca, `Central authority of ${stateName(t)}`, ca.name, ca.source) } : { missing: `central authority of ${t ?? 'the requested state'}` };
    }
    case 'letter_rogatory':
      return { name: `The competent judicial authority of ${stateName(t)}` };
    case 'eio':
      return { missing: `executing authority in ${t ?? 'the executing state'}` };
    case 'network_24_7': {
      const point = point247(k, t);
      return point ? { name: logged(log, point, `24/7 point of contact of ${stateName(t)}`, point.name, point.source) } : { missing: `24/7 point of contact of ${t ?? 'the requested state'}` };
    }
    case 'interpol':
      return { name: `INTERPOL General Secretariat, through the National Central Bureau of ${stateName(c.requestingState)}` };
    default:
      return r.holder?.name ? { name: r.holder.name, portal: providerPortal(k, r, log) } : { missing: 'the provider' };
  }
}

/** The provider's law-enforcement portal, from the registry (a primary fact only): its name and address. */
export function providerPortal(k: Knowledge, r: DraftRequest, log?: FactLog): string | undefined {
  const match = findProvider(k, r.holder);
  const portal = match ? primaryPortal(match.provider) : undefined;
  if (!portal || portal.none) return undefined;
  const text = [portal.name, portal.address].filter(Boolean).join(', ');
  return text ? logged(log, portal, `Portal of ${match!.provider.names?.[0] ?? match!.id}`, text, portal.source) : undefined;
}

/**
 * The address of the legal entity a request is addressed to, from the registry (primary facts
 * only): the entity the holder's name names, else the provider's one primary entity established
 * in holder.country (none when several are). Undefined otherwise: the draft then asks for it.
 */
export function providerAddress(k: Knowledge, r: DraftRequest, log?: FactLog): string | undefined {
  const match = findProvider(k, r.holder);
  if (!match) return undefined;
  const address = (e: { name: string; address?: string; source: string }) => (e.address ? logged(log, e, `Address of ${e.name}`, e.address, e.source) : undefined);
  const named = primaryFact(match.entity);
  if (named) return address(named);
  if (match.entity) return undefined; // named, but not a primary fact: no other entity stands in for it
  const country = r.holder?.country;
  if (!country) return undefined;
  const inCountry = primaryEntities(match.provider).filter((e) => e.country === country);
  return inCountry.length === 1 ? address(inCountry[0]) : undefined;
}

export interface PreservationPeriod { days: number; extension_days?: number; source: string; workspace?: boolean }

/**
 * How long the preservation a document asks for holds, with what it rests on (cited in the
 * letter): through a portal, the provider's own period where the registry states it as a primary
 * fact ("the period your guidelines state"); else the channel's `hold_days` and `hold_basis` from
 * the knowledge base (18 U.S.C. 2703(f); Budapest Art. 29(7); Regulation 2023/1543 Art. 11). On
 * the 24/7 network and the EU order the law sets the period, not the provider's policy.
 */
export function preservationPeriod(k: Knowledge, r: DraftRequest, log?: FactLog, requestingState?: string, policy = 'under your preservation policy'): PreservationPeriod | undefined {
  if (r.channel === 'lers') {
    const match = findProvider(k, r.holder);
    const own = match ? primaryPreservation(match.provider) : undefined;
    if (own?.days !== undefined) {
      logged(log, own, `Preservation period of ${match!.provider.names?.[0] ?? match!.id}`, `${own.days} days`, own.source);
      return { days: own.days, extension_days: own.extension_days, source: 'the period your law-enforcement guidelines state', workspace: fromWorkspace(own) };
    }
  }
  const channel = r.channel ? k.channels[r.channel] : undefined;
  if (!channel?.hold_days) return undefined;
  const changed = fromWorkspace(channel, 'hold_days') || fromWorkspace(channel, 'hold_extension_days') || fromWorkspace(channel, 'hold_basis');
  if (changed) logged(log, channel, `Preservation period on ${channel.title ?? r.channel}`, `${channel.hold_days} days`, channel.source);
  // A law that binds only some requests (18 U.S.C. 2703(f): a US authority asking a US provider)
  // is cited only for those; any other holder preserves under its own policy.
  const binds = channel.hold_basis_binds;
  const bound = !binds || ((binds.requesting_state === undefined || binds.requesting_state === requestingState) && (binds.holder_country === undefined || binds.holder_country === r.holder?.country));
  return { days: channel.hold_days, extension_days: channel.hold_extension_days, source: bound ? channel.hold_basis ?? channel.source : policy, workspace: changed };
}

/** The title of a channel, from the knowledge base (for "follow-up by …" sentences). */
export function channelTitle(k: Knowledge, channel: string | undefined): string | undefined {
  return channel ? k.channels[channel]?.title : undefined;
}

/** What an INTERPOL notice is for, from the knowledge base. */
export function noticePurpose(k: Knowledge, notice: string | undefined): string | undefined {
  return notice ? k.notices[notice]?.purpose : undefined;
}

/**
 * The provider's emergency disclosure procedure, from the registry (a primary fact that it
 * answers emergency requests): how to send one, with the fact's source. Undefined when unknown.
 */
export function providerEmergency(k: Knowledge, r: DraftRequest, log?: FactLog): { how?: string; source: string; contentOutsideUs?: boolean } | undefined {
  const match = findProvider(k, r.holder);
  const e = match ? primaryEmergency(match.provider) : undefined;
  if (!e || e.accepts !== true) return undefined;
  return { how: e.how && logged(log, e, `Emergency procedure of ${match!.provider.names?.[0] ?? match!.id}`, e.how, e.source), source: e.source, contentOutsideUs: e.content_outside_us };
}
