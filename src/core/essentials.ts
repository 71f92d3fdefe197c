// The essential elements of each kind of document a request becomes (drafting.md), with the
// source of each requirement, and which of them a request still lacks. One list, read by the
// `missing-element` rule (what to add before sending) and by the drafts (where a placeholder
// goes), so the two cannot disagree.
import { Knowledge, sameHolderKey } from '../knowledge';
import type { CaseView, RequestView } from './case';
import { asksTrafficOrContent, authorityProblem, notification } from './eu-orders';
import { legalBasis, mlaCondition, offenceFacts } from './legal-basis';

/** A request as the drafts take it: the channel is any string, so channels newer than the schema draft too. */
export type DraftRequest = Omit<RequestView, 'channel' | 'action'> & { channel?: string; action?: string };

export type DraftKind = 'preservation' | 'portal' | 'mla' | 'cloud_act' | 'eu_order' | 'epoc_pr' | 'eio' | 'interpol' | 'emergency';

/** What a document becomes, by channel and action. Undefined when the request has neither. */
export function draftKind(r: { channel?: string; action?: string; emergency?: boolean }): DraftKind | undefined {
  if (!r.channel || !r.action) return undefined;
  if (r.channel === 'interpol') return 'interpol';
  // An emergency disclosure is a document of its own (forms.md section 1), whatever its channel.
  // (A European Production Order in an emergency stays an EPOC, with its 8-hour deadline: Art. 10.)
  if (r.emergency === true && r.action === 'produce' && r.channel !== 'eu_production_order') return 'emergency';
  // The EU forms (forms.md section 2): the EPOC-PR (Annex II) and the EIO (Annex A), whatever it asks.
  if (r.channel === 'eu_preservation_order') return 'epoc_pr';
  if (r.channel === 'eio') return 'eio';
  if (r.action === 'preserve') return 'preservation';
  if (r.channel === 'lers') return 'portal';
  if (r.channel === 'cloud_act') return 'cloud_act';
  if (r.channel === 'eu_production_order') return 'eu_order';
  return 'mla';
}

export const KIND_NAMES: Record<DraftKind, string> = {
  preservation: 'preservation request',
  portal: 'portal disclosure request',
  mla: 'mutual legal assistance request',
  cloud_act: 'CLOUD Act order',
  eu_order: 'European Production Order Certificate (EPOC)',
  epoc_pr: 'European Preservation Order Certificate (EPOC-PR)',
  eio: 'European Investigation Order',
  interpol: 'INTERPOL notice request',
  emergency: 'emergency disclosure request',
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
  epoc: 'Regulation (EU) 2023/1543, Annex I (EPOC)',
  epocPr: 'Regulation (EU) 2023/1543, Annex II (EPOC-PR)',
  validation: 'Regulation (EU) 2023/1543, Art. 4; Directive 2014/41/EU, Art. 2(c)',
  notification: 'Regulation (EU) 2023/1543, Art. 8 and Annex I (the notification of the enforcing State)',
  interpol: "INTERPOL's Rules on the Processing of Data",
  emergency: "providers' emergency disclosure forms (Snap's Law Enforcement Emergency Response Form, X's emergency disclosure cover sheet, Meta's emergency requests)",
} as const;

const el = (id: string, label: string, key: string, source: string): Element => ({ id, label, key, source });

/**
 * The legal-basis element where the MLA answer turns on a fact the case does not state: it names
 * the instrument and the key to set (the draft's placeholder says the same). One element object
 * per wording, so the missing-element rule's lists stay shared.
 */
function conditionalBasis(k: Knowledge, c: CaseView, r: DraftRequest): Element | undefined {
  if (r.channel !== 'mlat') return undefined;
  const label = mlaCondition(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));
  if (!label) return undefined;
  let e = conditionalElements.get(label);
  if (!e) {
    if (conditionalElements.size >= 256) conditionalElements.clear();
    conditionalElements.set(label, (e = el('legal_basis', label, 'the knowledge base', SOURCES.mla)));
  }
  return e;
}
const conditionalElements = new Map<string, Element>();

const hasProvision = (c: CaseView) => (c.offences ?? []).some((o) => o.provision);
const hasPenalty = (c: CaseView) => c.maxPenaltyYears !== undefined || (c.offences ?? []).some((o) => o.max_penalty_years !== undefined);
const isDataAction = (a?: string) => a === 'preserve' || a === 'produce';

