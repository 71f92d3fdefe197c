// The legal bases between two states (../shared/spec/legal-bases.md): whether the EIO binds a
// state, whether a state is a party to the Budapest Convention, and the one query every rule,
// route and hover asks, `mlaBasis`: the instrument that gives mutual legal assistance between
// two states on a date for a request, `none`, or unknown with the reason. Facts come from the
// knowledge file; an absent fact is unknown, and a fact marked `verify` never decides anything.
import type { Convention, ConventionParty, Knowledge, MlatPair, OffenceScope } from './index';
import { fromWorkspace, mlatPair, pairKey, WORKSPACE_MARK } from './index';

/** " (from this workspace's knowledge file)" after a basis resting on a fact of that file. */
const fromFile = (...entries: (object | undefined)[]) => (entries.some((e) => fromWorkspace(e)) ? ` (${WORKSPACE_MARK})` : '');

export interface MlaInstrument {
  kind: 'bilateral' | 'convention';
  /** A pair key (`IN-US`), `us_eu_agreement`, or a convention id (`budapest`, `untoc`). */
  id: string;
  title: string;
  /** The date the basis holds from, or `by 2015` where only that is known. */
  since: string;
  /** What every message and hover says, e.g. "the MLAT between US and IN is in force since 2005-10-03". */
  sentence: string;
  /** The article that gives mutual legal assistance (a convention's "Art. 18"). */
  article?: string;
  /** Since when each of the two states is bound (requesting first), for drafts. */
  states?: { state: string; since: string }[];
  /** Why the request is within the instrument's offence scope, where it has one. */
  reason?: string;
}

/** What the answer turns on: the instrument, the case key that decides it, and why. */
export interface MlaCondition { instrument: MlaInstrument; key: string; why: string }

export type MlaBasis =
  | { status: 'in_force'; instrument: MlaInstrument }
  | { status: 'conditional'; instrument: MlaInstrument; key: string; why: string }
  | { status: 'none' }
  | { status: 'unknown'; why: string };

/** The case's offence facts a convention's scope reads (`case.organised_crime`, `case.offences`, `case.max_penalty_years`). */
export type OffenceFacts = Pick<MlaRequest, 'organised_crime' | 'offences' | 'max_penalty_years'>;

/** The offence facts of the case a convention's scope reads. */
export interface MlaOffence { category?: string; max_penalty_years?: number }

export interface MlaRequest {
  action?: string;
  data?: readonly string[];
  /** `case.organised_crime`. */
  organised_crime?: boolean;
  /** `case.offences` (the object form's category and penalty). */
  offences?: readonly MlaOffence[];
  /** `case.max_penalty_years`: the highest penalty of the offences. */
  max_penalty_years?: number;
}

/** `in_force_by` as a date: a year means its last day (known to be in force by the end of it). */
export const byDate = (by: number | string): string => (typeof by === 'number' ? `${by}-12-31` : by);
const byText = (by: number | string): string => `by ${typeof by === 'number' ? String(by) : by}`;

/**
 * Whether `state` is bound by the EIO on `date`: true, false (a date before it applies, Denmark,
 * Ireland, a non-member; the bound list is complete), or undefined (no state, or an unverified
 * fact such as the United Kingdom before it left).
 */
export function eioBound(k: Knowledge, state: string | undefined, date: string): boolean | undefined {
  const e = k.eio;
  if (!state || !e?.applies_from) return undefined;
  if (date < e.applies_from) return false;
  if ((e.bound ?? []).includes(state)) return true;
  const former = (e.formerly_bound ?? []).find((f) => f.state === state);
  if (former && date <= former.until) return former.verify ? undefined : true;
  return e.complete === false ? undefined : false;
}

/**
 * The party entry's status on a date: true, false only where the list is complete (and the date
 * not after its `as_of`: a later date may see new parties), else undefined. A `verify` entry
 * decides nothing.
 */
function partyOn(c: Convention, state: string | undefined, date: string): { party?: boolean; entry?: ConventionParty } {
  if (!state) return {};
  const complete = c.complete === true && !(c.as_of && date > c.as_of);
  const entry = findParty(c, state);
  if (!entry) return { party: complete ? false : undefined };
  if (entry.verify) return { entry };
  const from = entry.in_force ?? (entry.in_force_by !== undefined ? byDate(entry.in_force_by) : undefined);
  if (from && date >= from) return { party: true, entry };
  // Before an exact entry into force the state was not a party; said only of a complete list
  // (legal-bases.md: "not a party" only when the list is the whole chart).
  return { party: complete && entry.in_force ? false : undefined, entry };
}

