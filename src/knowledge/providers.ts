// The provider registry (knowledge section `providers`, spec providers.md): who holds the data,
// their portals, preservation periods, emergency policies and identifier formats. Every fact
// carries its own source, checked_on and confidence. Rules read facts only through the
// `primary…` accessors, which return nothing for a fact whose confidence is not `primary`
// (unknown is silent); hover cards read every fact and say "verify" for the others.
// Name matching goes through an index built once per Knowledge object (a WeakMap), never a scan
// of the registry per request.
import { mergedEntry, type Knowledge } from './index';

export type Confidence = 'primary' | 'secondary' | 'memory';

export interface ProviderFact {
  source: string;
  checked_on: string;
  confidence: Confidence;
  note?: string;
}
export interface TypeFact extends ProviderFact { value: 'platform' | 'exchange' | 'telecom' | 'bank' | 'other' }
export interface ProviderEntity extends ProviderFact {
  region: string;
  name: string;
  country?: string;
  eu_services?: boolean;
  /** The entity's postal address for legal process (or registered office), as the provider's own pages state it. Drafts only: no rule reads it. */
  address?: string;
}
export interface PortalFact extends ProviderFact { name?: string; address?: string; none?: true; contact?: string }
export interface PreservationFact extends ProviderFact { days?: number; extension_days?: number; max_extensions?: number; accepts?: boolean }
/** `content_outside_us: false`: in an emergency, records only to authorities outside the US (the provider's own guidelines). */
export interface EmergencyFact extends ProviderFact { accepts?: boolean; how?: string; content_outside_us?: boolean }
export interface ContentFact extends ProviderFact { needs: string }
/** The languages the provider accepts requests in (ISO 639-1). */
export interface LanguagesFact extends ProviderFact { value: string[] }
export interface IdentifierFact extends ProviderFact { type: string; format?: string; description?: string }

export interface Provider {
  names?: string[];
  type?: TypeFact;
  entities?: ProviderEntity[];
  entities_note?: string;
  portal?: PortalFact;
  preservation?: PreservationFact;
  emergency?: EmergencyFact;
  content?: ContentFact;
  languages?: LanguagesFact;
  identifiers?: IdentifierFact[];
}

/** What a holder gives for matching (a case file's `holder`). */
export interface HolderRef { name?: string; entity?: string }

/** A provider found for a holder: its id, its entry, and the entity its name names, if any. */
export interface ProviderMatch {
  id: string;
  provider: Provider;
  /** The entity whose legal name the holder's name matches (by normalised name). */
  entity?: ProviderEntity;
}

/** The fact itself when its confidence is `primary`, else undefined: the only way rules read facts. */
export function primaryFact<T extends ProviderFact>(fact: T | undefined): T | undefined {
  return fact && fact.confidence === 'primary' ? fact : undefined;
}

// Legal-form words dropped from the end of a name (after punctuation is gone, so "B.V." is "bv",
// "S.a r.l." is "sa rl", "L.L.C." is "llc"). Longest first, so "unlimited company" wins over "company".
const SUFFIXES = [
  'unlimited company', 'private limited', 'pte ltd', 'pty ltd', 'sa rl', 'fz llc', 'l l c',
  'incorporated', 'corporation', 'limited', 'company', 'gmbh', 'sarl', 'corp', 'inc', 'ltd', 'llc', 'llp', 'plc',
  'bv', 'nv', 'uc', 'ag', 'sa', 'sas', 'srl', 'spa', 'ab', 'oy', 'kk', 'pte', 'pty', 'lp', 'co',
].map((s) => ` ${s}`);

/**
 * A name reduced for matching: lower case, accents, punctuation and spacing ignored, "&" read as
 * "and", a leading "the" and any trailing legal-form words (Inc., Ltd, LLC, Limited, B.V., GmbH,
 * S.a r.l., Unlimited Company, Corp., Corporation…) dropped. "Meta Platforms, Inc." and
 * "meta platforms inc" give the same key; a name that is only a legal form keeps it.
 */
