// Everything the drafts need from the knowledge base, behind one small module: the legal basis
// (`mlaBasis` through src/core/legal-basis.ts, which the missing-element rule reads too), the
// addressee (central authorities, 24/7 points, the provider registry's entity and portal) and
// the preservation period (the provider's own, else the channel's `hold_days`). Registry facts
// are used only where they are primary: a document states nothing unverified.
// Nothing else in src/draft reads the knowledge base.
import type { CaseView } from '../core/case';
import type { DraftRequest } from '../core/essentials';
import { legalBasis, longDate, offenceFacts, stateName } from '../core/legal-basis';
import { findProvider, mlaAuthority, Knowledge, point247, primaryEntities, primaryFact, primaryPortal, primaryPreservation } from '../knowledge';

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
export function addressee(k: Knowledge, c: CaseView, r: DraftRequest): Addressee {
  if (r.addressee) return { name: r.addressee };
  const t = r.requestedState;
  switch (r.channel) {
    case 'mlat': {
      const ca = mlaAuthority(k, c.requestingState, t, r.date);
      return ca ? { name: ca.name } : { missing: `central authority of ${t ?? 'the requested state'}` };
    }
    case 'letter_rogatory':
      return { name: `The competent judicial authority of ${stateName(t)}` };
    case 'eio':
      return { missing: `executing authority in ${t ?? 'the executing state'}` };
    case 'network_24_7': {
      const point = point247(k, t);
      return point ? { name: point.name } : { missing: `24/7 point of contact of ${t ?? 'the requested state'}` };
    }
    case 'interpol':
      return { name: `INTERPOL General Secretariat, through the National Central Bureau of ${stateName(c.requestingState)}` };
    default:
      return r.holder?.name ? { name: r.holder.name, portal: providerPortal(k, r) } : { missing: 'the provider' };
  }
}

/** The provider's law-enforcement portal, from the registry (a primary fact only): its name and address. */
export function providerPortal(k: Knowledge, r: DraftRequest): string | undefined {
  const match = findProvider(k, r.holder);
  const portal = match ? primaryPortal(match.provider) : undefined;
  if (!portal || portal.none) return undefined;
  return [portal.name, portal.address].filter(Boolean).join(', ') || undefined;
}

/**
 * The address of the legal entity a request is addressed to, from the registry (primary facts
 * only): the entity the holder's name names, else the provider's one primary entity established
 * in holder.country (none when several are). Undefined otherwise: the draft then asks for it.
 */
export function providerAddress(k: Knowledge, r: DraftRequest): string | undefined {
  const match = findProvider(k, r.holder);
  if (!match) return undefined;
  const named = primaryFact(match.entity);
  if (named) return named.address;
  if (match.entity) return undefined; // named, but not a primary fact: no other entity stands in for it
  const country = r.holder?.country;
  if (!country) return undefined;
  const inCountry = primaryEntities(match.provider).filter((e) => e.country === country);
  return inCountry.length === 1 ? inCountry[0].address : undefined;
}

export interface PreservationPeriod { days: number; extension_days?: number; source: string }

/**
 * How long the preservation a document asks for holds, with what it rests on (cited in the
 * letter): through a portal, the provider's own period where the registry states it as a primary
 * fact ("the period your guidelines state"); else the channel's `hold_days` and `hold_basis` from
 * the knowledge base (18 U.S.C. 2703(f); Budapest Art. 29(7); Regulation 2023/1543 Art. 11). On
 * the 24/7 network and the EU order the law sets the period, not the provider's policy.
 */
export function preservationPeriod(k: Knowledge, r: DraftRequest): PreservationPeriod | undefined {
  if (r.channel === 'lers') {
    const match = findProvider(k, r.holder);
    const own = match ? primaryPreservation(match.provider) : undefined;
    if (own?.days !== undefined) return { days: own.days, extension_days: own.extension_days, source: 'the period your law-enforcement guidelines state' };
  }
  const channel = r.channel ? k.channels[r.channel] : undefined;
  if (!channel?.hold_days) return undefined;
  return { days: channel.hold_days, extension_days: channel.hold_extension_days, source: channel.hold_basis ?? channel.source };
}

/** The title of a channel, from the knowledge base (for "follow-up by …" sentences). */
export function channelTitle(k: Knowledge, channel: string | undefined): string | undefined {
  return channel ? k.channels[channel]?.title : undefined;
}

/** What an INTERPOL notice is for, from the knowledge base. */
export function noticePurpose(k: Knowledge, notice: string | undefined): string | undefined {
  return notice ? k.notices[notice]?.purpose : undefined;
}
