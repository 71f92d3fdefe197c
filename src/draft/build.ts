// Builds the document a request becomes, as data (model.ts), from the case, the request and the
// knowledge base (through facts.ts only). One builder per kind of document; the sentences come
// from the text table of the case's language (text-en.ts). A missing essential element
// (core/essentials.ts, the list the missing-element rule reads) becomes a placeholder.
import type { CaseView } from '../core/case';
import { DraftKind, DraftRequest, draftKind, missingElements } from '../core/essentials';
import { Knowledge, sameHolderKey } from '../knowledge';
import { addressee, channelTitle, FactLog, legalBasis, longDate, noticePurpose, offenceFacts, preservationPeriod, providerAddress, providerEmergency, stateName } from './facts';
import { Block, DraftDocument, placeholders, Text } from './model';
import { eioForm, epoc, epocPr } from './forms';
import { viaDiplomats } from './route';
import { DraftText, fill, textFor } from './text-en';

export interface DraftInput {
  caseView: CaseView;
  request: DraftRequest;
  /** Every request of the case (a preservation names the disclosure that follows it). */
  all: readonly DraftRequest[];
  knowledge: Knowledge;
  /** `YYYY-MM-DD`: the document's date. */
  today: string;
}

/** What every builder reads (follow-up.ts builds with it too). */
export interface Ctx {
  c: CaseView;
  r: DraftRequest;
  all: readonly DraftRequest[];
  k: Knowledge;
  T: DraftText;
  today: string;
  /** Labels of the essential elements the request lacks, by element id. */
  lacking: Map<string, string>;
  /** The facts from the workspace knowledge file the document states (listed at its end). */
  log: FactLog;
}

/** The value, or the element's placeholder where it is an essential that is missing. */
export function need(x: Ctx, id: string, value: string | undefined): Text {
  if (value) return [value];
  const label = x.lacking.get(id);
  return label ? [{ missing: label }] : [x.T.common.notStated];
}

/** The document's reference, in its header and on every page: the issuing authority's own number (`reference`) where set. */
export const reference = (c: CaseView, r: DraftRequest) => r.reference ?? `${c.caseId ?? 'case'}-${r.id ?? 'request'}`;

export const contactText = (c: CaseView) => (c.contact ? [c.contact.name, c.contact.role, c.contact.email, c.contact.phone].filter(Boolean).join(', ') : undefined);

function header(x: Ctx, title: string, opts: { basis?: boolean; address?: boolean; contact?: boolean } = {}): Block[] {
  const { c, r, k, T } = x;
  const to = addressee(k, c, r, x.log);
  const rows: { label: string; value: Text }[] = [
    { label: T.common.reference, value: [reference(c, r)] },
    { label: T.common.date, value: [longDate(x.today)] },
    { label: T.common.to, value: to.name ? [to.name] : [{ missing: to.missing! }] },
  ];
  if (to.portal) rows.push({ label: T.common.portal, value: [to.portal] });
  if (opts.address) {
    const a = providerAddress(k, r, x.log);
    rows.push({ label: T.common.address, value: a ? [a] : [{ missing: "address of the provider's legal entity" }] });
  }
  rows.push({ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) });
  const contact = contactText(c);
  if (contact || x.lacking.has('contact') || opts.contact) rows.push({ label: T.common.contact, value: need(x, 'contact', contact) });
  if (opts.basis) {
    const b = legalBasis(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));
    rows.push({ label: T.common.legalBasis, value: b ? [basisText(x, b)] : need(x, 'legal_basis', undefined) });
  }
  return [{ type: 'heading', level: 1, text: [title] }, { type: 'fields', rows }];
}

/** A basis resting on a fact of the workspace knowledge file (its sentence says so) is listed at the document's end too. */
export function basisText(x: Ctx, b: { sentence: string; instrument?: { source?: string } }): string {
  if (b.sentence.includes(x.log.mark) && !x.log.used.some((u) => u.what === x.T.common.legalBasis)) {
    x.log.used.push({ what: x.T.common.legalBasis, value: b.sentence.replace(x.log.mark, ''), source: b.instrument?.source ?? x.T.common.notStated });
  }
  return b.sentence;
}

