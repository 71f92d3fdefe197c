// The case as the rules read it: typed, with every field that has a schema error (or the wrong
// type) left out, so a rule never reasons from a value the schema already refused, and an
// absent value keeps a rule silent ("unknown is silent").
import { isPlaceholder } from './placeholders';

export type Channel = 'lers' | 'mlat' | 'letter_rogatory' | 'cloud_act' | 'eu_production_order' | 'eu_preservation_order' | 'interpol' | 'eio' | 'network_24_7';
export type Action = 'preserve' | 'produce' | 'testimony' | 'locate' | 'identify' | 'arrest' | 'warn' | 'find_missing';
export type DataCategory = 'subscriber' | 'ip_logs' | 'traffic' | 'content' | 'bank_records';

export const DATA_ACTIONS: readonly string[] = ['preserve', 'produce'];
export const PERSON_ACTIONS: readonly string[] = ['locate', 'identify', 'arrest', 'warn', 'find_missing'];
export const NON_CONTENT: readonly string[] = ['subscriber', 'ip_logs', 'traffic'];
export const EU_ORDERS: readonly string[] = ['eu_production_order', 'eu_preservation_order'];
export const TREATY_CHANNELS: readonly string[] = ['mlat', 'letter_rogatory'];
/** The channels that take `requested_state` and `addressee` (legal-bases.md, keys per channel). */
export const ADDRESSED_CHANNELS: readonly string[] = ['mlat', 'letter_rogatory', 'eio', 'network_24_7'];

export interface Holder {
  name?: string;
  type?: string;
  country?: string;
  eu_services?: boolean;
  /** The registry id of the provider (`meta`), when the name alone is ambiguous. */
  entity?: string;
}

/** A person the case concerns (`case.persons`). */
export interface CasePerson { name: string; role?: string; born?: string; nationality?: string; address?: string }

export interface RequestView {
  index: number;
  path: ['requests', number];
  id?: string;
  channel?: Channel;
  action?: Action;
  holder?: Holder;
  data?: DataCategory[];
  identifiers?: unknown[];
  person?: Record<string, unknown>;
  notice?: string;
  /** As written; see `requestedState` for the resolved one. */
  requested_state?: string;
  addressee?: string;
  after?: string;
  sent?: string;
  needed_by?: string;
  notes?: string;
  /** `true`: an emergency disclosure request (danger of death or serious physical injury). */
  emergency?: boolean;
  /** The persons this request concerns, by their name in `case.persons`. */
  persons?: string[];
  /** On a witness request: the questions to put. */
  questions?: string[];
  /** What is annexed to the request. */
  annexes?: string[];
  /** On a Red Notice: the arrest warrant it rests on (a reference is required by the schema). */
  warrant?: { reference?: string; issued_by?: string; on?: string };
  /** On an EU order or an EIO: the judicial authority that validated it (Regulation (EU) 2023/1543 Art. 4; Directive 2014/41/EU Art. 2(c)). */
  validated_by?: { name?: string; type?: string; on?: string };
  /** On an EU order: the state where the person whose data are sought resides (Art. 8 notification). */
  person_resides?: string;
  /** On a Red Notice: the assurance that extradition will be sought. */
  extradition?: boolean;
  /** On an emergency request: the danger (who is at risk, of what, why imminent, how recent, how the data prevents it). */
  danger?: string;
  /** On a `preserve` request: the dates an extension was sent, as written (valid dates only). */
  extended?: string[];
  // The register (register.md): the request's life after it is drafted; dates the schema or
  // the date order refused are absent.
  reference?: string;
  their_reference?: string;
  acknowledged?: string;
  answered?: string;
  /** `true` beside `answered`: only part of the answer came. */
  partial?: boolean;
  refused?: { on: string; reason?: string };
  withdrawn?: string;
  /** Dates a reminder was sent (valid dates only). */
  reminders?: string[];
  /** On a `preserve` request: the dates an extension is to be sent (a plan, not a record). */
  planned_extensions?: string[];
  /** `requested_state`, else `holder.country`. */
  requestedState?: string;
  /** `sent`, else today. */
  date: string;
  // Drafting keys (drafting.md): absent when missing or refused by the schema.
  relevance?: string;
  date_range?: { from: string; to: string };
  necessity?: string;
  procedure?: string;
  confidential?: { reason: string; until?: string };
}

/** An offence as the drafts read it: a plain string becomes `{ name }`. */
export interface Offence { name: string; provision?: string; max_penalty_years?: number; category?: string }

/** Who the requested side may contact (`case.contact`). */
export interface Contact { name?: string; role?: string; email?: string; phone?: string }

