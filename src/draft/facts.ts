// Everything the drafts need from the knowledge base, behind one small module. Implemented from
// what the knowledge base holds today (MLAT pairs, CLOUD Act agreements, central authorities,
// the e-Evidence Regulation). At merge, the lead rewires:
//   - legalBasis   → the legal layer's `mlaBasis(k, S, T, date, request)` (conventions, EIO pairs)
//                    (it lives in src/core/legal-basis.ts so the missing-element rule reads it too);
//   - addressee    → the 24/7 points (`points_24_7`) and the provider registry (entity, portal);
//   - providerAddress, preservationPeriod → the provider registry (address, `preservation`).
// Nothing else in src/draft reads the knowledge base.
import type { CaseView } from '../core/case';
import type { DraftRequest } from '../core/essentials';
import { legalBasis, longDate, stateName } from '../core/legal-basis';
import { centralAuthority, Knowledge } from '../knowledge';

export { legalBasis, longDate, stateName };
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
      const ca = centralAuthority(k, t);
      return ca ? { name: ca.name } : { missing: `central authority of ${t ?? 'the requested state'}` };
    }
    case 'letter_rogatory':
      return { name: `The competent judicial authority of ${stateName(t)}` };
    case 'eio':
      return { missing: `executing authority in ${t ?? 'the executing state'}` };
    case 'network_24_7':
      return { missing: `24/7 point of contact of ${t ?? 'the requested state'}` };
    case 'interpol':
      return { name: `INTERPOL General Secretariat, through the National Central Bureau of ${stateName(c.requestingState)}` };
    default:
      return r.holder?.name ? { name: r.holder.name, portal: providerPortal(k, r) } : { missing: 'the provider' };
  }
}

/** The provider's law-enforcement portal: from the provider registry (not yet in this knowledge base). */
export function providerPortal(_k: Knowledge, _r: DraftRequest): string | undefined {
  return undefined;
}

/** The address of the provider's legal entity: from the provider registry (not yet in this knowledge base). */
export function providerAddress(_k: Knowledge, _r: DraftRequest): string | undefined {
  return undefined;
}

export interface PreservationPeriod { days: number; extension_days?: number; source: string }

// The default holds, until the provider registry gives a provider's own period (providers.md:
// "else 90 days on lers, 60 days on network_24_7 and eu_preservation_order").
const DEFAULT_PERIODS: Record<string, PreservationPeriod> = {
  lers: { days: 90, extension_days: 90, source: '18 U.S.C. 2703(f) for US providers; most portals follow it' },
  network_24_7: { days: 60, source: 'Budapest Convention, Art. 29(7)' },
  eu_preservation_order: { days: 60, source: 'Regulation (EU) 2023/1543, Art. 11(1)' },
};

/** How long a preservation holds on its channel (and for its provider, once the registry lands). */
export function preservationPeriod(_k: Knowledge, r: DraftRequest): PreservationPeriod | undefined {
  return r.channel ? DEFAULT_PERIODS[r.channel] : undefined;
}

/** The title of a channel, from the knowledge base (for "follow-up by …" sentences). */
export function channelTitle(k: Knowledge, channel: string | undefined): string | undefined {
  return channel ? k.channels[channel]?.title : undefined;
}

/** What an INTERPOL notice is for, from the knowledge base. */
export function noticePurpose(k: Knowledge, notice: string | undefined): string | undefined {
  return notice ? k.notices[notice]?.purpose : undefined;
}