/** Whether `state` is a party to the Budapest Convention on `date` (see `partyOn`). */
export function budapestParty(k: Knowledge, state: string | undefined, date: string): boolean | undefined {
  const c = k.conventions?.budapest;
  return c ? partyOn(c, state, date).party : undefined;
}

/** Whether the request is within a convention's scope by action and data (no scope: every request). */
export function inScope(c: Convention, request: MlaRequest | undefined): boolean {
  if (!c.scope || !request) return true;
  if (request.action && c.scope.actions && !c.scope.actions.includes(request.action)) return false;
  if (request.data && request.data.length > 0 && c.scope.data && !request.data.every((d) => c.scope!.data!.includes(d))) return false;
  return true;
}

/** A convention's offence scope on the case's stated facts: in (with why), out, or what it turns on. */
export type OffenceAnswer = { in: true; why?: string } | { in: false } | { in: 'conditional'; key: string; why: string };

/**
 * Whether the case's offences are within a convention's offence scope (UNTOC: an organised
 * criminal group and a serious crime of at least four years, or a Convention offence; UNCAC:
 * corruption). Out only where the stated facts decide it; a fact not stated makes it conditional
 * on the key that would decide it.
 */
export function offenceScope(s: OffenceScope | undefined, r: MlaRequest | undefined): OffenceAnswer {
  if (!s) return { in: true };
  const offences = r?.offences ?? [];
  const cats = s.categories ?? [];
  const maybe = s.conditional_categories ?? [];
  const min = s.min_penalty_years;
  const penalties = offences.map((o) => o.max_penalty_years).filter((n): n is number => typeof n === 'number');
  if (typeof r?.max_penalty_years === 'number') penalties.push(r.max_penalty_years);
  const category = offences.find((o) => o.category && cats.includes(o.category))?.category;
  const serious = min !== undefined && penalties.some((p) => p >= min);
  // Every offence's category is stated, and every penalty is known (or the case's highest is).
  const allCategorised = offences.length > 0 && offences.every((o) => o.category);
  const penaltiesKnown = typeof r?.max_penalty_years === 'number' || (offences.length > 0 && offences.every((o) => typeof o.max_penalty_years === 'number'));
  const words = (c: string) => c.replace(/_/g, ' ');
  const qualifies = category !== undefined || serious;
  const why = category !== undefined ? `the offences include ${words(category)}` : serious ? `the offences are serious crimes (at least ${min} years)` : undefined;
  const categoryOut = cats.length === 0 || allCategorised;
  const penaltyOut = min === undefined || penaltiesKnown;
  const conditionalCategory = !qualifies ? offences.find((o) => o.category && maybe.includes(o.category))?.category : undefined;
  if (s.organised_crime) {
    if (r?.organised_crime === false) return { in: false };
    if (qualifies) {
      return r?.organised_crime === true
        ? { in: true, why: `${why}${category !== undefined ? ',' : ''} involving an organised criminal group` }
        : { in: 'conditional', key: 'case.organised_crime', why: 'if the offence involves an organised criminal group' };
    }
    if (categoryOut && penaltyOut) return { in: false };
    if (r?.organised_crime !== true) return { in: 'conditional', key: 'case.organised_crime', why: 'if the offence involves an organised criminal group' };
    return min !== undefined && !penaltiesKnown
      ? { in: 'conditional', key: 'offences[].max_penalty_years', why: `if an offence carries at least ${min} years` }
      : { in: 'conditional', key: 'offences[].category', why: `if an offence is ${cats.map(words).join(' or ')}` };
  }
  if (qualifies) return { in: true, why };
  if (conditionalCategory) return { in: 'conditional', key: 'offences[].category', why: s.conditional_note ?? `if the offence is ${cats.map(words).join(' or ')}` };
  if (categoryOut && penaltyOut) return { in: false };
  return min !== undefined && !penaltiesKnown && cats.length === 0
    ? { in: 'conditional', key: 'offences[].max_penalty_years', why: `if an offence carries at least ${min} years` }
    : { in: 'conditional', key: 'offences[].category', why: `if an offence is ${cats.map(words).join(' or ')}` };
}