export function normaliseName(name: string): string {
  let s = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\.(?=[a-z0-9])/g, '') // "b.v" → "bv", "s.a" → "sa", "u.c" → "uc", "x.com" → "xcom"
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^the /, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (s.endsWith(suffix) && s.length > suffix.length) {
        s = s.slice(0, -suffix.length).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** Recent names and their keys: a file names the same few holders on every request. */
const keys = new Map<string, string>();
function nameKeyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 4096) keys.clear();
    keys.set(name, (key = normaliseName(name)));
  }
  return key;
}

interface RegistryIndex {
  /** Normalised name or brand → provider id (the first provider that lists it wins). */
  byName: Map<string, string>;
  /** Normalised entity name → [provider id, entity]. */
  byEntity: Map<string, [string, ProviderEntity]>;
}

const indexes = new WeakMap<Knowledge, RegistryIndex>();

function buildIndex(k: Knowledge): RegistryIndex {
  const byName = new Map<string, string>();
  const byEntity = new Map<string, [string, ProviderEntity]>();
  for (const [id, p] of Object.entries(k.providers ?? {})) {
    for (const n of p.names ?? []) {
      const key = normaliseName(n);
      if (key && !byName.has(key)) byName.set(key, id);
    }
    for (const e of p.entities ?? []) {
      const key = normaliseName(e.name);
      if (!key) continue;
      if (!byName.has(key)) byName.set(key, id);
      if (!byEntity.has(key)) byEntity.set(key, [id, e]);
    }
  }
  return { byName, byEntity };
}

function indexOf(k: Knowledge): RegistryIndex {
  let idx = indexes.get(k);
  if (!idx) indexes.set(k, (idx = buildIndex(k)));
  return idx;
}

/** The registry entry with this id (own keys only). */
export function providerById(k: Knowledge, id: string | undefined): Provider | undefined {
  const all = k.providers;
  return id && all && Object.prototype.hasOwnProperty.call(all, id) ? all[id] : undefined;
}

/**
 * The provider a holder names: `holder.entity` (a registry id) where it is given, else the
 * holder's name, matched leniently through the index. Undefined when neither matches.
 */
export function findProvider(k: Knowledge, holder: HolderRef | undefined): ProviderMatch | undefined {
  if (!holder || !k.providers) return undefined;
  // Several rules ask for the same holder in one check: answer each holder object once per knowledge.
  const seen = matches.get(holder);
  if (seen && seen.k === k && seen.name === holder.name && seen.entity === holder.entity) return seen.match;
  const match = lookUp(k, holder);
  matches.set(holder, { k, name: holder.name, entity: holder.entity, match });
  return match;
}

const matches = new WeakMap<HolderRef, { k: Knowledge; name?: string; entity?: string; match: ProviderMatch | undefined }>();

function lookUp(k: Knowledge, holder: HolderRef): ProviderMatch | undefined {
  const idx = indexOf(k);
  const key = holder.name ? nameKeyOf(holder.name) : '';
  const named = key ? idx.byEntity.get(key) : undefined;
  if (holder.entity !== undefined) {
    const provider = providerById(k, holder.entity);
    if (!provider) return undefined;
    return { id: holder.entity, provider, entity: named && named[0] === holder.entity ? named[1] : undefined };
  }
  if (!key) return undefined;
  const id = idx.byName.get(key);
  const provider = providerById(k, id);
  if (!id || !provider) return undefined;
  return { id, provider, entity: named && named[0] === id ? named[1] : undefined };
}

