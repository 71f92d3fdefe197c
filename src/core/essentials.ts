// The essential elements of each kind of document a request becomes (drafting.md), with the
// source of each requirement, and which of them a request still lacks. One list, read by the
// `missing-element` rule (what to add before sending) and by the drafts (where a placeholder
// goes), so the two cannot disagree.
import type { Knowledge } from '../knowledge';
import type { CaseView, RequestView } from './case';
import { legalBasis } from './legal-basis';

/** A request as the drafts take it: the channel is any string, so channels newer than the schema draft too. */
export type DraftRequest = Omit<RequestView, 'channel' | 'action'> & { channel?: string; action?: string };

export type DraftKind = 'preservation' | 'portal' | 'mla' | 'cloud_act' | 'eu_order' | 'interpol';

/** What a document becomes, by channel and action. Undefined when the request has neither. */
export function draftKind(r: { channel?: string; action?: string }): DraftKind | undefined {
  if (!r.channel || !r.action) return undefined;
  if (r.channel === 'interpol') return 'interpol';
  if (r.action === 'preserve') return 'preservation';
  if (r.channel === 'lers') return 'portal';
  if (r.channel === 'cloud_act') return 'cloud_act';
  if (r.channel === 'eu_production_order' || r.channel === 'eu_preservation_order') return 'eu_order';
  return 'mla';
}

export const KIND_NAMES: Record<DraftKind, string> = {
  preservation: 'preservation request',
  portal: 'portal disclosure request',
  mla: 'mutual legal assistance request',
  cloud_act: 'CLOUD Act order',
  eu_order: 'EU order',
  interpol: 'INTERPOL notice request',
};

export interface Element {
  id: string;
  /** What is missing, in the placeholder's words: `[missing: summary of the facts]`. */
  label: string;
  /** Where the user writes it in the case file. */
  key: string;
  /** Where the requirement comes from. */
  source: string;
}

export const SOURCES = {
  budapest: 'Budapest Convention on Cybercrime, Art. 29(2)',
  providers: "providers' law-enforcement guidelines (TikTok, Meta, X, Snap)",
  mla: 'UN Model Treaty on Mutual Assistance in Criminal Matters (1990), Art. 5; national MLA guides',
  eio: 'Directive 2014/41/EU, Art. 5 and Annex A',
  us: '18 U.S.C. 2703 (a US court needs probable cause to order content)',
  cloud: 'the executive agreement under the CLOUD Act (18 U.S.C. 2523)',
  eu: 'Regulation (EU) 2023/1543, Annexes I and II (sections A to C)',
  interpol: "INTERPOL's Rules on the Processing of Data",
} as const;

const el = (id: string, label: string, key: string, source: string): Element => ({ id, label, key, source });

const hasProvision = (c: CaseView) => (c.offences ?? []).some((o) => o.provision);
const hasPenalty = (c: CaseView) => c.maxPenaltyYears !== undefined || (c.offences ?? []).some((o) => o.max_penalty_years !== undefined);
const isDataAction = (a?: string) => a === 'preserve' || a === 'produce';

export interface Check { element: Element; present: boolean }

// The ids that a `produce` request names in `after:`, per list of requests (computed once per
// list: a file of 44,000 requests must not cost a scan per preservation).
const followed = new WeakMap<readonly DraftRequest[], Set<string>>();
function followedIds(all: readonly DraftRequest[]): Set<string> {
  let s = followed.get(all);
  if (!s) {
    s = new Set(all.filter((o) => o.action === 'produce' && o.after !== undefined).map((o) => o.after!));
    followed.set(all, s);
  }
  return s;
}

/**
 * Every essential element of the request's document, with whether the case file supplies it.
 * `all` is every request of the file (a preservation looks for the disclosure that follows it).
 */