export interface CaseView {
  requestingState?: string;
  urgency?: string;
  caseId?: string;
  requests: RequestView[];
  /** Items of `requests` that are maps (others are the schema's to report). */
  requestCount: number;
  // Case keys the drafts read (drafting.md).
  title?: string;
  requestingAuthority?: string;
  /** What kind of authority issues the requests (`court`, `judge`, `prosecutor`, `police`…). */
  authorityType?: string;
  offences?: Offence[];
  maxPenaltyYears?: number;
  /** `case.organised_crime`: an organised criminal group is involved or suspected (UNTOC Art. 2(a)). */
  organisedCrime?: boolean;
  facts?: string;
  stage?: string;
  contact?: Contact;
  language?: string;
  urgencyReason?: string;
  /** The persons the case concerns (UNTOC Art. 18(15)(e)); a request names them by `persons: [name]`. */
  persons?: CasePerson[];
}

export const isPlatformHeld = (h: Holder | undefined) => h?.type === 'platform' || h?.type === 'exchange';
export const isProvider = (h: Holder | undefined) => isPlatformHeld(h) || h?.type === 'telecom';
export const isDataAction = (a: string | undefined) => a !== undefined && DATA_ACTIONS.includes(a);
export const isPersonAction = (a: string | undefined) => a !== undefined && PERSON_ACTIONS.includes(a);

const obj = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * Build the view. `bad` holds the JSON pointers that have a schema error; a field whose pointer
 * or an ancestor's (below the request) is in it is treated as absent.
 */
/**
 * `placeholderFree`: the parse saw no placeholder among the value's strings (core/parse.ts), so
 * none need be looked for again here.
 */
