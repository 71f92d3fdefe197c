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
  /** The typical latest answer in days, per action (the plan's window ends there). */
  latest_days?: Record<string, number>;
  /** The latest answer can be later still ("or more"). */
  latest_open_ended?: boolean;
  /** Days a preservation on this channel holds where the provider states none. */
  hold_days?: number;
  /** What the period rests on, as a document cites it. */
  hold_basis?: string;
  /** Where `hold_basis` binds only a requesting state and a holder's country (18 U.S.C. 2703(f): US to US). */
  hold_basis_binds?: { requesting_state?: string; holder_country?: string };
  /** Days one extension adds (default: `hold_days`). */
  hold_extension_days?: number;
  /** The form the law sets for an extension, as a letter names it (Regulation (EU) 2023/1543 Art. 11(1): Annex VI). */
  hold_extension_form?: string;
  /** The hold continues once the request it waits for is received within it (Budapest Art. 29(7)). */
  hold_continues_pending_request?: boolean;
}
export interface Agreement extends Sourced { state: string; signed?: string; in_force?: string }
export interface CentralAuthority extends Sourced { state: string; name: string; aliases?: string[]; unknown?: boolean; valid_from?: string }
export interface MlatPair extends Sourced {
  states: [string, string];
  status: 'in_force' | 'none';
  signed?: string;
  in_force?: string;
  /** Known to be in force by this year (its end) or date; an earlier date is unknown. */
  in_force_by?: number | string;
  /** The instrument that provides the pair where it is not a treaty of its own. */
  instrument?: string;
  /** The central authority the treaty itself names for a state (over the state's own). */
  authorities?: PairAuthority[];
}
/** Anything with a name and aliases an addressee is matched against. */
type Named = { name: string; aliases?: string[] };
export interface PairAuthority { state: string; name: string; aliases?: string[]; source: string; verify?: boolean; note?: string }
/** A state's list of bilateral MLATs is the whole list on `as_of`: a pair absent from it is no treaty. */
export interface MlatList extends Sourced { state: string; complete: boolean }
export interface NoticeFacts { purpose: string; fits?: string[] }
export interface EEvidence extends Sourced {
  regulation?: string;
  in_force?: string;
  applies_from?: string;
  members?: string[];
  not_bound?: string[];
  /** Art. 5(4): the penalty threshold of a production order for traffic or content data, and the offence categories that may be listed instead. */
  production_threshold?: Sourced & { years: number; listed_categories?: string[] };
}

export interface Knowledge {
  channels: Record<string, ChannelFacts>;
  content_wall?: Sourced & { summary: string };
  e_evidence: EEvidence;
  cloud_act_agreements: Agreement[];
  central_authorities: CentralAuthority[];
  mlat_pairs: MlatPair[];
  /** States whose whole list of bilateral MLATs is in `mlat_pairs` (up to `as_of`). */
  mlat_lists?: MlatList[];
  notices: Record<string, NoticeFacts>;
  notices_source?: Sourced;
  eio?: EioFacts;
  conventions?: Record<string, Convention>;
  us_eu_agreement?: UsEuAgreement;
  points_24_7?: Point247[];
  /** Languages accepted, by kind of request (`eio`, `mla`) and requested state. */
  languages?: { eio?: LanguageEntry[]; mla?: LanguageEntry[] };
  outgoing?: Outgoing[];
  facts?: Record<string, DatedFact>;
  /** The provider registry, by provider id (providers.ts). */
  providers?: Record<string, Provider>;
}