// The elements, built once: a check of 10,000 requests asks for them 10,000 times.
const PRESERVATION = {
  authority: el('authority', 'requesting authority', 'case.requesting_authority', `${SOURCES.budapest} (a)`),
  offence: el('offence', 'offence', 'case.offences', `${SOURCES.budapest} (b)`),
  facts: el('facts', 'summary of the facts', 'case.facts', `${SOURCES.budapest} (b)`),
  relevance: el('relevance', 'relation of the data to the offence', 'relevance', `${SOURCES.budapest} (c)`),
  identifiers: el('identifiers', 'identifiers of the account or data', 'identifiers', `${SOURCES.budapest} (d)`),
  necessity: el('necessity', 'why the data risks being lost', 'necessity', `${SOURCES.budapest} (e)`),
};
const followUp = (id: string | undefined) => el('follow_up', 'the request for disclosure that will follow', `a produce request with after: ${id ?? 'this id'}`, `${SOURCES.budapest} (f)`);
const PORTAL = {
  authority: el('authority', 'requesting authority', 'case.requesting_authority', SOURCES.providers),
  contact: el('contact', 'official email of the requesting officer', 'case.contact.email', SOURCES.providers),
  identifiers: el('identifiers', 'identifiers of the account', 'identifiers', SOURCES.providers),
  dateRange: el('date_range', 'period the data covers', 'date_range', SOURCES.providers),
  provision: el('provision', 'provision of your law that defines the offence', 'case.offences: { name, provision }', SOURCES.providers),
};
const mlaElements = (src: string) => ({
  authority: el('authority', 'requesting authority', 'case.requesting_authority', src),
  contact: el('contact', 'contact of the requesting authority', 'case.contact', src),
  legalBasis: el('legal_basis', 'legal basis (no treaty known between the two states on this date)', 'the knowledge base', src),
  stage: el('stage', 'stage of the proceedings', 'case.stage', src),
  facts: el('facts', 'summary of the facts', 'case.facts', src),
  offence: el('offence', 'offence', 'case.offences', src),
  provision: el('provision', 'provision of the law that defines the offence', 'case.offences: { name, provision }', src),
  penalty: el('penalty', 'maximum penalty', 'case.offences: { max_penalty_years } or case.max_penalty_years', src),
  identifiers: el('identifiers', 'identifiers of the account or data', 'identifiers', src),
  dateRange: el('date_range', 'period the data covers', 'date_range', src),
  relevanceProbableCause: el('relevance', 'facts showing probable cause that the account holds evidence of the offence', 'relevance', SOURCES.us),
  relevanceTestimony: el('relevance', 'link between the testimony and the offence', 'relevance', src),
  relevance: el('relevance', 'link between the evidence and the offence', 'relevance', src),
  locationTestimony: el('location', 'why the evidence is in the requested state', 'requested_state', src),
  location: el('location', 'why the evidence is in the requested state', 'holder.country', src),
  procedure: el('procedure', 'procedure to follow', 'procedure', src),
  urgencyReason: el('urgency_reason', 'reason for the urgency', 'case.urgency_reason', src),
});
const MLA = mlaElements(SOURCES.mla);
const EIO = mlaElements(SOURCES.eio);
const orderElements = (src: string, basis: string) => ({
  authority: el('authority', 'issuing authority', 'case.requesting_authority', src),
  legalBasis: el('legal_basis', basis, 'the knowledge base', src),
  offence: el('offence', 'offence', 'case.offences', src),
  identifiers: el('identifiers', 'identifiers of the account or data', 'identifiers', src),
  dateRange: el('date_range', 'period the data covers', 'date_range', src),
});
const CLOUD_ACT = orderElements(SOURCES.cloud, 'legal basis (no CLOUD Act agreement in force for the requesting state on this date)');
// The EU forms: each element is a field of the annex (forms.md section 2); the section letters are
// the annexes' own (text-forms-en.ts says which headings were read).
const EPOC = {
  authority: el('authority', 'issuing authority', 'case.requesting_authority', `${SOURCES.epoc}, Sections A and I`),
  validatedBy: el('validated_by', 'validating authority (a judge or a court for traffic or content data)', 'validated_by: { name, type, on }', SOURCES.validation),
  holder: el('holder', 'service provider concerned', 'holder.name', `${SOURCES.epoc}, Section B`),
  identifiers: el('identifiers', 'identifiers of the account or data', 'identifiers', `${SOURCES.epoc}, Section E`),
  dateRange: el('date_range', 'time range of the data', 'date_range', `${SOURCES.epoc}, Section E`),
  data: el('data', 'data requested', 'data', `${SOURCES.epoc}, Section F`),
  offence: el('offence', 'criminal offence', 'case.offences', `${SOURCES.epoc}, Section G`),
  penalty: el('penalty', 'maximum penalty (Art. 5(4): traffic or content data)', 'case.offences: { max_penalty_years } or case.max_penalty_years', `${SOURCES.epoc}, Section G; Regulation (EU) 2023/1543, Art. 5(4)`),
  facts: el('facts', 'summary description of the case', 'case.facts', `${SOURCES.epoc}, Section G`),
  relevance: el('relevance', 'why the order is necessary and proportionate', 'relevance', `${SOURCES.epoc}, Section G; Regulation (EU) 2023/1543, Art. 5(2)`),
  contact: el('contact', 'telephone or email of the issuing authority', 'case.contact', `${SOURCES.epoc}, Section I`),
  resides: el('person_resides', 'where the person whose data are sought resides (the notification of Art. 8)', 'person_resides', SOURCES.notification),
};
const EPOC_PR = {
  authority: el('authority', 'issuing authority', 'case.requesting_authority', `${SOURCES.epocPr}, Sections A and F`),
  validatedBy: EPOC.validatedBy,
  holder: el('holder', 'service provider concerned', 'holder.name', `${SOURCES.epocPr}, Section B`),
  identifiers: el('identifiers', 'identifiers of the account or data', 'identifiers', `${SOURCES.epocPr}, Section C`),
  dateRange: el('date_range', 'time range of the data', 'date_range', `${SOURCES.epocPr}, Section C`),
  data: el('data', 'data to be preserved', 'data', `${SOURCES.epocPr}, Section C`),
  offence: el('offence', 'criminal offence', 'case.offences', SOURCES.epocPr),
  contact: el('contact', 'telephone or email of the issuing authority', 'case.contact', `${SOURCES.epocPr}, Section F`),
};
const EIO_VALIDATION = el('validated_by', 'validating authority (a judge, a court or a prosecutor)', 'validated_by: { name, type, on }', SOURCES.validation);

