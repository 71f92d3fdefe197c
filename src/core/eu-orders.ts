// Who may issue an EU order, for which offences, and whom it must notify: the conditions of
// Regulation (EU) 2023/1543 (the European Production and Preservation Orders) and of Directive
// 2014/41/EU (the EIO) that the rules `eu-order-authority` and `eu-order-threshold` check and the
// drafts of the EPOC, the EPOC-PR and the EIO fill in (forms.md section 2). One reading, shared.
//
// - Art. 4(1) (read, CELEX 32023R1543): a production order for subscriber data or data requested
//   for the sole purpose of identifying the user is issued by "a judge, a court, an investigating
//   judge or a public prosecutor competent in the case concerned", or by another competent
//   authority and then validated by one of them.
// - Art. 4(2) (read): for traffic data (other than for identifying the user) or content, by "a
//   judge, a court or an investigating judge", or by another authority and validated by one of
//   them: a prosecutor may neither issue it alone nor validate it.
// - Art. 4(3): a preservation order, for every category of data, as Art. 4(1); Art. 4(5): in an
//   emergency, a preservation order or a production order for subscriber or identification data
//   may be issued without prior validation, to be validated within 48 hours (both read in
//   Tymofeyeva, Crhák et al., New Technologies in International Law, on "Art. 4:3 EPOR" and
//   "Art. 4:5 EPOR").
// - Directive 2014/41/EU Art. 2(c): an EIO is issued by "a judge, a court, an investigating judge
//   or a public prosecutor competent in the case concerned", or by another competent authority and
//   validated by one of them (read in the Advocate General's opinion in the Kammergericht Berlin
//   reference of 13 February 2025, quoting Art. 2(c)(i) and (ii)).
// - Art. 5(4): the penalty threshold of a production order for traffic or content data (a fact
//   of the knowledge base: `e_evidence.production_threshold`).
// - Art. 8(1)-(2): the enforcing state is notified of a production order for traffic or content
//   data, unless the issuing authority has reasonable grounds to believe that the offence has
//   been, is being or is likely to be committed in the issuing state and that the person whose
//   data are sought resides there (forms.md section 2).
import type { Knowledge } from '../knowledge';
import type { CaseView } from './case';

/** The requests an EU instrument governs, by what they may need. */
interface OrderLike {
  channel?: string;
  action?: string;
  data?: readonly string[];
  emergency?: boolean;
  validated_by?: { name?: string; type?: string };
  person_resides?: string;
}

/** Judges and courts: the only authorities that issue or validate a production order for traffic or content (Art. 4(2)). */
export const JUDGES = new Set(['court', 'judge', 'investigating_judge']);
/** Judicial authorities in the wider sense (Art. 4(1), 4(3); Directive 2014/41/EU Art. 2(c)(i)): with a public prosecutor. */
export const JUDICIAL = new Set([...JUDGES, 'prosecutor']);

/** A production order for traffic data (not asked for identifying the user) or content: the stricter rules of Arts 4(2), 5(4) and 8. */
export const asksTrafficOrContent = (r: OrderLike) => r.channel === 'eu_production_order' && (r.data ?? []).some((d) => d === 'traffic' || d === 'content');

/** What an order needs from its issuing authority, or undefined where the instrument is none of these. */
export function issuingRule(r: OrderLike): { who: 'judge' | 'judicial'; article: string; order: string } | undefined {
  if (r.channel === 'eio') return { who: 'judicial', article: 'Directive 2014/41/EU Art. 2(c)', order: 'a European Investigation Order' };
  if (r.channel === 'eu_preservation_order') return { who: 'judicial', article: 'Regulation (EU) 2023/1543 Art. 4(3)', order: 'a European Preservation Order' };
  if (r.channel !== 'eu_production_order') return undefined;
  return asksTrafficOrContent(r)
    ? { who: 'judge', article: 'Regulation (EU) 2023/1543 Art. 4(2)', order: 'a European Production Order for traffic or content data' }
    : { who: 'judicial', article: 'Regulation (EU) 2023/1543 Art. 4(1)', order: 'a European Production Order for subscriber data' };
}

export type AuthorityProblem =
  /** The issuing authority may not issue the order alone and nothing validated it. */
  | { kind: 'unvalidated'; who: 'judge' | 'judicial'; article: string; order: string }
  /** A validation by an authority that may not validate this order (a prosecutor, for traffic or content). */
  | { kind: 'wrong-validator'; who: 'judge'; article: string; order: string; validator: string };

/**
 * Whether the case's issuing authority (`case.authority_type`) may issue the order, alone or
 * with its `validated_by`. Undefined where it may, or where the authority type is not stated
 * (unknown is silent), or in an emergency where Art. 4(5) lets the order go first.
 */
export function authorityProblem(c: CaseView, r: OrderLike): AuthorityProblem | undefined {
  const type = c.authorityType;
  const rule = issuingRule(r);
  if (!type || !rule) return undefined;
  const may = rule.who === 'judge' ? JUDGES : JUDICIAL;
  if (may.has(type)) return undefined;
  const v = r.validated_by?.type;
  if (v && may.has(v)) return undefined;
  if (v) return rule.who === 'judge' ? { kind: 'wrong-validator', who: 'judge', article: rule.article, order: rule.order, validator: v } : undefined;
  // Art. 4(5): in an emergency a preservation order or a production order for subscriber or
  // identification data may go before its validation (within 48 hours).
  const emergency = r.emergency === true || c.urgency === 'threat_to_life';
  if (emergency && r.channel !== 'eio' && rule.who === 'judicial') return undefined;
  return { kind: 'unvalidated', ...rule };
}

/** The offences' maximum penalties, where every one is known (its own, else the case's); undefined otherwise. */
function knownPenalties(c: CaseView): number[] | undefined {
  const offences = c.offences ?? [];
  if (!offences.length) return undefined;
  const out: number[] = [];
  for (const o of offences) {
    const n = o.max_penalty_years ?? c.maxPenaltyYears;
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/**
 * A production order for traffic or content data in a case whose offences are all known to fall
 * below the Art. 5(4) threshold and to be none of the offences it lists (every offence has a
 * category, none that may be listed). Silent where a penalty or a category is unknown.
 */
export function belowThreshold(k: Knowledge, c: CaseView, r: OrderLike): { years: number; highest: number; source: string } | undefined {
  const t = k.e_evidence.production_threshold;
  if (!t || !asksTrafficOrContent(r)) return undefined;
  const penalties = knownPenalties(c);
  if (!penalties) return undefined;
  const highest = Math.max(...penalties);
  if (highest >= t.years) return undefined;
  const listed = new Set(t.listed_categories ?? []);
  if ((c.offences ?? []).some((o) => !o.category || listed.has(o.category))) return undefined;
  return { years: t.years, highest, source: t.source };
}

/**
 * Art. 8: whether the enforcing state must be notified. `required` where the person whose data
 * are sought resides outside the issuing state; `unless-local` where they reside in it (then the
 * notification is needed unless the offence was committed there too: the issuing authority
 * says); `unknown` where `person_resides` is not stated; undefined for an order that needs none.
 */
export function notification(c: CaseView, r: OrderLike): 'required' | 'unless-local' | 'unknown' | undefined {
  if (!asksTrafficOrContent(r)) return undefined;
  if (!r.person_resides) return 'unknown';
  return c.requestingState && r.person_resides === c.requestingState ? 'unless-local' : 'required';
}