/** The European Investigation Order (Directive 2014/41/EU). */
export interface EioFacts extends Sourced {
  instrument?: string;
  title?: string;
  applies_from?: string;
  bound?: string[];
  not_bound?: string[];
  formerly_bound?: (Sourced & { state: string; until: string })[];
  time_limits?: { recognise_days?: number; recognise_extension_days?: number; execute_days?: number; provisional_hours?: number; provisional_verify?: boolean };
  central_authority_optional?: boolean;
  complete?: boolean;
  replaces?: string;
}
export interface ConventionParty extends Sourced {
  state: string;
  in_force?: string;
  in_force_by?: number | string;
  /** The date the instrument was deposited, read in the source. */
  deposited?: string;
  /** The article `in_force` is computed by from `deposited` ("Art. 38(2)"). */
  computed?: string;
}
/** Which offences a convention covers (absent: every offence). */
export interface OffenceScope {
  organised_crime?: boolean;
  min_penalty_years?: number;
  categories?: string[];
  conditional_categories?: string[];
  conditional_note?: string;
  article?: string;
}
/** A multilateral convention that gives an MLA basis between its parties. */
export interface Convention extends Sourced {
  title: string;
  short?: string;
  scope?: { data?: string[]; actions?: string[]; offences?: OffenceScope };
  /** Its place in the order a request relies on: regional, then e_evidence, then universal. */
  kind?: 'regional' | 'e_evidence' | 'universal';
  order?: number;
  /** The article that gives mutual legal assistance ("Art. 18"). */
  article?: string;
  /** States known not to be parties up to `as_of` (with `complete`). */
  non_parties?: string[];
  preservation_days?: number;
  complete?: boolean;
  parties_note?: string;
  replaced_by_eio?: string;
  parties?: ConventionParty[];
}
export interface UsEuAgreement extends Sourced { title: string; signed?: string; in_force?: string; states?: string[]; complete?: boolean }
export interface Point247 extends Sourced { state: string; name: string }
/** The languages a requested state accepts a kind of request in (ISO 639-1), and others on reciprocity. */
export interface LanguageEntry extends Sourced { state: string; languages: string[]; reciprocity?: { state: string; languages: string[] }[] }
/** How a state's outgoing MLA requests leave it (forms.md, section 3). */
export interface Outgoing extends Sourced { state: string; transmits: string; channel?: string; court_issues_letters_rogatory?: boolean; /** Channel ids sent through the diplomatic channel. */ diplomatic?: string[] }
export interface DatedFact extends Sourced { title: string; in_force?: boolean | string; opened?: string; needed?: number; ratifications?: { state: string; date: string }[] }

/** The knowledge shape as a workspace file gives it: every section optional. */
export type KnowledgeOverride = Partial<Knowledge>;

export const SHIPPED: Knowledge = shipped as unknown as Knowledge;

// Provenance (issue 18): every object a workspace knowledge file supplied, and every shipped
// entry it changed (with the fields it set), so hover cards, messages and drafts can say "from this
// workspace's knowledge file". Kept beside the facts, not in them: the data stays as written.
const WORKSPACE = new WeakMap<object, ReadonlySet<string> | 'all'>();

/**
 * The shipped knowledge's own objects: never the workspace's, even when a caller builds an override
 * out of them (tests do; a parsed file never shares an object with the shipped data).
 */
let shippedObjects: WeakSet<object> | undefined;
function isShipped(v: object): boolean {
  if (!shippedObjects) {
    const seen = new WeakSet<object>();
    const walk = (x: unknown) => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      for (const y of Array.isArray(x) ? x : Object.values(x)) walk(y);
    };
    walk(SHIPPED);
    shippedObjects = seen;
  }
  return shippedObjects.has(v);
}

/** Mark every object inside a workspace override as the workspace's own (before the merge). */
function markWorkspace(v: unknown): void {
  if (v === null || typeof v !== 'object' || WORKSPACE.has(v) || isShipped(v)) return;
  WORKSPACE.set(v, 'all');
  for (const x of Array.isArray(v) ? v : Object.values(v)) markWorkspace(x);
}

/** A copy of a workspace entry is the workspace's too. */
const own = <T extends object>(v: T): T => (WORKSPACE.set(v, 'all'), v);

/** An entry merged from a shipped one and a workspace one: the workspace set these fields. */
export function mergedEntry<T extends object>(base: T | undefined, extra: T): T {
  if (!base) return extra;
  const out = { ...base, ...extra } as T;
  WORKSPACE.set(out, new Set(Object.keys(extra)));
  return out;
}

/**
 * Whether a fact came from the workspace knowledge file: the whole entry (no field), or one of its
 * fields. False for a shipped fact, and for anything that is not an object of the knowledge.
 */
export function fromWorkspace(entry: unknown, field?: string): boolean {
  if (entry === null || typeof entry !== 'object') return false;
  const o = WORKSPACE.get(entry);
  if (!o) return false;
  if (o === 'all' || field === undefined) return true;
  return o.has(field);
}

/** What a hover card or message appends to a fact from the workspace knowledge file. */
export const WORKSPACE_MARK = "from this workspace's knowledge file";

/** " (from this workspace's knowledge file)" after a fact the workspace file gave, for plain-text messages; else nothing. */
export const workspaceSuffix = (entry: object | undefined, field?: string): string => (fromWorkspace(entry, field) ? ` (${WORKSPACE_MARK})` : '');

