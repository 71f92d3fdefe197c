// Builds the document a request becomes, as data (model.ts), from the case, the request and the
// knowledge base (through facts.ts only). One builder per kind of document; the sentences come
// from the text table of the case's language (text-en.ts). A missing essential element
// (core/essentials.ts, the list the missing-element rule reads) becomes a placeholder.
import type { CaseView } from '../core/case';
import { DraftKind, DraftRequest, draftKind, missingElements } from '../core/essentials';
import type { Knowledge } from '../knowledge';
import { addressee, channelTitle, legalBasis, longDate, noticePurpose, offenceFacts, preservationPeriod, providerAddress, stateName } from './facts';
import { Block, DraftDocument, placeholders, Text } from './model';
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

interface Ctx {
  c: CaseView;
  r: DraftRequest;
  all: readonly DraftRequest[];
  k: Knowledge;
  T: DraftText;
  today: string;
  /** Labels of the essential elements the request lacks, by element id. */
  lacking: Map<string, string>;
}

/** The value, or the element's placeholder where it is an essential that is missing. */
function need(x: Ctx, id: string, value: string | undefined): Text {
  if (value) return [value];
  const label = x.lacking.get(id);
  return label ? [{ missing: label }] : [x.T.common.notStated];
}

const contactText = (c: CaseView) => (c.contact ? [c.contact.name, c.contact.role, c.contact.email, c.contact.phone].filter(Boolean).join(', ') : undefined);

function header(x: Ctx, title: string, opts: { basis?: boolean; address?: boolean; contact?: boolean } = {}): Block[] {
  const { c, r, k, T } = x;
  const to = addressee(k, c, r);
  const rows: { label: string; value: Text }[] = [
    { label: T.common.reference, value: [`${c.caseId ?? 'case'}-${r.id ?? 'request'}`] },
    { label: T.common.date, value: [longDate(x.today)] },
    { label: T.common.to, value: to.name ? [to.name] : [{ missing: to.missing! }] },
  ];
  if (to.portal) rows.push({ label: T.common.portal, value: [to.portal] });
  if (opts.address) {
    const a = providerAddress(k, r);
    rows.push({ label: T.common.address, value: a ? [a] : [{ missing: "address of the provider's legal entity" }] });
  }
  rows.push({ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) });
  const contact = contactText(c);
  if (contact || x.lacking.has('contact') || opts.contact) rows.push({ label: T.common.contact, value: need(x, 'contact', contact) });
  if (opts.basis) {
    const b = legalBasis(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));
    rows.push({ label: T.common.legalBasis, value: b ? [b.sentence] : need(x, 'legal_basis', undefined) });
  }
  return [{ type: 'heading', level: 1, text: [title] }, { type: 'fields', rows }];
}

const h2 = (text: string): Block => ({ type: 'heading', level: 2, text: [text] });
const p = (...text: Text): Block => ({ type: 'paragraph', text });

function offencesTable(x: Ctx): Block {
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

function identifiersTable(x: Ctx): Block {
  const ids = (x.r.identifiers ?? []).filter((i): i is { type?: unknown; value?: unknown } => i !== null && typeof i === 'object');
  if (ids.length === 0) return p(...need(x, 'identifiers', undefined));
  return { type: 'table', header: x.T.common.identifiersHeader, rows: ids.map((i) => [[String(i.type ?? '')], [String(i.value ?? '')]]) };
}

function dataList(x: Ctx): Block {
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
  return [h2(heading), p(fill(T.confidential, { reason: conf.reason }), ...(conf.until ? [' ', fill(T.confidentialUntil, { until: longDate(conf.until) })] : []))];
}

function closing(x: Ctx): Block[] {
  return [h2(x.T.common.signatureHeading), p(x.T.common.signature), p(x.T.common.disclaimer)];
}

function factsBlock(x: Ctx): Block {
  return p(...need(x, 'facts', x.c.facts?.trim()));
}

function preservation(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const P = T.preservation;
  const channel = r.channel ?? 'other';
  const follow = x.all.find((o) => o.action === 'produce' && o.after !== undefined && o.after === r.id);
  const per = preservationPeriod(k, r);
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
    p(...(follow ? [fill(P.followUpSentence, { channel: channelTitle(k, follow.channel) ?? follow.channel ?? '', id: follow.id ?? '' })] : need(x, 'follow_up', undefined))),
    p(per ? fill(P.period, { days: per.days, source: per.source, extension: per.extension_days ? fill(P.periodExtension, { days: per.extension_days }) : '' }) : P.periodUnknown),
    ...(r.confidential ? confidentiality(x, T.common.confidentialityHeading) : []),
    ...closing(x),
  ];
}

