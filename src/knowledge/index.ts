// The knowledge base: the shipped facts (knowledge/knowledge.yaml, compiled to JSON by the
// build), an optional workspace override merged over them, and the typed queries the rules and
// the best route ask. Every query reads data; no rule holds a country list or a date.
import shipped from '../generated/knowledge.json';
import { mergeProviders, Provider } from './providers';

export * from './providers';

export interface Sourced {
  source: string;
  as_of: string;
  verify?: boolean;
  note?: string;
}
export interface ChannelFacts extends Sourced {
  title?: string;
  bucket?: 'data' | 'evidence' | 'person';
  delivers?: string;
  cannot?: string;
  compels?: string;
  speed?: string;
  limits?: string;
  earliest_days?: Record<string, number>;
}
export interface Agreement extends Sourced { state: string; signed?: string; in_force?: string }
export interface CentralAuthority extends Sourced { state: string; name: string; aliases?: string[] }
export interface MlatPair extends Sourced { states: [string, string]; status: 'in_force' | 'none'; signed?: string; in_force?: string }
export interface NoticeFacts { purpose: string; fits?: string[] }
export interface EEvidence extends Sourced {
  regulation?: string;
  in_force?: string;
  applies_from?: string;
  members?: string[];
  not_bound?: string[];
}

export interface Knowledge {
  channels: Record<string, ChannelFacts>;
  content_wall?: Sourced & { summary: string };
  e_evidence: EEvidence;
  cloud_act_agreements: Agreement[];
  central_authorities: CentralAuthority[];
  mlat_pairs: MlatPair[];
  notices: Record<string, NoticeFacts>;
  notices_source?: Sourced;
  /** The provider registry, by provider id (providers.ts). */
  providers?: Record<string, Provider>;
}

/** The knowledge shape as a workspace file gives it: every section optional. */
export type KnowledgeOverride = Partial<Knowledge>;

export const SHIPPED: Knowledge = shipped as unknown as Knowledge;

function byKey<T>(base: T[], extra: T[] | undefined, key: (t: T) => string): T[] {
  if (!extra) return base;
  const out = new Map<string, T>();
  for (const item of base) out.set(key(item), item);
  for (const item of extra) out.set(key(item), { ...(out.get(key(item)) ?? {}), ...item } as T);
  return [...out.values()];
}

function mergeRecord<T extends object>(base: Record<string, T>, extra: Record<string, T> | undefined): Record<string, T> {
  // Keys were validated against a closed list (no __proto__ survives the schema), and the result
  // is built in a fresh null-prototype object all the same.
  const out: Record<string, T> = Object.assign(Object.create(null), base);
  for (const [k, v] of Object.entries(extra ?? {})) out[k] = { ...(base[k] ?? {}), ...v } as T;
  return out;
}

const pairKey = (p: MlatPair) => [...p.states].sort().join('-');

/**
 * Merge a validated workspace override over a base: entries with the same key (channel, state,
 * pair, notice) are replaced field by field, new entries added.
 */
export function mergeKnowledge(base: Knowledge, extra: KnowledgeOverride | undefined): Knowledge {
  if (!extra) return base;
  return {
    channels: mergeRecord(base.channels, extra.channels),
    content_wall: extra.content_wall ?? base.content_wall,
    e_evidence: { ...base.e_evidence, ...(extra.e_evidence ?? {}) },
    cloud_act_agreements: byKey(base.cloud_act_agreements, extra.cloud_act_agreements, (a) => a.state),
    central_authorities: byKey(base.central_authorities, extra.central_authorities, (a) => a.state),
    mlat_pairs: byKey(base.mlat_pairs, extra.mlat_pairs, pairKey),
    notices: mergeRecord(base.notices, extra.notices),
    notices_source: extra.notices_source ?? base.notices_source,
    providers: mergeProviders(base.providers, extra.providers),
  };
}