// Indexes built once per list (a merged knowledge has new lists, so new indexes): a check of
// 10,000 requests asks for parties tens of thousands of times (pairs: mlatPair's index).
const partyIndex = new WeakMap<readonly ConventionParty[], Map<string, ConventionParty>>();
function findParty(c: Convention, state: string): ConventionParty | undefined {
  const parties = c.parties ?? [];
  let index = partyIndex.get(parties);
  if (!index) {
    index = new Map(parties.map((p) => [p.state, p]));
    partyIndex.set(parties, index);
  }
  return index.get(state);
}

/** The date a convention binds a party from, for the sentence. */
const partySince = (e: ConventionParty | undefined) => e?.in_force ?? (e?.in_force_by !== undefined ? byText(e.in_force_by) : '?');

/** Regional conventions first, then the Budapest Convention, then the UN conventions (UNTOC Art. 18(7)). */
const KIND_RANK: Record<string, number> = { regional: 0, e_evidence: 1, universal: 2 };
const ordered = new WeakMap<Record<string, Convention>, [string, Convention][]>();
function conventionsInOrder(k: Knowledge): [string, Convention][] {
  const all = k.conventions ?? {};
  let list = ordered.get(all);
  if (!list) {
    list = Object.entries(all).sort(([, a], [, b]) => (KIND_RANK[a.kind ?? 'regional'] - KIND_RANK[b.kind ?? 'regional']) || ((a.order ?? 99) - (b.order ?? 99)));
    ordered.set(all, list);
  }
  return list;
}

/**
 * The mutual legal assistance basis between the requesting state S and the requested state T on
 * `date`, for `request` (its action and data decide a convention's scope, its offence facts the
 * UN conventions'). In the order a request relies on them (world-bases.md): a bilateral treaty in
 * force (the US-EU Agreement's instruments count as bilateral), then regional conventions, the
 * Budapest Convention, UNCAC and UNTOC, each binding both states on the date and covering the
 * request. `conditional` where a convention binds both but its scope turns on a fact the case
 * does not state (the key to set is named); `none` only where every instrument is decided
 * against the request; otherwise unknown, with the reason.
 */
export function mlaBasis(k: Knowledge, requesting: string | undefined, requested: string | undefined, date: string, request?: MlaRequest): MlaBasis {
  // Asked once per request by several rules, and a file asks the same few questions: remember
  // the answers per knowledge (bounded). An answer is never changed by its readers.
  let memo = bases.get(k);
  if (!memo) bases.set(k, (memo = new Map()));
  const key = `${requesting}\u0000${requested}\u0000${date}\u0000${requestKey(request)}`;
  let basis = memo.get(key);
  if (!basis) {
    if (memo.size >= 4096) memo.clear();
    memo.set(key, (basis = survey(k, requesting, requested, date, request).basis));
  }
  return basis;
}
const bases = new WeakMap<Knowledge, Map<string, MlaBasis>>();

const requestKey = (r: MlaRequest | undefined) => (r ? `${r.action}\u0001${r.data?.join(',')}\u0001${factsKey(r)}` : '');

/** A memo key for a case's offence facts. */
export const factsKey = (f: OffenceFacts | undefined) =>
  f ? `${f.organised_crime}\u0002${f.max_penalty_years}\u0002${(f.offences ?? []).map((o) => `${o.category}:${o.max_penalty_years}`).join(',')}` : '';

/** One instrument binding both states on a date, with whether it covers the request. */
export interface BindingInstrument {
  instrument: MlaInstrument;
  /** `in_force`: covers the request; `conditional`: turns on `key`; `out`: outside its scope. */
  covers: 'in_force' | 'conditional' | 'out';
  key?: string;
  why?: string;
  /** What the instrument covers, in words (for the hover). */
  scope: string;
}

/**
 * Every instrument that binds S and T on the date (a practitioner cites the treaty and a
 * convention together), in the order a request relies on them, each with its scope and whether
 * it covers the request. Read by the hover on `channel: mlat`.
 */
