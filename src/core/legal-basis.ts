// The legal basis a request rests on, for the pair of states and the date, as one sentence
// with the instrument behind it. Read by the `missing-element` rule (is the basis known?) and by
// the drafts (src/draft/facts.ts re-exports it). The MLA basis is the knowledge layer's
// `mlaBasis` (bilateral treaties, the US-EU agreement, conventions by parties and scope), put in
// the words of a formal request; CLOUD Act agreements and the e-Evidence Regulation for their
// channels; the channel's own instrument for the EIO and the 24/7 network.
import type { CaseView } from './case';
import { boundByEEvidence, cloudActAgreement, eEvidenceApplies, factsKey, Knowledge, mlaBasis, mlatPair, OffenceFacts, WORKSPACE_MARK } from '../knowledge';
import { countryName } from './schema-info';

export interface Instrument {
  kind: 'bilateral' | 'cloud_act' | 'eu_regulation' | 'eu_directive' | 'convention';
  title: string;
  /** `YYYY-MM-DD` the instrument applies between the pair from, where known. */
  since?: string;
  source?: string;
  verify?: boolean;
}

export interface LegalBasis {
  /** The sentence a document states, e.g. "Treaty between … in force since 3 October 2005". */
  sentence: string;
  instrument?: Instrument;
}

/**
 * The case's offence facts the UN conventions' scope reads (`case.organised_crime`, each
 * offence's `category` and `max_penalty_years`, `case.max_penalty_years`), once per case view.
 */
export function offenceFacts(c: CaseView): OffenceFacts {
  let f = factsOf.get(c);
  if (!f) {
    f = { organised_crime: c.organisedCrime, max_penalty_years: c.maxPenaltyYears, offences: c.offences?.map((o) => ({ category: o.category, max_penalty_years: o.max_penalty_years })) };
    factsOf.set(c, f);
  }
  return f;
}
const factsOf = new WeakMap<CaseView, OffenceFacts>();