/** The CLOUD Act agreement of `state` with the US in force on `date`, if any. */
export function cloudActAgreement(k: Knowledge, state: string | undefined, date: string): Agreement | undefined {
  if (!state) return undefined;
  return k.cloud_act_agreements.find((a) => a.state === state && a.in_force !== undefined && a.in_force <= date);
}

/** Any agreement of `state`, in force or not (for messages: "in force only from …"). */
export function anyCloudActAgreement(k: Knowledge, state: string | undefined): Agreement | undefined {
  return state ? k.cloud_act_agreements.find((a) => a.state === state) : undefined;
}

/** Whether `state` is bound by Regulation 2023/1543; undefined when the state is unknown. */
export function boundByEEvidence(k: Knowledge, state: string | undefined): boolean | undefined {
  if (!state) return undefined;
  return (k.e_evidence.members ?? []).includes(state) && !(k.e_evidence.not_bound ?? []).includes(state);
}

/** Whether the Regulation applies on `date` (ISO strings compare as dates). */
export function eEvidenceApplies(k: Knowledge, date: string): boolean {
  return k.e_evidence.applies_from !== undefined && date >= k.e_evidence.applies_from;
}

/**
 * The MLAT status between two states on a date: `in_force`, `none`, or undefined (unknown:
 * an absent pair is not "no treaty"). A pair in force only from a later date is `none` then.
 */
export function mlatStatus(k: Knowledge, a: string | undefined, b: string | undefined, date?: string): 'in_force' | 'none' | undefined {
  if (!a || !b || a === b) return undefined;
  const key = [a, b].sort().join('-');
  const pair = k.mlat_pairs.find((p) => pairKey(p) === key);
  if (!pair) return undefined;
  if (pair.status === 'in_force' && date && pair.in_force && date < pair.in_force) return 'none';
  return pair.status;
}

export function mlatPair(k: Knowledge, a: string | undefined, b: string | undefined): MlatPair | undefined {
  if (!a || !b) return undefined;
  const key = [a, b].sort().join('-');
  return k.mlat_pairs.find((p) => pairKey(p) === key);
}

export function centralAuthority(k: Knowledge, state: string | undefined): CentralAuthority | undefined {
  return state ? k.central_authorities.find((c) => c.state === state) : undefined;
}

const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Lenient match of an addressee against a central authority: case, accents and punctuation are
 * ignored, and the authority's name or any alias (OIA, IS-II, BEPI…) found in the addressee counts.
 */
export function addresseeMatches(authority: CentralAuthority, addressee: string): boolean {
  const have = ` ${squash(addressee)} `;
  const names = [authority.name, ...(authority.aliases ?? [])].map(squash).filter((n) => n.length > 0);
  const bare = have.trim();
  // "Ministry of Home Affairs" names the authority too: a long enough part of its full name counts.
  return names.some((n) => have.includes(` ${n} `)) || (bare.length >= 8 && ` ${squash(authority.name)} `.includes(` ${bare} `));
}

/** The notice that matches a person action (the first listed that fits, a diffusion last). */
export function noticeFor(k: Knowledge, action: string): string | undefined {
  const entries = Object.entries(k.notices);
  const fit = entries.find(([id, n]) => id !== 'diffusion' && (n.fits ?? []).includes(action));
  return fit?.[0];
}

/** Whether a notice fits an action: undefined when the notice is not checked (no `fits`). */
export function noticeFits(k: Knowledge, notice: string, action: string): boolean | undefined {
  const n = k.notices[notice];
  if (!n || !n.fits) return undefined;
  return n.fits.includes(action);
}

/** The channel's typical earliest answer in days, for an action; undefined where none is known. */
export function earliestDays(k: Knowledge, channel: string, action: string, urgency?: string): number | undefined {
  const days = k.channels[channel]?.earliest_days;
  if (!days) return undefined;
  if (urgency === 'threat_to_life' && days[`${action}_threat_to_life`] !== undefined) return days[`${action}_threat_to_life`];
  return days[action];
}