function portal(x: Ctx): Block[] {
  const { c, r, T } = x;
  const P = T.portal;
  return [
    ...header(x, P.title, { contact: true }),
    p(P.intro),
    ...(r.after ? [p(fill(P.preserved, { id: r.after }))] : []),
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
    const text = Array.isArray(v) ? v.join(', ') : key === 'nationality' && typeof v === 'string' ? stateName(v) : key === 'born' && typeof v === 'string' ? longDate(v) : v === undefined ? undefined : String(v);
    return { label: L[key], value: need(x, key, text) };
  });
  return { type: 'fields', rows };
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
    p(fill(M.intro, { authority: c.requestingAuthority ?? 'requesting authority', state: stateName(c.requestingState) })),
    h2(M.legal), p(...(basis ? [basis.sentence] : need(x, 'legal_basis', undefined))),
    h2(M.authority),
    { type: 'fields', rows: [{ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) }, { label: T.common.contact, value: need(x, 'contact', contactText(c)) }] },
    h2(M.stage), p(...(c.stage ? [fill(M.stageSentence, { stage: T.common.stageValue[c.stage] ?? c.stage })] : need(x, 'stage', undefined))),
    h2(M.facts), factsBlock(x),
    h2(M.offences), offencesTable(x),
    h2(M.assistance),
    ...(testimony
      ? [p(M.testimonySentence), person(x)]
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

function euOrder(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const E = T.eu_order;
  const to = addressee(k, c, r);
  const a = providerAddress(k, r);
  return [
    ...header(x, E.title, { basis: true }),
    p(E.intro),
    h2(E.a),
    { type: 'fields', rows: [{ label: T.common.provider, value: to.name ? [to.name] : [{ missing: to.missing! }] }, { label: T.common.address, value: a ? [a] : [{ missing: "address of the provider's legal entity" }] }] },
    h2(E.b),
    { type: 'fields', rows: [{ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) }, { label: T.common.contact, value: need(x, 'contact', contactText(c)) }] },
    h2(E.c), dataList(x), identifiersTable(x), { type: 'fields', rows: [{ label: T.common.period, value: period(x) }] },
    h2(E.offences), offencesTable(x),
    ...(c.facts || r.relevance ? [h2(E.facts), ...(c.facts ? [p(c.facts.trim())] : []), ...(r.relevance ? [{ type: 'fields', rows: [{ label: E.relevanceLabel, value: [r.relevance] }] } as Block] : [])] : []),
    ...confidentiality(x, E.confidentiality),
    ...closing(x),
  ];
}

function interpol(x: Ctx): Block[] {
  const { c, r, k, T } = x;
  const I = T.interpol;
  const notice = r.notice ?? 'diffusion';
  const purpose = noticePurpose(k, notice);
  const penalty = c.offences?.find((o) => o.max_penalty_years !== undefined)?.max_penalty_years ?? c.maxPenaltyYears;
  return [
    ...header(x, fill(I.title, { notice: I.notices[notice] ?? notice })),
    ...(purpose ? [{ type: 'fields', rows: [{ label: I.purpose, value: [purpose] }] } as Block] : []),
    h2(I.person), person(x),
    h2(I.offences), offencesTable(x),
    ...(notice === 'red' ? [p(I.redPenalty, ...(penalty !== undefined ? [fill(T.common.years, { n: penalty })] : need(x, 'penalty', undefined)))] : []),
    h2(I.facts), p(...(c.facts ? [c.facts.trim()] : [T.common.notStated])),
    h2(I.action), p(I.actions[r.action ?? ''] ?? r.action ?? ''),
    ...closing(x),
  ];
}

const BUILDERS: Record<DraftKind, (x: Ctx) => Block[]> = { preservation, portal, mla, cloud_act: cloudAct, eu_order: euOrder, interpol };

/** The document a request becomes. */
export function buildDraft(input: DraftInput): DraftDocument {
  const { caseView: c, request: r, all, knowledge: k, today } = input;
  const kind = draftKind(r) ?? 'mla';
  const T = textFor(c.language);
  const lacking = new Map(missingElements(c, r, all, k).map((e) => [e.id, e.label] as const));
  const blocks = BUILDERS[kind]({ c, r, all, k, T, today, lacking });
  return { name: `${c.caseId ?? 'case'}-${r.id ?? `request-${r.index + 1}`}`, requestId: r.id ?? `request-${r.index + 1}`, kind, language: T.language, blocks, missing: placeholders(blocks) };
}