// Markdown that a string of the knowledge could carry into a hover card: links and images ([ ]),
// HTML (< >), code, emphasis and table cells. Ids, codes and dates never hold these characters.
const MARKDOWN = /[\\`*[\]<>|]/g;
const safe = new WeakMap<Knowledge, Knowledge>();

/**
 * The knowledge with every string made inert for Markdown (those characters escaped, line breaks
 * made spaces), for the hover cards: a workspace knowledge file can never inject a link, an image
 * or HTML into one. Ids, codes and dates are unchanged, so every query answers as on `k`; the
 * workspace marks (`fromWorkspace`) carry over. Made once per knowledge.
 */
export function markdownSafe(k: Knowledge): Knowledge {
  let out = safe.get(k);
  if (!out) safe.set(k, (out = inert(k) as Knowledge));
  return out;
}
/** A string made inert for Markdown: its markup characters escaped, its line breaks made spaces. */
export const markdownText = (s: string): string => s.replace(MARKDOWN, '\\$&').replace(/\s*\r?\n\s*/g, ' ');
function inert(v: unknown): unknown {
  if (typeof v === 'string') return markdownText(v);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? v.map(inert) : Object.assign(Object.create(Object.getPrototypeOf(v) as object | null) as object, Object.fromEntries(Object.entries(v).map(([key, x]) => [key, inert(x)])));
  const mark = WORKSPACE.get(v);
  if (mark) WORKSPACE.set(out, mark);
  return out;
}

function byKey<T extends object>(base: T[], extra: T[] | undefined, key: (t: T) => string): T[] {
  if (!extra) return base;
  const out = new Map<string, T>();
  for (const item of base) out.set(key(item), item);
  for (const item of extra) out.set(key(item), mergedEntry(out.get(key(item)), item));
  return [...out.values()];
}

function mergeRecord<T extends object>(base: Record<string, T>, extra: Record<string, T> | undefined): Record<string, T> {
  // Keys were validated against a closed list (no __proto__ survives the schema), and the result
  // is built in a fresh null-prototype object all the same.
  const out: Record<string, T> = Object.assign(Object.create(null), base);
  for (const [k, v] of Object.entries(extra ?? {})) out[k] = mergedEntry(Object.prototype.hasOwnProperty.call(base, k) ? base[k] : undefined, v);
  return out;
}

/** The key of a pair of states, the same in either order (`IN-US`). */
export const pairKey = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);
export const pairOf = (p: Pick<MlatPair, 'states'>) => pairKey(p.states[0], p.states[1]);

/**
 * Merge a validated workspace override over a base: entries with the same key (channel, state,
 * pair, notice) are replaced field by field, new entries added.
 */
export function mergeKnowledge(base: Knowledge, extra: KnowledgeOverride | undefined): Knowledge {
  if (!extra) return base;
  markWorkspace(extra);
  return {
    channels: mergeRecord(base.channels, extra.channels),
    content_wall: extra.content_wall ?? base.content_wall,
    e_evidence: extra.e_evidence ? mergedEntry(base.e_evidence, extra.e_evidence) : base.e_evidence,
    cloud_act_agreements: byKey(base.cloud_act_agreements, extra.cloud_act_agreements, (a) => a.state),
    // A workspace that names an authority knows it: a shipped `unknown` does not survive the override.
    central_authorities: byKey(base.central_authorities, extra.central_authorities?.map((a) => own({ ...a, unknown: a.unknown ?? false })), (a) => a.state),
    mlat_pairs: byKey(base.mlat_pairs, extra.mlat_pairs, pairOf),
    mlat_lists: byKey(base.mlat_lists ?? [], extra.mlat_lists, (l) => l.state),
    notices: mergeRecord(base.notices, extra.notices),
    notices_source: extra.notices_source ?? base.notices_source,
    eio: extra.eio ? mergedEntry(base.eio, extra.eio as EioFacts) : base.eio,
    conventions: mergeConventions(base.conventions, extra.conventions),
    us_eu_agreement: extra.us_eu_agreement ? mergedEntry(base.us_eu_agreement, extra.us_eu_agreement as UsEuAgreement) : base.us_eu_agreement,
    points_24_7: byKey(base.points_24_7 ?? [], extra.points_24_7, (p) => p.state),
    languages: extra.languages ? {
      eio: byKey(base.languages?.eio ?? [], extra.languages.eio, (l) => l.state),
      mla: byKey(base.languages?.mla ?? [], extra.languages.mla, (l) => l.state),
    } : base.languages,
    outgoing: byKey(base.outgoing ?? [], extra.outgoing, (o) => o.state),
    facts: mergeRecord(base.facts ?? {}, extra.facts),
    providers: mergeProviders(base.providers, extra.providers),
  };
}

/** Conventions by id, field by field; a convention's parties merge by state. */
function mergeConventions(base: Record<string, Convention> | undefined, extra: Record<string, Convention> | undefined): Record<string, Convention> | undefined {
  if (!extra) return base;
  const out: Record<string, Convention> = Object.assign(Object.create(null), base ?? {});
  for (const [id, c] of Object.entries(extra)) {
    const old = out[id];
    out[id] = { ...mergedEntry(old, c), parties: byKey(old?.parties ?? [], c.parties, (p) => p.state) } as Convention;
    if (old) WORKSPACE.set(out[id], new Set(Object.keys(c)));
  }
  return out;
}

/** The CLOUD Act agreement of `state` with the US in force on `date`, if any. */
export function cloudActAgreement(k: Knowledge, state: string | undefined, date: string): Agreement | undefined {
  if (!state) return undefined;
  // An agreement marked `verify` decides nothing: neither a route nor a finding rests on it.
  return k.cloud_act_agreements.find((a) => a.state === state && !a.verify && a.in_force !== undefined && a.in_force <= date);
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

// Built once per list (a merged knowledge has a new list, so a new index): a check of 10,000
// requests asks for pairs tens of thousands of times, and a scan built a key for every pair.
const pairIndex = new WeakMap<readonly MlatPair[], Map<string, MlatPair>>();

/** The entry for the treaty between two states, in either order (the first, if listed twice). */
export function mlatPair(k: Knowledge, a: string | undefined, b: string | undefined): MlatPair | undefined {
  if (!a || !b) return undefined;
  let index = pairIndex.get(k.mlat_pairs);
  if (!index) {
    index = new Map();
    for (const p of k.mlat_pairs) {
      const key = pairOf(p);
      if (!index.has(key)) index.set(key, p);
    }
    pairIndex.set(k.mlat_pairs, index);
  }
  return index.get(pairKey(a, b));
}

/** The central authority of a state; undefined where none is known (or the entry says `unknown`). */
export function centralAuthority(k: Knowledge, state: string | undefined): CentralAuthority | undefined {
  const found = state ? k.central_authorities.find((c) => c.state === state) : undefined;
  return found?.unknown ? undefined : found;
}

/**
 * Where an MLA request from `requesting` to `requested` goes: the authority the treaty between
 * them names for the requested state (a pair's `authorities`, where the treaty is in force on
 * `date` and the entry is not marked `verify`), else the state's own central authority.
 */
export function mlaAuthority(k: Knowledge, requesting: string | undefined, requested: string | undefined, date?: string): CentralAuthority | PairAuthority | undefined {
  const pair = mlatPair(k, requesting, requested);
  const own = pair && pair.status === 'in_force' && !pair.verify && !(date && pair.in_force && date < pair.in_force)
    ? pair.authorities?.find((a) => a.state === requested && !a.verify)
    : undefined;
  return own ?? centralAuthority(k, requested);
}

const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Lenient match of an addressee against a central authority: case, accents and punctuation are
 * ignored, and the authority's name or any alias (OIA, IS-II, BEPI…) found in the addressee counts.
 */
export function addresseeMatches(authority: Named, addressee: string): boolean {
  const { names, full, seen } = squashedNames(authority);
  let yes = seen.get(addressee);
  if (yes === undefined) {
    const have = ` ${squash(addressee)} `;
    const bare = have.trim();
    // "Ministry of Home Affairs" names the authority too: a long enough part of its full name counts.
    yes = names.some((n) => have.includes(n)) || (bare.length >= 8 && full.includes(` ${bare} `));
    if (seen.size >= 1024) seen.clear();
    seen.set(addressee, yes);
  }
  return yes;
}

/**
 * An authority's name and aliases squashed and padded with spaces, once per authority, and the
 * addressees already matched against it (a file writes the same addressee on many requests).
 */
const squashed = new WeakMap<Named, { names: string[]; full: string; seen: Map<string, boolean> }>();
function squashedNames(authority: Named) {
  let s = squashed.get(authority);
  if (!s) {
    const names = [authority.name, ...(authority.aliases ?? [])].map(squash).filter((n) => n.length > 0);
    s = { names: names.map((n) => ` ${n} `), full: ` ${squash(authority.name)} `, seen: new Map() };
    squashed.set(authority, s);
  }
  return s;
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

export * from './legal';
export * from './languages';
/** The channel's typical latest answer in days, for an action; undefined where none is known. */
export function latestDays(k: Knowledge, channel: string, action: string, urgency?: string): number | undefined {
  const days = k.channels[channel]?.latest_days;
  if (!days) return undefined;
  if (urgency === 'threat_to_life' && days[`${action}_threat_to_life`] !== undefined) return days[`${action}_threat_to_life`];
  return days[action];
}
