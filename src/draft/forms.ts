// The EU forms as their annexes lay them out (forms.md section 2): the EPOC (Regulation (EU)
// 2023/1543, Annex I), the EPOC-PR (Annex II) and the EIO (Directive 2014/41/EU, Annex A). Each
// section in the annex's order under its letter (and its heading where the annex's wording was
// read: text-forms-en.ts says which), each field filled from the case or left as a visible
// placeholder, each tick box ticked or not. The conditions an order must meet (who issues it, the
// penalty threshold, the Art. 8 notification) come from core/eu-orders.ts, as for the rules.
import { asksTrafficOrContent, JUDGES, notification } from '../core/eu-orders';
import type { Ctx } from './build';
import { closing, contactText, dataList, h2, identifiersTable, need, offencesTable, p, reference } from './build';
import { languageNames } from '../knowledge';
import { addressee, channelTitle, longDate, providerAddress, stateName } from './facts';
import type { Block, Text } from './model';
import { fill } from './text-en';
import { FORMS_EN as F } from './text-forms-en';

const L = F.labels;
const box = (on: boolean, ...text: Text): Text => [`${on ? F.ticked : F.unticked} `, ...text];
const fields = (...rows: [string, Text][]): Block => ({ type: 'fields', rows: rows.map(([label, value]) => ({ label, value })) });
const boxes = (...items: Text[]): Block => ({ type: 'list', items, boxes: true });
const said = (v: string | undefined): Text => [v ?? F.blank];

/** The form's title block: its title, the annex it is, and its preamble. */
function title(t: { title: string; subtitle: string; preamble?: readonly string[] }): Block[] {
  return [{ type: 'heading', level: 1, text: [t.title] }, p(t.subtitle), ...(t.preamble ?? []).map((s) => p(s))];
}

/** The kind of issuing authority as the forms tick it (the ETSI schema's authority types). */
const authorityKind = (type: string | undefined) => (type === undefined ? undefined : JUDGES.has(type) ? 'judge' : type === 'prosecutor' ? 'prosecutor' : 'other');

function typeBoxes(type: string | undefined, labels: Record<string, string> = L.authorityTypes): Block {
  const kind = authorityKind(type);
  return boxes(...Object.entries(labels).map(([k, label]) => box(kind === k, label)));
}

/** Section A of the EPOC and the EPOC-PR: who issues and who validates. */
function sectionA(x: Ctx, heading: string, nb: string): Block[] {
  const { c, r } = x;
  const v = r.validated_by;
  return [
    h2(heading),
    fields(
      [L.issuingState, c.requestingState ? [stateName(c.requestingState)] : [F.blank]],
      [L.issuingAuthority, need(x, 'authority', c.requestingAuthority)],
      [L.validatingAuthority, v?.name ? [v.name] : x.lacking.has('validated_by') ? need(x, 'validated_by', undefined) : [c.authorityType ? F.notApplicable : F.blank]],
      [L.fileIssuing, [reference(c, r)]],
      [L.fileValidating, [F.blank]],
    ),
    p(nb),
  ];
}

/** Section B: the addressee (the provider's designated establishment or legal representative). */
function addresseeBlocks(x: Ctx, emergencyLine: boolean): Block[] {
  const { c, r, k } = x;
  const to = addressee(k, c, r, x.log);
  const address = providerAddress(k, r, x.log);
  return [
    fields(
      [L.addressee, to.name ? [to.name] : [{ missing: to.missing! }]],
      [L.provider, need(x, 'holder', r.holder?.name)],
      [L.address, address ? [address] : [{ missing: "address of the provider's legal entity" }]],
    ),
    boxes(box(false, L.designated), box(false, L.representative), ...(emergencyLine ? [box(false, L.emergencyAddressee, ' …')] : [])),
  ];
}

/** The data categories as the form's boxes, with the subscriber data's own boxes. */
function dataBoxes(x: Ctx): Block[] {
  const data = x.r.data ?? [];
  if (!data.length) return [p(...need(x, 'data', undefined))];
  const items: Text[] = [];
  const asked = (id: string) => (data as readonly string[]).includes(id);
  for (const [id, label] of Object.entries(L.categories)) {
    // Subscriber data is asked for by the form's own boxes, each named with its category.
    if (id === 'subscriber') L.subscriberBoxes.forEach((b) => items.push(box(asked(id), `${label}: ${b}`)));
    else items.push(box(asked(id), label));
  }
  for (const d of data) if (!(d in L.categories)) items.push(box(true, fill(L.otherData, { what: x.T.common.dataShort[d] ?? x.T.common.notStated })));
  return [boxes(...items)];
}

function period(x: Ctx): Text {
  const d = x.r.date_range;
  return d ? [fill(x.T.common.periodValue, { from: longDate(d.from), to: longDate(d.to) })] : need(x, 'date_range', undefined);
}