export function buildCaseView(value: unknown, bad: ReadonlySet<string>, today: string, placeholderFree = false): CaseView {
  const placeholder = placeholderFree ? () => false : isPlaceholder;
  const root = obj(value) ?? {};
  const c = obj(root.case) ?? {};
  const ok = (ptr: string) => {
    for (let p = ptr; p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) if (bad.has(p)) return false;
    return true;
  };
  // The requests that hold a refused value (or sit under one): the others skip the pointer
  // checks, which on a large file would build and test some thirty strings per request.
  const touched = new Set<number>();
  let allTouched = false;
  for (const ptr of bad) {
    const m = /^\/requests(?:\/(\d+))?(?:\/|$)/.exec(ptr);
    if (!m) continue;
    if (m[1] === undefined) allTouched = true;
    else touched.add(Number(m[1]));
  }
  // A placeholder left in place (core/placeholders.ts) is no value: unknown, as if absent, so no
  // rule reasons from it and no draft prints it (placeholder-value reports it).
  const str = (v: unknown, ptr: string) => (typeof v === 'string' && ok(ptr) && !placeholder(v) ? v : undefined);
  const rangeOf = (v: unknown, ptr: string, get: (v: unknown, ptr: string) => string | undefined) => {
    const o = obj(v);
    if (!o) return undefined;
    const from = get(o.from, `${ptr}/from`);
    const to = get(o.to, `${ptr}/to`);
    return from && to ? { from, to } : undefined;
  };
  const confidentialOf = (v: unknown, ptr: string, get: (v: unknown, ptr: string) => string | undefined) => {
    const o = obj(v);
    if (!o) return undefined;
    const reason = get(o.reason, `${ptr}/reason`);
    return reason ? { reason, until: get(o.until, `${ptr}/until`) } : undefined;
  };
  const refusalOf = (v: unknown, ptr: string, get: (v: unknown, ptr: string) => string | undefined) => {
    const o = obj(v);
    const on = o ? get(o.on, `${ptr}/on`) : undefined;
    return o && on ? { on, reason: get(o.reason, `${ptr}/reason`) } : undefined;
  };
  const num = (v: unknown, ptr: string) => (typeof v === 'number' && ok(ptr) ? v : undefined);
  const requests: RequestView[] = [];
  const items = Array.isArray(root.requests) ? root.requests : [];
  items.forEach((raw, index) => {
    const r = obj(raw);
    if (!r) return;
    const clean = !allTouched && !touched.has(index);
    // Pointers are built only for a request that holds a refused value.
    const okAt = (suffix: string) => clean || ok(`/requests/${index}/${suffix}`);
    const sub = (v: unknown, suffix: string) => (typeof v === 'string' && okAt(suffix) && !placeholder(v) ? v : undefined);
    const f = (k: string) => sub(r[k], k);
    const h = obj(r.holder);
    const holder: Holder | undefined = h && okAt('holder')
      ? {
          name: sub(h.name, 'holder/name'),
          type: sub(h.type, 'holder/type'),
          country: sub(h.country, 'holder/country'),
          eu_services: typeof h.eu_services === 'boolean' && okAt('holder/eu_services') ? h.eu_services : undefined,
          entity: sub(h.entity, 'holder/entity'),
        }
      : undefined;
    // In a request with no refused value the schema has already checked that every item is a string.
    const strings = (v: unknown, key: string) => (!Array.isArray(v) || !okAt(key) ? undefined : clean && v.every((d) => typeof d === 'string') ? (v as string[]) : (v.filter((d, i) => typeof d === 'string' && (clean || ok(`/requests/${index}/${key}/${i}`))) as string[]));
    const data = strings(r.data, 'data') as DataCategory[] | undefined;
    const sent = f('sent');
    const requested_state = f('requested_state');
    requests.push({
      index,
      path: ['requests', index],
      id: f('id'),
      channel: f('channel') as Channel | undefined,
      action: f('action') as Action | undefined,
      holder,
      data,
      identifiers: Array.isArray(r.identifiers) && okAt('identifiers') ? r.identifiers : undefined,
      person: obj(r.person) && okAt('person') ? obj(r.person) : undefined,
      notice: f('notice'),
      requested_state,
      addressee: f('addressee'),
      after: f('after'),
      sent,
      needed_by: f('needed_by'),
      notes: f('notes'),
      emergency: typeof r.emergency === 'boolean' && okAt('emergency') ? r.emergency : undefined,
      danger: f('danger'),
      persons: strings(r.persons, 'persons'),
      questions: strings(r.questions, 'questions'),
      annexes: strings(r.annexes, 'annexes'),
      warrant: obj(r.warrant) && okAt('warrant') ? { reference: sub(obj(r.warrant)!.reference, 'warrant/reference'), issued_by: sub(obj(r.warrant)!.issued_by, 'warrant/issued_by'), on: sub(obj(r.warrant)!.on, 'warrant/on') } : undefined,
      validated_by: obj(r.validated_by) && okAt('validated_by') ? { name: sub(obj(r.validated_by)!.name, 'validated_by/name'), type: sub(obj(r.validated_by)!.type, 'validated_by/type'), on: sub(obj(r.validated_by)!.on, 'validated_by/on') } : undefined,
      person_resides: f('person_resides'),
      extradition: typeof r.extradition === 'boolean' && okAt('extradition') ? r.extradition : undefined,
      extended: strings(r.extended, 'extended'),
      reference: f('reference'),
      their_reference: f('their_reference'),
      acknowledged: f('acknowledged'),
      answered: f('answered'),
      partial: typeof r.partial === 'boolean' && okAt('partial') ? r.partial : undefined,
      refused: refusalOf(r.refused, 'refused', sub),
      withdrawn: f('withdrawn'),
      reminders: strings(r.reminders, 'reminders'),
      planned_extensions: strings(r.planned_extensions, 'planned_extensions'),
      requestedState: requested_state ?? holder?.country,
      date: sent ?? today,
      relevance: f('relevance'),
      date_range: rangeOf(r.date_range, 'date_range', sub),
      necessity: f('necessity'),
      procedure: f('procedure'),
      confidential: confidentialOf(r.confidential, 'confidential', sub),
    });
  });
  const offences = Array.isArray(c.offences) && ok('/case/offences')
    ? c.offences.flatMap((o, i): Offence[] => {
        const ptr = `/case/offences/${i}`;
        if (typeof o === 'string') return ok(ptr) && o.trim() && !placeholder(o) ? [{ name: o }] : [];
        const m = obj(o);
        const name = str(m?.name, `${ptr}/name`);
        return m && name ? [{ name, provision: str(m.provision, `${ptr}/provision`), max_penalty_years: num(m.max_penalty_years, `${ptr}/max_penalty_years`), category: str(m.category, `${ptr}/category`) }] : [];
      })
    : undefined;
  const ct = obj(c.contact) && ok('/case/contact') ? obj(c.contact)! : undefined;
  return {
    requestingState: str(c.requesting_state, '/case/requesting_state'),
    urgency: str(c.urgency, '/case/urgency'),
    caseId: str(c.id, '/case/id'),
    requests,
    requestCount: items.length,
    title: str(c.title, '/case/title'),
    requestingAuthority: str(c.requesting_authority, '/case/requesting_authority'),
    authorityType: str(c.authority_type, '/case/authority_type'),
    offences,
    maxPenaltyYears: num(c.max_penalty_years, '/case/max_penalty_years'),
    organisedCrime: typeof c.organised_crime === 'boolean' && ok('/case/organised_crime') ? c.organised_crime : undefined,
    facts: str(c.facts, '/case/facts'),
    stage: str(c.stage, '/case/stage'),
    contact: ct ? { name: str(ct.name, '/case/contact/name'), role: str(ct.role, '/case/contact/role'), email: str(ct.email, '/case/contact/email'), phone: str(ct.phone, '/case/contact/phone') } : undefined,
    language: str(c.language, '/case/language'),
    urgencyReason: str(c.urgency_reason, '/case/urgency_reason'),
    persons: Array.isArray(c.persons) && ok('/case/persons')
      ? c.persons.flatMap((raw, i): CasePerson[] => {
          const m = obj(raw);
          const ptr = `/case/persons/${i}`;
          const name = str(m?.name, `${ptr}/name`);
          return m && name ? [{ name, role: str(m.role, `${ptr}/role`), born: str(m.born, `${ptr}/born`), nationality: str(m.nationality, `${ptr}/nationality`), address: str(m.address, `${ptr}/address`) }] : [];
        })
      : undefined,
  };
}