const INTERPOL = {
  nationality: el('nationality', 'nationality of the person', 'person.nationality', SOURCES.interpol),
  offence: el('offence', 'offence', 'case.offences', SOURCES.interpol),
  penalty: el('penalty', 'maximum penalty (a Red Notice needs at least 2 years; verify)', 'case.offences: { max_penalty_years } or case.max_penalty_years', SOURCES.interpol),
  warrant: el('warrant', 'the arrest warrant or judicial decision (reference, issuing court, date)', 'warrant: { reference, issued_by, on }', `${SOURCES.interpol}, Arts 82 et seq. on Red Notices (article not read in a primary text)`),
  status: el('status', "the person's status in the case (suspect, witness, victim)", 'person.status', `${SOURCES.interpol}, Arts 88 et seq. on the other notices (article not read in a primary text)`),
  extradition: el('extradition', 'the assurance that extradition will be sought', 'extradition: true', `${SOURCES.interpol}, Arts 82 et seq. on Red Notices (article not read in a primary text)`),
};

const EMERGENCY = {
  authority: el('authority', 'requesting authority', 'case.requesting_authority', SOURCES.emergency),
  danger: el('danger', 'the danger: who is at risk, of what, why it is imminent, and how the data will prevent it', 'danger', SOURCES.emergency),
  contact: el('contact', 'a telephone number answered at any hour', 'case.contact.phone', SOURCES.emergency),
  identifiers: el('identifiers', 'identifiers of the account', 'identifiers', SOURCES.emergency),
};

// What follows a preservation, per list of requests (computed once per list: a file of 44,000
// requests must not cost a scan per preservation): the ids a request names in `after:`, and the
// holders a `produce` request asks (the hold serves every disclosure to that holder, as the draft
// says and the lapse computation counts).
const followed = new WeakMap<readonly DraftRequest[], { k: Knowledge; ids: Set<string>; holders: Set<string> }>();
function followers(all: readonly DraftRequest[], k: Knowledge) {
  let f = followed.get(all);
  if (!f || f.k !== k) {
    f = { k, ids: new Set(), holders: new Set() };
    for (const o of all) {
      if (o.action === 'preserve') continue;
      if (o.after !== undefined) f.ids.add(o.after);
      const key = o.action === 'produce' ? sameHolderKey(k, o.holder) : undefined;
      if (key !== undefined) f.holders.add(key);
    }
    followed.set(all, f);
  }
  return f;
}
const isFollowed = (r: DraftRequest, all: readonly DraftRequest[], k: Knowledge) => {
  const f = followers(all, k);
  if (r.id !== undefined && f.ids.has(r.id)) return true;
  const key = sameHolderKey(k, r.holder);
  return key !== undefined && f.holders.has(key);
};

/**
 * The essential elements of the request's document that the case file does not supply yet, in
 * the document's order. `all` is every request of the file (a preservation looks for the
 * disclosure that follows it).
 */