export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text: [text] });
export const p = (...text: Text): Block => ({ type: 'paragraph', text });

export function offencesTable(x: Ctx): Block {
  const { c, T } = x;
  const offences = c.offences ?? [];
  if (offences.length === 0) {
    // A Red Notice states its penalty in a sentence of its own.
    const ids = ['offence', 'provision', ...(x.r.channel === 'interpol' ? [] : ['penalty'])].filter((id) => x.lacking.has(id));
    return p(...(ids.length ? ids.flatMap((id, i) => [...(i ? [' '] : []), ...need(x, id, undefined)]) : [x.T.common.notStated]));
  }
  const penalty = (n: number | undefined): Text => (n !== undefined ? [fill(T.common.years, { n })] : c.maxPenaltyYears !== undefined ? [fill(T.common.yearsOfCase, { n: c.maxPenaltyYears })] : need(x, 'penalty', undefined));
  return { type: 'table', header: T.common.offencesHeader, rows: offences.map((o) => [[o.name], need(x, 'provision', o.provision), penalty(o.max_penalty_years)]) };
}

export function identifiersTable(x: Ctx): Block {
  const ids = (x.r.identifiers ?? []).filter((i): i is { type?: unknown; value?: unknown } => i !== null && typeof i === 'object');
  if (ids.length === 0) return p(...need(x, 'identifiers', undefined));
  return { type: 'table', header: x.T.common.identifiersHeader, rows: ids.map((i) => [[String(i.type ?? '')], [String(i.value ?? '')]]) };
}

export function dataList(x: Ctx): Block {
  const data = x.r.data ?? [];
  return data.length ? { type: 'list', items: data.map((d) => [x.T.common.data[d] ?? d]) } : p(...need(x, 'data', undefined));
}

function period(x: Ctx): Text {
  const d = x.r.date_range;
  return d ? [fill(x.T.common.periodValue, { from: longDate(d.from), to: longDate(d.to) })] : need(x, 'date_range', undefined);
}

function confidentiality(x: Ctx, heading: string): Block[] {
  const conf = x.r.confidential;
  const T = x.T.common;
  if (!conf) return [h2(heading), p(T.noConfidentiality)];
  const words = x.r.action === 'testimony' ? T.confidentialWitness : T.confidential;
  return [h2(heading), p(fill(words, { reason: conf.reason }), ...(conf.until ? [' ', fill(T.confidentialUntil, { until: longDate(conf.until) })] : []))];
}

/** The authority types that seal what they sign (a court, a judge, a prosecutor's office). */
const SEALED = new Set(['court', 'judge', 'investigating_judge', 'prosecutor']);

/**
 * The signature block: the authority, then lines to write on for the signer's name, function,
 * place, date and signature, and the seal where the authority seals (case.authority_type). The
 * note that the draft must be checked is not on the page (DraftDocument.note).
 */
export function closing(x: Ctx): Block[] {
  const T = x.T.common;
  const F = T.signatureFields;
  const line = (key: string) => ({ label: F[key], value: [T.blank] });
  const rows = [
    { label: F.authority, value: need(x, 'authority', x.c.requestingAuthority) },
    ...['name', 'function', 'place', 'date', 'signature'].map(line),
    ...(x.c.authorityType && SEALED.has(x.c.authorityType) ? [line('seal')] : []),
  ];
  return [h2(T.signatureHeading), p(T.signature), { type: 'fields', rows }];
}

function factsBlock(x: Ctx): Block {
  return p(...need(x, 'facts', x.c.facts?.trim()));
}