export function mlaInstruments(k: Knowledge, requesting: string | undefined, requested: string | undefined, date: string, request?: MlaRequest): BindingInstrument[] {
  return survey(k, requesting, requested, date, request, true).all;
}

function survey(k: Knowledge, requesting: string | undefined, requested: string | undefined, date: string, request: MlaRequest | undefined, every = false): { basis: MlaBasis; all: BindingInstrument[] } {
  const all: BindingInstrument[] = [];
  const done = (basis: MlaBasis) => ({ basis, all });
  if (!requesting) return done({ status: 'unknown', why: 'the requesting state is unknown' });
  if (!requested) return done({ status: 'unknown', why: 'the requested state is unknown (set requested_state or holder.country)' });
  if (requesting === requested) return done({ status: 'unknown', why: `${requesting} is both the requesting and the requested state: a domestic request needs no mutual legal assistance` });
  const S = requesting;
  const T = requested;
  const doubts: string[] = [];
  let found: MlaBasis | undefined;
  let conditional: MlaCondition | undefined;
  let bilateralDecided = false;
  const take = (b: BindingInstrument) => {
    all.push(b);
    if (!found && b.covers === 'in_force') found = { status: 'in_force', instrument: b.instrument };
    // Of several conditional answers, the one that turns on the organised criminal group comes first:
    // UNTOC covers the most offences, so that fact decides the most (the spec's example).
    if (b.covers === 'conditional' && (!conditional || (b.key === 'case.organised_crime' && conditional.key !== b.key))) conditional = { instrument: b.instrument, key: b.key!, why: b.why! };
  };

  const pair = mlatPair(k, S, T);
  if (pair) {
    if (pair.status === 'none') bilateralDecided = true;
    else if (pair.verify) doubts.push(`the treaty between ${S} and ${T} is not yet verified`);
    else if (pair.in_force && date >= pair.in_force) take({ instrument: bilateral(pair, S, T, pair.in_force, `since ${pair.in_force}`), covers: 'in_force', scope: 'every offence' });
    else if (pair.in_force) bilateralDecided = true; // a treaty that enters into force only later
    else if (pair.in_force_by !== undefined && date >= byDate(pair.in_force_by)) take({ instrument: bilateral(pair, S, T, byText(pair.in_force_by), byText(pair.in_force_by)), covers: 'in_force', scope: 'every offence' });
    else if (pair.in_force_by !== undefined) doubts.push(`the MLAT between ${S} and ${T} is known to be in force only ${byText(pair.in_force_by)}, not whether it was on ${date}`);
  } else if (bilateralListComplete(k, S, date) || bilateralListComplete(k, T, date)) bilateralDecided = true;

  const useu = k.us_eu_agreement;
  if (useu?.in_force && !useu.verify && (S === 'US' || T === 'US')) {
    const other = S === 'US' ? T : S;
    if ((useu.states ?? []).includes(other) && date >= useu.in_force) {
      const name = useu.title.startsWith('Agreement') ? 'US-EU Mutual Legal Assistance Agreement' : useu.title;
      take({ instrument: { kind: 'bilateral', id: 'us_eu_agreement', title: useu.title, since: useu.in_force, sentence: `the ${name} is in force between ${S} and ${T} since ${useu.in_force}${fromFile(useu)}` }, covers: 'in_force', scope: 'every offence' });
    }
  }
  if (found && !every) return done(found);
  if (found) bilateralDecided = true;
  if (!pair && !bilateralDecided) doubts.unshift(`no treaty between ${S} and ${T} is recorded`);

  for (const [id, c] of conventionsInOrder(k)) {
    const name = c.short ?? c.title;
    const byData = inScope(c, request);
    const offence = offenceScope(c.scope?.offences, request);
    const a = partyOn(c, S, date);
    const b = partyOn(c, T, date);
    if (a.party && b.party) {
      const instrument = conventionInstrument(id, c, S, T, a.entry, b.entry, offence.in === true ? offence.why : undefined);
      const covers = !byData || offence.in === false ? 'out' : offence.in === true ? 'in_force' : 'conditional';
      take({ instrument, covers, key: offence.in === 'conditional' ? offence.key : undefined, why: offence.in === 'conditional' ? offence.why : undefined, scope: scopeText(c) });
      if (found && !every) return done(found);
      continue;
    }
    // Decided against the request: outside its scope on the stated facts, or one state not a party.
    if (!byData || offence.in === false || a.party === false || b.party === false) continue;
    const unsure = [a.party === undefined ? S : undefined, b.party === undefined ? T : undefined].filter(Boolean).join(' and ');
    doubts.push(`whether ${name} binds ${unsure} on ${date} is unknown${c.complete ? '' : ' (its list of parties is incomplete)'}`);
  }

  if (found) return done(found);
  if (conditional) return done({ status: 'conditional', ...conditional });
  if (bilateralDecided && doubts.length === 0) return done({ status: 'none' });
  return done({ status: 'unknown', why: doubts.join('; ') || `no treaty between ${S} and ${T} is recorded` });
}