/** The offence facts as a file's `case` map writes them (for readers without a case view: the hover, Recommend). */
export function offenceFactsOf(c: unknown): OffenceFacts {
  const o = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const offences = Array.isArray(o.offences)
    ? o.offences.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {})).map((x) => ({ category: typeof x.category === 'string' ? x.category : undefined, max_penalty_years: num(x.max_penalty_years) }))
    : undefined;
  return { organised_crime: typeof o.organised_crime === 'boolean' ? o.organised_crime : undefined, max_penalty_years: num(o.max_penalty_years), offences };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2005-10-03` → `3 October 2005` (the form legal texts use). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** The country's name for a legal text ("the United States of America"), or the code. */
export function stateName(code: string | undefined): string {
  if (!code) return 'the requested state';
  const name = countryName(code) ?? code;
  return /^(United|Netherlands|Philippines|Bahamas|Czech|Dominican|Central African|Gambia|Marshall|Solomon|Comoros|Maldives)/.test(name) ? `the ${name}` : name;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `2005-10-03` → `since 3 October 2005`; `by 2015` stays as it is. */
const sinceText = (since: string) => (/^\d{4}-\d{2}-\d{2}$/.test(since) ? `since ${longDate(since)}` : since);

/**
 * The mutual legal assistance basis between S and T on a date for a request (its action and data
 * decide a convention's scope), in the words of a formal request: the treaty's title and since
 * when it binds them. Undefined where no basis is in force or it is unknown.
 */
export function mla(k: Knowledge, s: string | undefined, t: string | undefined, date: string, request?: { action?: string; data?: readonly string[] } & OffenceFacts): LegalBasis | undefined {
  const basis = mlaBasis(k, s, t, date, request);
  if (basis.status !== 'in_force') return undefined;
  const ins = basis.instrument;
  const since = /^\d{4}-\d{2}-\d{2}$/.test(ins.since) ? ins.since : undefined;
  // A basis resting on a fact of the workspace knowledge file says so in the document too.
  const ws = ins.sentence.endsWith(`(${WORKSPACE_MARK})`) ? ` (${WORKSPACE_MARK})` : '';
  if (ins.kind === 'convention') {
    const c = k.conventions?.[ins.id];
    const when = (i: number) => { const d = ins.states?.[i]?.since; return d ? ` ${sinceText(d)}` : ''; };
    const title = c?.title ?? ins.title;
    const article = ins.article ? `, ${ins.article}` : '';
    return {
      sentence: `${upperFirst(title)}${article}, binding ${stateName(s)}${when(0)} and ${stateName(t)}${when(1)}${ins.reason ? `; ${ins.reason}` : ''}${ws}`,
      instrument: { kind: 'convention', title, since, source: c?.source, verify: c?.verify },
    };
  }
  const pair = mlatPair(k, s, t);
  if (ins.id === 'us_eu_agreement' || pair?.instrument) {
    const title = ins.title;
    return { sentence: `${upperFirst(title)}, in force between ${stateName(s)} and ${stateName(t)} ${sinceText(ins.since)}${ws}`, instrument: { kind: 'bilateral', title, since, source: (ins.id === 'us_eu_agreement' ? k.us_eu_agreement?.source : pair?.source), verify: pair?.verify } };
  }
  const [a, b] = [...(pair?.states ?? [s!, t!])].sort((x, y) => (x === 'US' ? -1 : y === 'US' ? 1 : 0));
  const title = `Treaty between ${stateName(a)} and ${stateName(b)} on Mutual Legal Assistance in Criminal Matters`;
  return { sentence: `${upperFirst(title)}, in force ${sinceText(ins.since)}${ws}`, instrument: { kind: 'bilateral', title, since, source: pair?.source, verify: pair?.verify } };
}

// The channels' own instruments (research 2026-11-25, domain-facts section 1 and 2).
const EIO: Instrument = { kind: 'eu_directive', title: 'Directive 2014/41/EU of the European Parliament and of the Council of 3 April 2014 regarding the European Investigation Order in criminal matters', source: 'OJ L 130, 1.5.2014' };
const BUDAPEST_29: Instrument = { kind: 'convention', title: 'Convention on Cybercrime (Budapest, 23 November 2001, ETS No. 185), Article 29', source: 'CETS 185, official English text' };

/**
 * The legal basis of a request: S the requesting state, T the requested one, on `date`.
 * Undefined when the knowledge base does not know one (a document then shows a placeholder).
 * `lers` and `interpol` rest on the requester's own law and INTERPOL's rules: undefined here.
 */
export function legalBasis(k: Knowledge, s: string | undefined, t: string | undefined, date: string, request: { channel?: string; action?: string; data?: readonly string[] }, facts?: OffenceFacts): LegalBasis | undefined {
  // Many requests of a file share their pair, date and kind: answer each combination once per knowledge.
  let memo = memos.get(k);
  if (!memo) memos.set(k, (memo = new Map()));
  const key = `${s}|${t}|${date}|${request.channel}|${request.action}|${request.data?.join(',')}|${factsKey(facts)}`;
  if (memo.has(key)) return memo.get(key);
  const basis = computeBasis(k, s, t, date, request, facts);
  if (memo.size > 10_000) memo.clear();
  memo.set(key, basis);
  return basis;
}

const memos = new WeakMap<Knowledge, Map<string, LegalBasis | undefined>>();

function computeBasis(k: Knowledge, s: string | undefined, t: string | undefined, date: string, request: { channel?: string; action?: string; data?: readonly string[] }, facts?: OffenceFacts): LegalBasis | undefined {
  switch (request.channel) {
    case 'mlat':
      return mla(k, s, t, date, { action: request.action, data: request.data, ...facts });
    case 'letter_rogatory':
      return { sentence: `International comity, with the assurance that the courts of ${stateName(s)} would execute a request of the same kind from ${stateName(t)}` };
    case 'eio':
      return { sentence: EIO.title, instrument: EIO };
    case 'network_24_7':
      return { sentence: BUDAPEST_29.title, instrument: BUDAPEST_29 };
    case 'cloud_act': {
      const a = cloudActAgreement(k, s, date);
      if (!a) return undefined;
      const title = `Agreement between the Government of the United States of America and the Government of ${stateName(s)} on Access to Electronic Data for the Purpose of Countering Serious Crime (executive agreement under the CLOUD Act, 18 U.S.C. 2523)`;
      return { sentence: a.in_force ? `${title}, in force since ${longDate(a.in_force)}` : title, instrument: { kind: 'cloud_act', title, since: a.in_force, source: a.source, verify: a.verify } };
    }
    case 'eu_production_order':
    case 'eu_preservation_order': {
      const e = k.e_evidence;
      if (!eEvidenceApplies(k, date) || !boundByEEvidence(k, s)) return undefined;
      const title = e.regulation ?? 'Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence in criminal proceedings';
      return { sentence: e.applies_from ? `${title}, applicable since ${longDate(e.applies_from)}` : title, instrument: { kind: 'eu_regulation', title, since: e.applies_from, source: e.source, verify: e.verify } };
    }
    default:
      return undefined;
  }
}

/**
 * Where an MLA request's basis turns on a fact the case does not state: what the missing element
 * says, e.g. "legal basis: the UN Convention against Transnational Organized Crime (Art. 18)
 * binds ZA and DE if the offence involves an organised criminal group: state
 * case.organised_crime". Undefined where the answer is not conditional.
 */
export function mlaCondition(k: Knowledge, s: string | undefined, t: string | undefined, date: string, request: { action?: string; data?: readonly string[] }, facts?: OffenceFacts): string | undefined {
  const basis = mlaBasis(k, s, t, date, { action: request.action, data: request.data, ...facts });
  if (basis.status !== 'conditional') return undefined;
  const c = k.conventions?.[basis.instrument.id];
  const name = c?.short ?? basis.instrument.title;
  return `legal basis: ${name}${basis.instrument.article ? ` (${basis.instrument.article})` : ''} binds ${s} and ${t} ${basis.why}: state ${basis.key}`;
}