function preservation(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const P = T.preservation;
  const channel = r.channel ?? 'other';
  const follows = followUps(x);
  const per = preservationPeriod(k, r, x.log, c.requestingState, P.policy);
  const eu = channel === 'eu_preservation_order';
  return [
    ...header(x, P.title[channel] ?? P.title.other, { basis: channel !== 'lers', address: eu }),
    p(P.intro),
    h2(P.authority), p(...need(x, 'authority', c.requestingAuthority)),
    h2(P.offence), offencesTable(x), factsBlock(x),
    h2(P.data), dataList(x),
    ...(r.date_range || x.lacking.has('date_range') ? [{ type: 'fields', rows: [{ label: T.common.period, value: period(x) }] } as Block] : []),
    { type: 'fields', rows: [{ label: P.relevanceLabel, value: need(x, 'relevance', r.relevance) }] },
    h2(P.custodian),
    { type: 'fields', rows: [{ label: P.holderLabel, value: need(x, 'holder', r.holder?.name) }, { label: P.countryLabel, value: r.holder?.country ? [stateName(r.holder.country)] : [T.common.notStated] }] },
    identifiersTable(x),
    h2(P.necessity), p(...need(x, 'necessity', r.necessity)),
    h2(P.followUp),
    ...(follows.length
      ? [p(follows.length === 1 ? P.followUpSentence : P.followUpsSentence), { type: 'list', items: follows.map((o) => [fill(P.followUpItem, { channel: channelTitle(k, o.channel) ?? T.common.notStated, data: o.data?.length ? fill(P.followUpData, { data: andList(o.data.map((d) => T.common.dataShort[d] ?? T.common.notStated)) }) : '', when: o.sent && o.sent <= x.today ? fill(P.followUpSent, { date: longDate(o.sent) }) : P.followUpPlanned })]) } as Block]
      : [p(...need(x, 'follow_up', undefined))]),
    p(per ? fill(P.period, { days: per.days, source: per.source, extension: per.extension_days ? fill(P.periodExtension, { days: per.extension_days }) : '' }) + (per.workspace ? T.common.workspaceMark : '') : P.periodUnknown),
    ...(r.confidential ? confidentiality(x, T.common.confidentialityHeading) : []),
    ...closing(x),
  ];
}

/**
 * Every request that builds on a preservation, in the file's order: the ones `after:` it, and the
 * disclosures to the same holder (the hold serves them all: a treaty request as much as a portal
 * one). Never a preservation.
 */
/** "a, b and c". */
export const andList = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

function followUps(x: Ctx): DraftRequest[] {
  const key = sameHolderKey(x.k, x.r.holder);
  return x.all.filter((o) => o !== x.r && o.action !== 'preserve' && ((x.r.id !== undefined && o.after === x.r.id) || (o.action === 'produce' && key !== undefined && sameHolderKey(x.k, o.holder) === key)));
}

/** A portal request built on a preservation says when that was sent; never the file's internal id. */
function preservedBy(x: Ctx): Block[] {
  if (!x.r.after) return [];
  const pre = x.all.find((o) => o.id === x.r.after);
  if (!pre) return [];
  return [p(pre.sent && pre.sent <= x.today ? fill(x.T.portal.preserved, { date: longDate(pre.sent) }) : x.T.portal.preservedPending)];
}

function portal(x: Ctx): Block[] {
  const { c, r, T } = x;
  const P = T.portal;
  return [
    ...header(x, P.title, { contact: true }),
    p((r.data ?? []).includes('content') ? P.introContent : P.intro),
    ...preservedBy(x),
    h2(P.identifiers), identifiersTable(x),
    h2(P.data), dataList(x),
    h2(P.period), p(...period(x)),
    h2(P.legal), p(fill(P.legalSentence, { state: stateName(c.requestingState) })), offencesTable(x),
    ...(c.facts || r.relevance ? [h2(P.facts), ...(c.facts ? [p(c.facts.trim())] : []), ...(r.relevance ? [{ type: 'fields', rows: [{ label: P.relevanceLabel, value: [r.relevance] }] } as Block] : [])] : []),
    ...confidentiality(x, P.confidentiality),
    ...closing(x),
  ];
}