/** The provider's primary holder type. */
export const primaryType = (p: Provider) => primaryFact(p.type)?.value;
/** The provider's entities that are primary facts (one array per provider entry: do not change it). */
export const primaryEntities = (p: Provider): readonly ProviderEntity[] => perProvider(primaryEntityLists, p, () => (p.entities ?? []).filter((e) => e.confidence === 'primary'));
/** The provider's portal fact, when primary. */
export const primaryPortal = (p: Provider) => primaryFact(p.portal);
/** The provider's preservation fact, when primary. */
export const primaryPreservation = (p: Provider) => primaryFact(p.preservation);
/** The provider's emergency policy, when primary. */
export const primaryEmergency = (p: Provider) => primaryFact(p.emergency);
/** The provider's accepted identifiers that are primary facts. */
export const primaryIdentifiers = (p: Provider): readonly IdentifierFact[] => perProvider(primaryIdentifierLists, p, () => (p.identifiers ?? []).filter((i) => i.confidence === 'primary'));

const primaryEntityLists = new WeakMap<Provider, readonly ProviderEntity[]>();
const primaryIdentifierLists = new WeakMap<Provider, readonly IdentifierFact[]>();
function perProvider<T>(memo: WeakMap<Provider, T>, p: Provider, make: () => T): T {
  let v = memo.get(p);
  if (v === undefined) memo.set(p, (v = make()));
  return v;
}

/**
 * Whether the holder can be reached through a law-enforcement portal: false only when its
 * registry entry says, as a primary fact, that the provider runs none (`portal: { none: true }`).
 * Unknown (no entry, no portal fact, a non-primary one) is true: the best route keeps `lers`.
 */
export function hasPortal(k: Knowledge, holder: HolderRef | undefined): boolean {
  const m = findProvider(k, holder);
  return !(m && primaryPortal(m.provider)?.none === true);
}

/** The entity of a region ("eu", "default"…), primary facts only. */
export function primaryEntityFor(p: Provider, region: string): ProviderEntity | undefined {
  return primaryEntities(p).find((e) => e.region === region);
}

/**
 * Merge a workspace's providers over the shipped ones, by provider id: an entry with a shipped id
 * replaces that provider's facts key by key (a corrected `preservation` replaces the shipped
 * one whole, with its own source); a new id adds a provider.
 */
export function mergeProviders(base: Record<string, Provider> | undefined, extra: Record<string, Provider> | undefined): Record<string, Provider> | undefined {
  if (!extra) return base;
  const out: Record<string, Provider> = Object.assign(Object.create(null), base ?? {});
  for (const [id, p] of Object.entries(extra)) out[id] = mergedEntry(base && Object.prototype.hasOwnProperty.call(base, id) ? base[id] : undefined, p);
  return out;
}

/** Compiled identifier formats, cached by pattern text; a pattern that does not compile is ignored. */
const compiled = new Map<string, RegExp | null>();
export function formatRegExp(format: string): RegExp | undefined {
  let re = compiled.get(format);
  if (re === undefined) {
    try {
      re = new RegExp(format, 'u');
    } catch {
      re = null;
    }
    compiled.set(format, re);
  }
  return re ?? undefined;
}

/** A holder name for matching: case and punctuation ignored. */
export function holderNameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 4096) nameKeys.clear();
    nameKeys.set(name, (key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
  }
  return key;
}
/** Names seen lately and their keys: a file names the same few holders on every request. */
const nameKeys = new Map<string, string>();
const idKeys = new Map<string, string>();

/**
 * The key of "the same holder", for the rules and the plan alike: the registry id where the
 * holder names a provider (so "Instagram" and "Meta Platforms, Inc." are one holder), else its
 * name with case and punctuation ignored.
 */
export function sameHolderKey(k: Knowledge, h: HolderRef | undefined): string | undefined {
  if (!h?.name && !h?.entity) return undefined;
  const m = findProvider(k, h);
  if (!m) return h.name ? holderNameKey(h.name) : undefined;
  let key = idKeys.get(m.id);
  if (key === undefined) idKeys.set(m.id, (key = `#${m.id}`));
  return key;
}