export function missingElements(c: CaseView, r: DraftRequest, all: readonly DraftRequest[], k: Knowledge): Element[] {
  const kind = draftKind(r);
  if (!kind) return [];
  const out: Element[] = [];
  const need = (present: unknown, element: Element) => {
    if (!present) out.push(element);
  };
  const basis = () => legalBasis(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));

  if (kind === 'preservation') {
    const E = PRESERVATION;
    need(c.requestingAuthority, E.authority);
    need(c.offences?.length, E.offence);
    need(c.facts, E.facts);
    need(r.relevance, E.relevance);
    need(r.identifiers?.length, E.identifiers);
    need(r.necessity, E.necessity);
    if (!isFollowed(r, all, k)) out.push(followUp(r.id));
    return out;
  }
  if (kind === 'portal') {
    const E = PORTAL;
    need(c.requestingAuthority, E.authority);
    need(c.contact?.email, E.contact);
    need(r.identifiers?.length, E.identifiers);
    need(r.date_range, E.dateRange);
    need(hasProvision(c), E.provision);
    return out;
  }
  if (kind === 'mla' || kind === 'eio') {
    const E = kind === 'eio' ? EIO : MLA;
    if (kind === 'eio' && authorityProblem(c, r)) out.push(EIO_VALIDATION);
    const usContent = r.channel === 'mlat' && r.requestedState === 'US' && (r.data ?? []).includes('content');
    need(c.requestingAuthority, E.authority);
    need(c.contact?.email || c.contact?.phone, E.contact);
    if (!basis()) out.push(conditionalBasis(k, c, r) ?? E.legalBasis);
    need(c.stage, E.stage);
    need(c.facts, E.facts);
    need(c.offences?.length, E.offence);
    need(hasProvision(c), E.provision);
    need(hasPenalty(c), E.penalty);
    if (isDataAction(r.action)) {
      need(r.identifiers?.length, E.identifiers);
      need(r.date_range, E.dateRange);
    }
    need(r.relevance, usContent ? E.relevanceProbableCause : r.action === 'testimony' ? E.relevanceTestimony : E.relevance);
    need(r.requestedState, r.action === 'testimony' ? E.locationTestimony : E.location);
    need(r.procedure, E.procedure);
    if (c.urgency && c.urgency !== 'routine') need(c.urgencyReason, E.urgencyReason);
    return out;
  }
  if (kind === 'eu_order' || kind === 'epoc_pr') {
    // The EPOC (Annex I) and the EPOC-PR (Annex II) share their authority, addressee, data and
    // contact fields; the EPOC adds the grounds, the penalty threshold and the notification.
    const epoc = kind === 'eu_order';
    const E = epoc ? EPOC : EPOC_PR;
    need(c.requestingAuthority, E.authority);
    if (authorityProblem(c, r)) out.push(E.validatedBy);
    need(r.holder?.name, E.holder);
    need(r.identifiers?.length, E.identifiers);
    need(r.date_range, E.dateRange);
    need(r.data?.length, E.data);
    need(c.offences?.length, E.offence);
    if (epoc) {
      if (asksTrafficOrContent(r)) need(hasPenalty(c), EPOC.penalty);
      need(c.facts, EPOC.facts);
      need(r.relevance, EPOC.relevance);
    }
    need(c.contact?.email || c.contact?.phone, E.contact);
    if (epoc && notification(c, r) === 'unknown') out.push(EPOC.resides);
    return out;
  }
  if (kind === 'emergency') {
    const E = EMERGENCY;
    need(c.requestingAuthority, E.authority);
    need(r.danger, E.danger);
    need(r.identifiers?.length, E.identifiers);
    need(c.contact?.phone, E.contact);
    return out;
  }
  if (kind === 'cloud_act') {
    const E = CLOUD_ACT;
    need(c.requestingAuthority, E.authority);
    need(basis(), E.legalBasis);
    need(c.offences?.length, E.offence);
    need(r.identifiers?.length, E.identifiers);
    need(r.date_range, E.dateRange);
    return out;
  }
  // interpol
  const person = r.person ?? {};
  // A missing person or an unidentified body has no offence; a body no known nationality.
  const noOffence = r.notice === 'yellow' || r.notice === 'black' || r.action === 'find_missing';
  if (r.notice !== 'black') need(person.nationality, INTERPOL.nationality);
  if (!noOffence) need(c.offences?.length, INTERPOL.offence);
  if (r.notice === 'blue') need(person.status, INTERPOL.status);
  if (r.notice === 'red') {
    need(hasPenalty(c), INTERPOL.penalty);
    need(r.warrant?.reference, INTERPOL.warrant);
    need(r.extradition, INTERPOL.extradition);
  }
  return out;
}