function person(x: Ctx): Block {
  const L = x.T.mla.personLabels;
  const who = x.r.person ?? {};
  const rows = Object.keys(L).filter((key) => who[key] !== undefined || (key === 'nationality' && x.lacking.has('nationality'))).map((key) => {
    const v = who[key];
    const text = Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? x.T.mla.available[String(v)] : key === 'status' && typeof v === 'string' ? x.T.interpol.status[v] ?? x.T.common.notStated : key === 'nationality' && typeof v === 'string' ? stateName(v) : key === 'born' && typeof v === 'string' ? longDate(v) : v === undefined ? undefined : String(v);
    return { label: L[key], value: need(x, key, text) };
  });
  return { type: 'fields', rows };
}

/** The persons a request concerns (UNTOC Art. 18(15)(e)), from `case.persons` by name; a name the case does not hold is a placeholder. */
function personsConcerned(x: Ctx): Block[] {
  const names = x.r.persons ?? [];
  if (!names.length) return [];
  const M = x.T.mla;
  const rows = names.map((n): Text[] => {
    const who = x.c.persons?.find((q) => q.name === n);
    if (!who) return [[{ missing: fill(M.unknownPerson, { name: n }) }], [], [], [], []];
    return [[who.name], [who.role ?? ''], [who.born ? longDate(who.born) : ''], [who.nationality ? stateName(who.nationality) : ''], [who.address ?? '']];
  });
  return [h2(M.persons), { type: 'table', header: M.personsHeader, rows }];
}

function mla(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const M = T.mla;
  const basis = legalBasis(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));
  const usContent = x.lacking.get('relevance')?.startsWith('facts showing probable cause') || (r.channel === 'mlat' && r.requestedState === 'US' && (r.data ?? []).includes('content'));
  const testimony = r.action === 'testimony';
  const urgent = c.urgency && c.urgency !== 'routine';
  return [
    ...header(x, M.title[r.channel ?? 'mlat'] ?? M.title.mlat),
    { type: 'fields', rows: [{ label: T.common.requestedState, value: r.requestedState ? [stateName(r.requestedState)] : need(x, 'location', undefined) }] },
    p(fill(viaDiplomats(k, c.requestingState, r.channel) ? M.intro : M.introPlain, { authority: c.requestingAuthority ?? 'requesting authority', state: stateName(c.requestingState) })),
    h2(M.legal), p(...(basis ? [basisText(x, basis)] : need(x, 'legal_basis', undefined))),
    h2(M.authority),
    { type: 'fields', rows: [{ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) }, { label: T.common.contact, value: need(x, 'contact', contactText(c)) }] },
    h2(M.stage), p(...(c.stage ? [fill(M.stageSentence, { stage: T.common.stageValue[c.stage] ?? c.stage })] : need(x, 'stage', undefined))),
    h2(M.facts), factsBlock(x),
    h2(M.offences), offencesTable(x),
    ...personsConcerned(x),
    h2(M.assistance),
    ...(testimony
      ? [p(M.testimonySentence), person(x), ...(r.questions?.length ? [p(M.questionsSentence), { type: 'list', items: r.questions.map((q) => [q]) } as Block] : [])]
      : [p(fill(M.dataSentence, { holder: r.holder?.name ?? 'the holder' })), dataList(x), identifiersTable(x), { type: 'fields', rows: [{ label: T.common.period, value: period(x) }] } as Block]),
    h2(usContent ? M.probableCause : M.relevance), p(...need(x, 'relevance', r.relevance)),
    h2(M.location),
    p(...(r.requestedState ? [testimony || !r.holder?.name ? fill(M.locationWitness, { state: stateName(r.requestedState) }) : fill(M.locationData, { holder: r.holder.name, state: stateName(r.requestedState) })] : need(x, 'location', undefined))),
    h2(M.procedure), p(...need(x, 'procedure', r.procedure)),
    ...confidentiality(x, M.confidentiality),
    h2(M.urgency),
    p(...(urgent ? [fill(M.urgentSentence, { level: T.common.urgencyValue[c.urgency!] ?? c.urgency! }), ...need(x, 'urgency_reason', c.urgencyReason)] : [M.routine])),
    ...(r.needed_by ? [p(fill(M.neededBy, { date: longDate(r.needed_by) }))] : []),
    p(M.reciprocity),
    ...closing(x),
  ];
}