/** The issuing authority's details and signature (EPOC Section I, EPOC-PR Section F, EIO Section K). */
function issuingDetails(x: Ctx, heading: string): Block[] {
  const { c, r } = x;
  // The signature lines of the closing block, without its authority row (the section names it above).
  const sign = closing(x).flatMap((b): Block[] => (b.type === 'fields' ? [{ ...b, rows: b.rows.slice(1) }] : []));
  return [
    h2(heading),
    p(L.authorityType),
    typeBoxes(c.authorityType),
    fields(
      [L.nameOfAuthority, need(x, 'authority', c.requestingAuthority)],
      [L.representative_, said(c.contact?.name)],
      [L.post, said(c.contact?.role)],
      [L.fileReference, [reference(c, r)]],
      [L.tel, need(x, 'contact', c.contact?.phone)],
      [L.email, need(x, 'contact', c.contact?.email)],
      [L.languages, [languageNames([c.language ?? 'en'])]],
    ),
    ...sign,
  ];
}

/** The validating authority's details (EPOC Section J, EPOC-PR Section G, EIO Section L). */
function validatingDetails(x: Ctx, heading: string): Block[] {
  const v = x.r.validated_by;
  // Without a validation: a placeholder where one is needed, "not applicable" only where the issuing authority's type is known.
  if (!v) return [h2(heading), p(...(x.lacking.has('validated_by') ? need(x, 'validated_by', undefined) : [x.c.authorityType ? L.noValidation : F.blank]))];
  return [h2(heading), p(L.validatingType), typeBoxes(v.type, L.validatingTypes), fields([L.nameOfAuthority, said(v.name)], [L.validatedOn, v.on ? [longDate(v.on)] : [F.blank]], [x.T.common.signatureFields.signature, [x.T.common.blank]])];
}

/** The highest maximum penalty of the case's offences, where one is known. */
function highest(c: Ctx['c']): number | undefined {
  const ns = (c.offences ?? []).map((o) => o.max_penalty_years ?? c.maxPenaltyYears).filter((n): n is number => n !== undefined);
  return ns.length ? Math.max(...ns) : undefined;
}

/** The offences, the facts and why the order is needed (EPOC Section G; the grounds of an EIO). */
function grounds(x: Ctx, threshold: boolean): Block[] {
  const { c, r } = x;
  const years = x.k.e_evidence.production_threshold?.years;
  return [
    p(L.offences),
    offencesTable(x),
    fields([L.facts, need(x, 'facts', c.facts?.trim())], [L.necessity, need(x, 'relevance', r.relevance)]),
    // Ticked only where the case shows it: a known maximum penalty at or above the threshold.
    ...(threshold && years !== undefined ? [boxes(box(asksTrafficOrContent(r) && highest(c) !== undefined && highest(c)! >= years, fill(L.threshold, { years })), box(!asksTrafficOrContent(r), L.thresholdNo))] : []),
  ];
}

function confidentiality(x: Ctx): Block {
  const conf = x.r.confidential;
  return p(...(conf ? [fill(L.informUser, { reason: conf.reason }), ...(conf.until ? [fill(L.informUserUntil, { until: longDate(conf.until) })] : [])] : [L.informUserNo]));
}

/** The EPOC-PR an EPOC follows, by its date and reference (never the file's id). */
function earlier(x: Ctx): Block[] {
  const pre = x.r.after ? x.all.find((o) => o.id === x.r.after && o.channel === 'eu_preservation_order') : undefined;
  if (!pre) return [boxes(box(true, L.notRelated))];
  const ref = pre.reference ? `, reference ${pre.reference}` : '';
  // Art. 11(1) (read): the preservation ends after 60 days unless the issuing authority confirms, on the Annex V form, that a request for production has been issued.
  return [boxes(box(true, pre.sent && pre.sent <= x.today ? fill(L.related, { date: longDate(pre.sent), ref }) : L.relatedPending)), p(L.annexV)];
}

/** The enforcing State: where the addressee is established, where that is known. */
const enforcing = (x: Ctx) => (x.r.holder?.country ? stateName(x.r.holder.country) : undefined);

function notificationBlocks(x: Ctx): Block[] {
  const n = notification(x.c, x.r);
  const state = enforcing(x) ?? F.blank;
  if (!n) return [p(L.notifyNone)];
  if (n === 'unknown') return [p(...need(x, 'person_resides', undefined))];
  const resides = stateName(x.r.person_resides);
  return [boxes(box(n === 'required', fill(n === 'required' ? L.notifyRequired : L.notifyUnlessLocal, { state, resides })))];
}

const emergencyCase = (x: Ctx) => x.r.emergency === true || x.c.urgency === 'threat_to_life';