export function essentials(c: CaseView, r: DraftRequest, all: readonly DraftRequest[], k: Knowledge): Check[] {
  const kind = draftKind(r);
  if (!kind) return [];
  const out: Check[] = [];
  const add = (element: Element, present: unknown) => out.push({ element, present: Boolean(present) });
  const basis = () => legalBasis(k, c.requestingState, r.requestedState, r.date, r);

  if (kind === 'preservation') {
    const src = r.channel === 'eu_preservation_order' ? SOURCES.eu : SOURCES.budapest;
    add(el('authority', 'requesting authority', 'case.requesting_authority', `${SOURCES.budapest} (a)`), c.requestingAuthority);
    add(el('offence', 'offence', 'case.offences', `${SOURCES.budapest} (b)`), c.offences?.length);
    add(el('facts', 'summary of the facts', 'case.facts', `${SOURCES.budapest} (b)`), c.facts);
    add(el('relevance', 'relation of the data to the offence', 'relevance', `${SOURCES.budapest} (c)`), r.relevance);
    add(el('identifiers', 'identifiers of the account or data', 'identifiers', `${SOURCES.budapest} (d)`), r.identifiers?.length);
    add(el('necessity', 'why the data risks being lost', 'necessity', `${SOURCES.budapest} (e)`), r.necessity);
    add(el('follow_up', 'the request for disclosure that will follow', `a produce request with after: ${r.id ?? 'this id'}`, `${SOURCES.budapest} (f)`),
      r.id !== undefined && followedIds(all).has(r.id));
    if (r.channel === 'eu_preservation_order') add(el('date_range', 'period the data covers', 'date_range', src), r.date_range);
    return out;
  }
  if (kind === 'portal') {
    add(el('authority', 'requesting authority', 'case.requesting_authority', SOURCES.providers), c.requestingAuthority);
    add(el('contact', 'official email of the requesting officer', 'case.contact.email', SOURCES.providers), c.contact?.email);
    add(el('identifiers', 'identifiers of the account', 'identifiers', SOURCES.providers), r.identifiers?.length);
    add(el('date_range', 'period the data covers', 'date_range', SOURCES.providers), r.date_range);
    add(el('provision', 'provision of your law that defines the offence', 'case.offences: { name, provision }', SOURCES.providers), hasProvision(c));
    return out;
  }
  if (kind === 'mla') {
    const src = r.channel === 'eio' ? SOURCES.eio : SOURCES.mla;
    const usContent = r.channel === 'mlat' && r.requestedState === 'US' && (r.data ?? []).includes('content');
    add(el('authority', 'requesting authority', 'case.requesting_authority', src), c.requestingAuthority);
    add(el('contact', 'contact of the requesting authority', 'case.contact', src), c.contact?.email || c.contact?.phone);
    add(el('legal_basis', 'legal basis (no treaty known between the two states on this date)', 'the knowledge base', src), basis());
    add(el('stage', 'stage of the proceedings', 'case.stage', src), c.stage);
    add(el('facts', 'summary of the facts', 'case.facts', src), c.facts);
    add(el('offence', 'offence', 'case.offences', src), c.offences?.length);
    add(el('provision', 'provision of the law that defines the offence', 'case.offences: { name, provision }', src), hasProvision(c));
    add(el('penalty', 'maximum penalty', 'case.offences: { max_penalty_years } or case.max_penalty_years', src), hasPenalty(c));
    if (isDataAction(r.action)) {
      add(el('identifiers', 'identifiers of the account or data', 'identifiers', src), r.identifiers?.length);
      add(el('date_range', 'period the data covers', 'date_range', src), r.date_range);
    }
    add(usContent
      ? el('relevance', 'facts showing probable cause that the account holds evidence of the offence', 'relevance', SOURCES.us)
      : el('relevance', r.action === 'testimony' ? 'link between the testimony and the offence' : 'link between the evidence and the offence', 'relevance', src), r.relevance);
    add(el('location', 'why the evidence is in the requested state', r.action === 'testimony' ? 'requested_state' : 'holder.country', src), r.requestedState);
    add(el('procedure', 'procedure to follow', 'procedure', src), r.procedure);
    if (c.urgency && c.urgency !== 'routine') add(el('urgency_reason', 'reason for the urgency', 'case.urgency_reason', src), c.urgencyReason);
    return out;
  }
  if (kind === 'cloud_act' || kind === 'eu_order') {
    const src = kind === 'cloud_act' ? SOURCES.cloud : SOURCES.eu;
    add(el('authority', 'issuing authority', 'case.requesting_authority', src), c.requestingAuthority);
    add(el('legal_basis', kind === 'cloud_act' ? 'legal basis (no CLOUD Act agreement in force for the requesting state on this date)' : 'legal basis (the Regulation does not apply to the requesting state on this date)', 'the knowledge base', src), basis());
    add(el('offence', 'offence', 'case.offences', src), c.offences?.length);
    add(el('identifiers', 'identifiers of the account or data', 'identifiers', src), r.identifiers?.length);
    add(el('date_range', 'period the data covers', 'date_range', src), r.date_range);
    return out;
  }
  // interpol
  const person = r.person ?? {};
  // A missing person or an unidentified body has no offence; a body no known nationality.
  const noOffence = r.notice === 'yellow' || r.notice === 'black' || r.action === 'find_missing';
  if (r.notice !== 'black') add(el('nationality', 'nationality of the person', 'person.nationality', SOURCES.interpol), person.nationality);
  if (!noOffence) add(el('offence', 'offence', 'case.offences', SOURCES.interpol), c.offences?.length);
  if (r.notice === 'red') add(el('penalty', 'maximum penalty (a Red Notice needs at least 2 years; verify)', 'case.offences: { max_penalty_years } or case.max_penalty_years', SOURCES.interpol), hasPenalty(c));
  return out;
}

/** The elements the request's document still lacks. */
export function missingElements(c: CaseView, r: DraftRequest, all: readonly DraftRequest[], k: Knowledge): Element[] {
  return essentials(c, r, all, k).filter((x) => !x.present).map((x) => x.element);
}