/**
 * An emergency disclosure request (forms.md section 1): the danger, the accounts and data, the
 * basis (for a US provider 18 U.S.C. 2702(b)(8) for content, 2702(c)(4) for records: voluntary),
 * the provider's emergency procedure from the registry, the request's notes, and the officer
 * with a 24-hour telephone.
 */
function emergency(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const E = T.emergency;
  const procedure = providerEmergency(k, r, x.log);
  const us = r.holder?.country === 'US';
  // Content only where the provider's policy allows it to the requesting state (a registry fact).
  const noContent = procedure?.contentOutsideUs === false && c.requestingState !== 'US' && (r.data ?? []).includes('content');
  const data = noContent ? (r.data ?? []).filter((d) => d !== 'content') : r.data;
  const basis = us ? ((data ?? []).includes('content') ? E.usContentAndRecords : E.usRecords) : E.policy;
  return [
    ...header(x, E.title, { contact: true }),
    ...(procedure?.how ? [{ type: 'fields', rows: [{ label: E.procedureLabel, value: [procedure.how] }] } as Block] : []),
    p(E.intro),
    h2(E.danger), p(...need(x, 'danger', r.danger?.trim())),
    h2(E.accounts), identifiersTable(x),
    h2(E.data), dataList({ ...x, r: { ...r, data } }),
    ...(noContent ? [p(fill(E.noContent, { holder: r.holder?.name ?? T.common.provider }))] : []),
    ...(r.date_range ? [{ type: 'fields', rows: [{ label: T.common.period, value: period(x) }] } as Block] : []),
    h2(E.basis), p(basis),
    ...(c.offences?.length ? [p(E.offence), offencesTable(x)] : []),
    p(E.followUp),
    ...(r.notes?.trim() ? [h2(E.notes), p(r.notes.trim())] : []),
    h2(E.officer),
    { type: 'fields', rows: [{ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) }, { label: T.common.contact, value: [contactText(c) ?? T.common.notStated] }, { label: E.phoneLabel, value: need(x, 'contact', c.contact?.phone) }] },
    ...closing(x),
  ];
}

function cloudAct(x: Ctx): Block[] {
  const { c, r, T } = x;
  const C = T.cloud_act;
  return [
    ...header(x, C.title, { basis: true, address: true }),
    p(C.intro),
    h2(C.issuing), p(...need(x, 'authority', c.requestingAuthority)),
    h2(C.offences), offencesTable(x),
    h2(C.data), dataList(x), identifiersTable(x), { type: 'fields', rows: [{ label: T.common.period, value: period(x) }] },
    ...(c.facts || r.relevance ? [h2(C.facts), ...(c.facts ? [p(c.facts.trim())] : []), ...(r.relevance ? [{ type: 'fields', rows: [{ label: C.relevanceLabel, value: [r.relevance] }] } as Block] : [])] : []),
    ...confidentiality(x, C.confidentiality),
    ...closing(x),
  ];
}

