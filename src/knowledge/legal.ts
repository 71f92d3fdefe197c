// The legal bases between two states (../shared/spec/legal-bases.md): whether the EIO binds a
// state, whether a state is a party to the Budapest Convention, and the one query every rule,
// route and hover asks, `mlaBasis`: the instrument that gives mutual legal assistance between
// two states on a date for a request, `none`, or unknown with the reason. Facts come from the
// knowledge file; an absent fact is unknown, and a fact marked `verify` never decides anything.
import type { Convention, ConventionParty, Knowledge, MlatPair } from './index';

export interface MlaInstrument {
  kind: 'bilateral' | 'convention';
  /** A pair key (`IN-US`), `us_eu_agreement`, or a convention id (`budapest`). */
  id: string;
  title: string;
  /** The date the basis holds from, or `by 2015` where only that is known. */
  since: string;
  /** What every message and hover says, e.g. "the MLAT between US and IN is in force since 2005-10-03". */
  sentence: string;
}

export type MlaBasis =
  | { status: 'in_force'; instrument: MlaInstrument }
  | { status: 'none' }
  | { status: 'unknown'; why: string };

export interface MlaRequest {
  action?: string;
  data?: readonly string[];
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

/** The party entry's status on a date: true, false only where the list is complete, else undefined. */
function partyOn(c: Convention, state: string | undefined, date: string): { party?: boolean; entry?: ConventionParty } {
  if (!state) return {};
  const entry = findParty(c, state);
  if (!entry) return { party: c.complete ? false : undefined };
  if (entry.verify) return { entry };
  const from = entry.in_force ?? (entry.in_force_by !== undefined ? byDate(entry.in_force_by) : undefined);
  if (from && date >= from) return { party: true, entry };
  // Before an exact entry into force the state was not a party; said only of a complete list
  // (legal-bases.md: "not a party" only when the list is the whole chart).
  return { party: c.complete && entry.in_force ? false : undefined, entry };
}

/** Whether `state` is a party to the Budapest Convention on `date` (see `partyOn`). */
export function budapestParty(k: Knowledge, state: string | undefined, date: string): boolean | undefined {
  const c = k.conventions?.budapest;
  return c ? partyOn(c, state, date).party : undefined;
}

/** Whether the request is within a convention's scope (no scope: every request). */
export function inScope(c: Convention, request: MlaRequest | undefined): boolean {
  if (!c.scope || !request) return true;
  if (request.action && c.scope.actions && !c.scope.actions.includes(request.action)) return false;
  if (request.data && request.data.length > 0 && c.scope.data && !request.data.every((d) => c.scope!.data!.includes(d))) return false;
  return true;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);
// Indexes built once per list (a merged knowledge has new lists, so new indexes): a check of
// 10,000 requests asks for pairs and parties tens of thousands of times.
const pairIndex = new WeakMap<readonly MlatPair[], Map<string, MlatPair>>();
function findPair(k: Knowledge, a: string, b: string): MlatPair | undefined {
  let index = pairIndex.get(k.mlat_pairs);
  if (!index) {
    index = new Map();
    for (const p of k.mlat_pairs) index.set(pairKey(p.states[0], p.states[1]), p);
    pairIndex.set(k.mlat_pairs, index);
  }
  return index.get(pairKey(a, b));
}
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

/**
 * The mutual legal assistance basis between the requesting state S and the requested state T on
 * `date`, for `request` (its action and data decide a convention's scope): the first found of a
 * bilateral pair in force (the US-EU Agreement's instruments count as bilateral), then a
 * convention binding both on the date whose scope covers the request. `none` where a pair is
 * recorded `none` (or in force only from a later date) and no convention is known to cover the
 * request; otherwise unknown, with the reason.
 */
export function mlaBasis(k: Knowledge, requesting: string | undefined, requested: string | undefined, date: string, request?: MlaRequest): MlaBasis {
  // Asked once per request by several rules, and a file asks the same few questions: remember
  // the answers per knowledge (bounded). An answer is never changed by its readers.
  let memo = bases.get(k);
  if (!memo) bases.set(k, (memo = new Map()));
  const key = `${requesting}\u0000${requested}\u0000${date}\u0000${request?.action}\u0000${request?.data?.join('\u0001')}`;
  let basis = memo.get(key);
  if (!basis) {
    if (memo.size >= 4096) memo.clear();
    memo.set(key, (basis = findBasis(k, requesting, requested, date, request)));
  }
  return basis;
}
const bases = new WeakMap<Knowledge, Map<string, MlaBasis>>();

function findBasis(k: Knowledge, requesting: string | undefined, requested: string | undefined, date: string, request?: MlaRequest): MlaBasis {
  if (!requesting) return { status: 'unknown', why: 'the requesting state is unknown' };
  if (!requested) return { status: 'unknown', why: 'the requested state is unknown (set requested_state or holder.country)' };
  if (requesting === requested) return { status: 'unknown', why: `${requesting} is both the requesting and the requested state: a domestic request needs no mutual legal assistance` };
  const S = requesting;
  const T = requested;
  const doubts: string[] = [];
  let knownNone = false;

  const pair = findPair(k, S, T);
  if (pair) {
    if (pair.status === 'none') knownNone = true;
    else if (pair.verify) doubts.push(`the treaty between ${S} and ${T} is not yet verified`);
    else if (pair.in_force && date >= pair.in_force) return bilateral(pair, S, T, pair.in_force, `since ${pair.in_force}`);
    else if (pair.in_force) knownNone = true; // a treaty that enters into force only later
    else if (pair.in_force_by !== undefined && date >= byDate(pair.in_force_by)) return bilateral(pair, S, T, byText(pair.in_force_by), byText(pair.in_force_by));
    else if (pair.in_force_by !== undefined) doubts.push(`the MLAT between ${S} and ${T} is known to be in force only ${byText(pair.in_force_by)}, not whether it was on ${date}`);
  }

  const useu = k.us_eu_agreement;
  if (useu?.in_force && !useu.verify && (S === 'US' || T === 'US')) {
    const other = S === 'US' ? T : S;
    if ((useu.states ?? []).includes(other) && date >= useu.in_force) {
      return {
        status: 'in_force',
        instrument: { kind: 'bilateral', id: 'us_eu_agreement', title: useu.title, since: useu.in_force, sentence: `the ${useu.title.startsWith('Agreement') ? 'US-EU Mutual Legal Assistance Agreement' : useu.title} is in force between ${S} and ${T} since ${useu.in_force}` },
      };
    }
  }

  for (const [id, c] of Object.entries(k.conventions ?? {})) {
    if (!inScope(c, request)) continue;
    const a = partyOn(c, S, date);
    const b = partyOn(c, T, date);
    const name = c.short ?? c.title;
    if (a.party && b.party) {
      const since = [partySince(a.entry), partySince(b.entry)].sort().pop()!;
      return { status: 'in_force', instrument: { kind: 'convention', id, title: c.title, since, sentence: `${name} binds ${S} (since ${partySince(a.entry)}) and ${T} (since ${partySince(b.entry)})` } };
    }
    if (a.party === false || b.party === false) continue;
    const unsure = [a.party === undefined ? S : undefined, b.party === undefined ? T : undefined].filter(Boolean).join(' and ');
    doubts.push(`whether ${name} binds ${unsure} on ${date} is unknown${c.complete ? '' : ' (its list of parties is incomplete)'}`);
  }

  if (knownNone) return { status: 'none' };
  if (!pair) doubts.unshift(`no treaty between ${S} and ${T} is recorded`);
  return { status: 'unknown', why: doubts.join('; ') };
}

function bilateral(pair: MlatPair, S: string, T: string, since: string, when: string): MlaBasis {
  const [a, b] = pair.states;
  const sentence = pair.instrument
    ? `the ${pair.instrument} is in force between ${S} and ${T} ${when}`
    : `the MLAT between ${a} and ${b} is in force ${when}`;
  return { status: 'in_force', instrument: { kind: 'bilateral', id: pairKey(a, b), title: pair.instrument ?? `MLAT between ${a} and ${b}`, since, sentence } };
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