/** Regulation (EU) 2023/1543, Annex I. */
export function epoc(x: Ctx): Block[] {
  const E = F.epoc;
  const { c, r } = x;
  return [
    ...title(E),
    ...sectionA(x, E.a, L.nb),
    h2(E.b), ...addresseeBlocks(x, true),
    h2(E.c), p(L.deadlines), boxes(box(!emergencyCase(x), L.tenDays), box(emergencyCase(x), L.eightHours)),
    ...(r.needed_by ? [fields([L.neededBy, [longDate(r.needed_by)]])] : []),
    h2(E.d), ...earlier(x),
    h2(E.e), p(L.identifiers), identifiersTable(x), fields([L.period, period(x)]),
    h2(E.f), p(L.dataAsked), ...dataBoxes(x),
    h2(E.g), ...grounds(x, true),
    h2(E.h), confidentiality(x),
    ...issuingDetails(x, E.i),
    ...validatingDetails(x, E.j),
    h2(E.k), p(L.notification), ...notificationBlocks(x),
    h2(E.l), p(L.transfer), boxes(box(true, L.transferIssuing, `: ${c.requestingAuthority ?? F.blank}${contactText(c) ? ` (${contactText(c)})` : ''}`), box(false, L.transferValidating), box(false, L.transferOther)),
  ];
}

/** Regulation (EU) 2023/1543, Annex II. */
export function epocPr(x: Ctx): Block[] {
  const E = F.epocPr;
  return [
    ...title(E),
    ...sectionA(x, E.a, L.nbPr),
    h2(E.b), ...addresseeBlocks(x, false), boxes(box(emergencyCase(x), L.emergencyCase)),
    h2(E.c), p(L.identifiers), identifiersTable(x), fields([L.period, period(x)]), p(L.dataPreserved), ...dataBoxes(x),
    // Sections D and E were not read: the grounds are given under their letters, in plain words.
    h2(E.d), ...grounds(x, false),
    h2(E.e), confidentiality(x),
    ...issuingDetails(x, E.f),
    ...validatingDetails(x, E.g),
  ];
}

/** Directive 2014/41/EU, Annex A. */
export function eioForm(x: Ctx): Block[] {
  const E = F.eio;
  const { c, r } = x;
  const urgent = c.urgency && c.urgency !== 'routine';
  const testimony = r.action === 'testimony';
  const holder = r.holder?.name ?? x.T.common.notStated;
  const pre = r.after ? x.all.find((o) => o.id === r.after) : undefined;
  const persons = (r.persons ?? []).map((n) => c.persons?.find((q) => q.name === n)).filter((q): q is NonNullable<typeof q> => q !== undefined);
  return [
    ...title(E),
    h2(E.a), fields([L.issuingState, c.requestingState ? [stateName(c.requestingState)] : [F.blank]], [L.executingState, r.requestedState ? [stateName(r.requestedState)] : need(x, 'location', undefined)], [L.executingAuthority, said(r.addressee)], [L.languagesEio, [languageNames([c.language ?? 'en'])]]),
    h2(E.b), p(L.urgency),
    // The case says why it is urgent in its own words: the reason goes under "any other reason"; the two named grounds are the issuing authority's to tick.
    urgent ? boxes(box(false, L.urgencyEvidence), box(false, L.urgencyTrial), box(true, fill(L.urgencyOther, { reason: c.urgencyReason ?? F.blank }))) : p(L.notUrgent),
    ...(r.needed_by ? [fields([L.neededBy, [longDate(r.needed_by)]])] : []),
    h2(E.c), p(L.measures),
    ...(testimony
      ? [p(L.measureTestimony), fields([x.T.mla.personLabels.name, need(x, 'name', typeof r.person?.name === 'string' ? r.person.name : undefined)]), ...(r.questions?.length ? [p(x.T.mla.questionsSentence), { type: 'list', items: r.questions.map((q) => [q]) } as Block] : [])]
      : [p(fill(r.action === 'preserve' ? L.measurePreserve : L.measureData, { holder })), dataList(x), identifiersTable(x), fields([L.period, period(x)])]),
    h2(E.d), boxes(box(true, pre ? fill(L.relatedEio, { what: `${channelTitle(x.k, pre.channel) ?? x.T.common.notStated}, ${pre.sent && pre.sent <= x.today ? `sent on ${longDate(pre.sent)}${pre.reference ? `, reference ${pre.reference}` : ''}` : 'sent before this one'}` }) : L.notRelatedEio)),
    h2(E.e), p(L.persons),
    persons.length ? { type: 'table', header: x.T.mla.personsHeader, rows: persons.map((q) => [[q.name], [q.role ?? ''], [q.born ? longDate(q.born) : ''], [q.nationality ? stateName(q.nationality) : ''], [q.address ?? '']]) } : p(x.T.common.notStated),
    h2(E.f), p(L.proceedings), p(...(c.stage ? [fill(L.proceedingsValue, { stage: x.T.common.stageValue[c.stage] ?? x.T.common.notStated })] : need(x, 'stage', undefined))),
    h2(E.g), p(L.grounds), ...grounds(x, false),
    h2(E.h), confidentiality(x),
    h2(E.i), p(L.formalities), p(...need(x, 'procedure', r.procedure)),
    h2(E.j), fields([L.remedies, [F.blank]]),
    ...issuingDetails(x, E.k),
    ...validatingDetails(x, E.l),
  ];
}