function interpol(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const I = T.interpol;
  const notice = r.notice ?? 'diffusion';
  const purpose = noticePurpose(k, notice);
  // The highest penalty of the offences decides the Red Notice threshold, not the first one listed.
  const penalties = (c.offences ?? []).map((o) => o.max_penalty_years).filter((n): n is number => n !== undefined);
  const penalty = penalties.length ? Math.max(...penalties) : c.maxPenaltyYears;
  return [
    ...header(x, fill(I.title, { notice: I.notices[notice] ?? notice })),
    ...(purpose ? [{ type: 'fields', rows: [{ label: I.purpose, value: [purpose] }] } as Block] : []),
    h2(I.person), person(x),
    // A Blue Notice asks for information on a person: it says in a sentence of its own what the person is to the case.
    ...(notice === 'blue' ? [p(...(typeof r.person?.status === 'string' && I.status[r.person.status] ? [fill(I.blueStatus, { status: I.status[r.person.status] })] : need(x, 'status', undefined)))] : []),
    h2(I.offences), offencesTable(x),
    ...(notice === 'red' ? [p(I.redPenalty, ...(penalty !== undefined ? [fill(T.common.years, { n: penalty })] : need(x, 'penalty', undefined))), ...redWarrant(x)] : []),
    h2(I.facts), p(...(c.facts ? [c.facts.trim()] : [T.common.notStated])),
    // A Red Notice is a request for provisional arrest: `locate` under it is worded as one (INTERPOL's Rules on the Processing of Data, Arts 82 et seq.: the location of a wanted person with a view to arrest and extradition).
    h2(I.action), p(I.actions[notice === 'red' && r.action === 'locate' ? 'arrest' : r.action ?? ''] ?? I.notAnAction),
    ...closing(x),
  ];
}

/** A Red Notice's arrest warrant and the extradition assurance (INTERPOL's Rules on the Processing of Data, Arts 82 et seq.; the articles were not read in a primary text). */
function redWarrant(x: Ctx): Block[] {
  const I = x.T.interpol;
  const w = x.r.warrant;
  const value = w?.reference ? [[w.reference, w.issued_by && fill(I.warrantIssuedBy, { by: w.issued_by }), w.on && fill(I.warrantOn, { on: longDate(w.on) })].filter(Boolean).join('')] : need(x, 'warrant', undefined);
  return [{ type: 'fields', rows: [{ label: I.warrant, value }] }, p(...(x.r.extradition ? [I.extradition] : need(x, 'extradition', undefined)))];
}

/**
 * The numbered sections ("3. Period") numbered in order: a section a document leaves out (no facts
 * to summarise, no confidentiality asked) never leaves a gap in the numbers.
 */
export function numbered(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.type !== 'heading' || b.level !== 2 || typeof b.text[0] !== 'string' || !/^\d+\. /.test(b.text[0])) return b;
    n++;
    return { ...b, text: [b.text[0].replace(/^\d+\. /, `${n}. `), ...b.text.slice(1)] };
  });
}

// The EU forms (forms.ts) follow their annexes; the other documents are letters.
const BUILDERS: Record<DraftKind, (x: Ctx) => Block[]> = { preservation, portal, mla, cloud_act: cloudAct, eu_order: epoc, epoc_pr: epocPr, eio: eioForm, interpol, emergency };

/** What every builder reads: the input, the text table, the missing elements and the log of workspace facts. */
export function context(input: DraftInput): Ctx {
  const { caseView: c, request: r, all, knowledge: k, today } = input;
  const T = textFor(c.language);
  const lacking = new Map(missingElements(c, r, all, k).map((e) => [e.id, e.label] as const));
  return { c, r, all, k, T, today, lacking, log: { used: [], mark: T.common.workspaceMark } };
}

/** The document a request becomes. */
export function buildDraft(input: DraftInput): DraftDocument {
  const x = context(input);
  const { c, r, T, log } = x;
  const kind = draftKind(r) ?? 'mla';
  const blocks = numbered(BUILDERS[kind](x));
  // What is annexed, at the document's end.
  if (r.annexes?.length) blocks.push(h2(T.common.annexes), { type: 'list', items: r.annexes.map((a) => [a]) });
  // The person signing sees, at the end, every fact that came from the workspace knowledge file.
  if (log.used.length) {
    blocks.push(h2(T.common.workspaceHeading), p(T.common.workspaceIntro), { type: 'list', items: log.used.map((u) => [fill(T.common.workspaceFact, { what: u.what, value: u.value, source: u.source })]) });
  }
  return { name: `${c.caseId ?? 'case'}-${r.id ?? `request-${r.index + 1}`}`, requestId: r.id ?? `request-${r.index + 1}`, kind, language: T.language, reference: reference(c, r), note: T.common.disclaimer, blocks, missing: placeholders(blocks) };
}