/** Whether the knowledge holds the whole list of `state`'s bilateral MLATs on `date` (`mlat_lists`). */
function bilateralListComplete(k: Knowledge, state: string, date: string): boolean {
  return (k.mlat_lists ?? []).some((l) => l.state === state && l.complete && !l.verify && date <= l.as_of);
}

/** A convention as the answer's instrument: its article and both states' dates. */
function conventionInstrument(id: string, c: Convention, S: string, T: string, a: ConventionParty | undefined, b: ConventionParty | undefined, reason?: string): MlaInstrument {
  const name = c.short ?? c.title;
  // Both are bound from the later of the two dates; "by" when that date is only a bound.
  const dateOf = (w: string) => w.replace(/^by /, '');
  const since = [partySince(a), partySince(b)].sort((x, y) => dateOf(x).localeCompare(dateOf(y)) || x.localeCompare(y)).pop()!;
  const when = (w: string) => (w.startsWith('by ') ? w : `since ${w}`);
  const art = c.article ? ` (${c.article})` : '';
  return {
    kind: 'convention', id, title: c.title, since, article: c.article, reason,
    states: [{ state: S, since: partySince(a) }, { state: T, since: partySince(b) }],
    sentence: `${name}${art} binds ${S} (${when(partySince(a))}) and ${T} (${when(partySince(b))})${reason ? `: ${reason}` : ''}${fromFile(c, a, b)}`,
  };
}

/** What a convention covers, in words, from its scope. */
function scopeText(c: Convention): string {
  const parts: string[] = [];
  const o = c.scope?.offences;
  if (o) {
    const cats = (o.categories ?? []).map((x) => x.replace(/_/g, ' '));
    if (o.organised_crime) parts.push(`offences involving an organised criminal group${o.min_penalty_years !== undefined ? ` punishable by at least ${o.min_penalty_years} years` : ''}${cats.length ? ` (or ${cats.join(', ')})` : ''}`);
    else if (cats.length) parts.push(`${cats.join(', ')} offences${o.conditional_categories?.length ? ` (${o.conditional_categories.map((x) => x.replace(/_/g, ' ')).join(', ')} ${o.conditional_note ?? 'in part'})` : ''}`);
    if (o.article) parts.push(o.article);
  }
  if (c.scope?.data) parts.push(`data: ${c.scope.data.join(', ')}`);
  return parts.length ? parts.join('; ') : 'every offence';
}

function bilateral(pair: MlatPair, S: string, T: string, since: string, when: string): MlaInstrument {
  const [a, b] = pair.states;
  const sentence = (pair.instrument
    ? `the ${pair.instrument} is in force between ${S} and ${T} ${when}`
    : `the MLAT between ${a} and ${b} is in force ${when}`) + fromFile(pair);
  return { kind: 'bilateral', id: pairKey(a, b), title: pair.instrument ?? `MLAT between ${a} and ${b}`, since, sentence };
}

/** The requested state's 24/7 point (Budapest Art. 35), where known. */
export function point247(k: Knowledge, state: string | undefined) {
  return state ? (k.points_24_7 ?? []).find((p) => p.state === state) : undefined;
}

/** Whether S and T form an EIO pair on the date: both bound and S differs from T. Undefined where unknown. */
export function eioPair(k: Knowledge, S: string | undefined, T: string | undefined, date: string): boolean | undefined {
  if (S && T && S === T) return false;
  const a = eioBound(k, S, date);
  const b = eioBound(k, T, date);
  if (a === false || b === false) return false;
  return a && b ? true : undefined;
}
