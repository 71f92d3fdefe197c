// The follow-up letters of a request already sent (spec register.md, "The follow-up letters"):
// the extension of a preservation (by channel: the provider's own rule from the registry, the
// European Preservation Order under Regulation 2023/1543 Art. 11, the 24/7 network's continuation
// pending the request for assistance, Budapest Art. 29(7)), the reminder, and the withdrawal.
// Same document model as the drafts (model.ts), so the Markdown and DOCX renderers need nothing
// new. Each letter names the original request by its date and references, never by the file's id.
import type { CaseView } from '../core/case';
import { DraftRequest, missingElements } from '../core/essentials';
import { preservationHold } from '../core/preservation';
import { dependents, isClosed, requestStatus } from '../core/status';
import { findProvider, Knowledge, primaryPreservation, SHIPPED } from '../knowledge';
import { localToday } from '../lint/engine';
import { andList, closing, contactText, Ctx, dataList, h2, identifiersTable, need, numbered, p } from './build';
import { addressee, channelTitle, FactLog, longDate } from './facts';
import { DraftResult, readCase } from './index';
import { Block, DraftDocument, placeholders, Text } from './model';
import { fill, textFor } from './text-en';
import { FOLLOW_UP_EN as F } from './text-follow-up-en';

export const FOLLOW_UPS = ['extension', 'reminder', 'withdrawal'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export interface FollowUpInput {
  caseView: CaseView;
  request: DraftRequest;
  all: readonly DraftRequest[];
  knowledge: Knowledge;
  today: string;
  followUp: FollowUp;
}

/** Why this follow-up cannot be written for the request on `today`, or undefined when it can. */
export function followUpRefusal(k: Knowledge, r: DraftRequest, followUp: FollowUp, today: string, urgency?: string): string | undefined {
  const id = r.id ?? `request ${r.index + 1}`;
  if (!r.sent || r.sent > today) return `request "${id}" is not sent (no \`sent:\` date on or before ${today}): a ${followUp} follows a request that went out`;
  const status = requestStatus(k, r as never, today, urgency);
  if (status === 'withdrawn') return `request "${id}" is withdrawn: no ${followUp} for it`;
  if (followUp === 'extension') {
    if (r.action !== 'preserve') return `request "${id}" is not a preservation: only a preservation is extended`;
    if (status === 'refused') return `request "${id}" was refused: there is no hold to extend`;
  }
  if (followUp === 'reminder' && isClosed(status)) return `request "${id}" is ${status}: nothing is awaited, no reminder`;
  return undefined;
}

const ctxOf = (i: FollowUpInput, log: FactLog): Ctx => {
  const T = textFor(i.caseView.language);
  const lacking = new Map(missingElements(i.caseView, i.request, i.all, i.knowledge).map((e) => [e.id, e.label] as const));
  return { c: i.caseView, r: i.request, all: i.all, k: i.knowledge, T, today: i.today, lacking, log };
};

/** Our reference: the request's `reference`, else the one its draft carried (`<case>-<request>`). */
const ourReference = (c: CaseView, r: DraftRequest) => r.reference ?? `${c.caseId ?? 'case'}-${r.id ?? 'request'}`;

function header(x: Ctx, title: string): Block[] {
  const { c, r, T } = x;
  const to = addressee(x.k, c, r, x.log);
  const rows: { label: string; value: Text }[] = [
    { label: F.ourReference, value: [ourReference(c, r)] },
    { label: F.theirReference, value: r.their_reference ? [r.their_reference] : [F.noTheirReference] },
    { label: T.common.date, value: [longDate(x.today)] },
    { label: T.common.to, value: to.name ? [to.name] : [{ missing: to.missing! }] },
  ];
  if (to.portal) rows.push({ label: T.common.portal, value: [to.portal] });
  rows.push({ label: T.common.from, value: need(x, 'authority', c.requestingAuthority) });
  const contact = contactText(c);
  rows.push({ label: T.common.contact, value: contact ? [contact] : [{ missing: 'contact person' }] });
  return [{ type: 'heading', level: 1, text: [title] }, { type: 'fields', rows }];
}

/** "our request of 21 November 2026 (our reference X; your reference Y)". */
function original(x: Ctx): Block[] {
  const { r, k } = x;
  const refs = r.their_reference ? fill(F.refsBoth, { ours: ourReference(x.c, r), theirs: r.their_reference }) : fill(F.refsOurs, { ours: ourReference(x.c, r) });
  const what = F.actions[r.action ?? ''] ?? F.actions.other;
  return [
    h2(F.originalHeading),
    p(fill(F.original, { date: longDate(r.sent!), refs, channel: channelTitle(k, r.channel) ?? F.notStated, what })),
    ...(r.action === 'testimony' ? [] : [dataList(x), identifiersTable(x)]),
  ];
}

/** The requests that wait for a preservation's data, by channel and date (never the file's id). */
function waiting(x: Ctx): Block[] {
  const deps = dependents(x.k, x.r as never, x.all as never) as DraftRequest[];
  const open = deps.filter((d) => !isClosed(requestStatus(x.k, d as never, x.today, x.c.urgency)));
  if (open.length === 0) return [p({ missing: 'the request that will need the preserved data (channel and date)' })];
  const item = (d: DraftRequest): Text => [fill(F.waitingItem, {
    channel: channelTitle(x.k, d.channel) ?? F.notStated,
    data: d.data?.length ? fill(F.waitingData, { data: andList(d.data.map((v) => x.T.common.dataShort[v] ?? v)) }) : '',
    when: d.sent && d.sent <= x.today ? fill(F.sentOn, { date: longDate(d.sent) }) : F.toBeSent,
  })];
  return [p(open.length === 1 ? F.waitingOne : F.waitingMany), { type: 'list', items: open.map(item) }];
}

/** The hold's end counting only the extensions sent (a planned one is not yet a fact). */
function holdEnd(x: Ctx): Text {
  const hold = preservationHold(x.k, { ...x.r, planned_extensions: [] } as never);
  return hold ? [fill(F.holdEnd, { date: longDate(hold.end) })] : [F.holdEndUnknown, { missing: 'the last day of the preservation' }];
}

function extensionAsk(x: Ctx): Block[] {
  const { r, k } = x;
  const channel = r.channel ?? '';
  const ch = k.channels[channel];
  if (channel === 'eu_preservation_order') {
    return [
      p(ch?.hold_extension_days ? fill(F.eu.ask, { days: ch.hold_extension_days, basis: ch.hold_basis ?? F.notStated }) : F.eu.askUnknown),
      // The form is named only where the knowledge base holds it with a source (Art. 11(1): Annex VI);
      // either way its completed content is the author's, left visible as a placeholder.
      ch?.hold_extension_form
        ? p(fill(F.eu.formNamed, { form: ch.hold_extension_form }), { missing: 'the form, completed' })
        : p(F.eu.form, { missing: 'the form the Regulation sets for the extension, completed' }),
    ];
  }
  if (channel === 'network_24_7') {
    const mla = dependents(k, r as never, x.all as never).find((d) => d.channel === 'mlat' || d.channel === 'letter_rogatory');
    return [
      p(mla?.sent && mla.sent <= x.today ? fill(F.net.sent, { date: longDate(mla.sent) }) : F.net.pending),
      p(fill(F.net.ask, { basis: ch?.hold_basis ?? F.notStated })),
    ];
  }
  // A portal or provider: the provider's own rule from the registry, where primary.
  const match = findProvider(k, r.holder);
  const own = match ? primaryPreservation(match.provider) : undefined;
  const blocks: Block[] = [];
  // Only the provider's stated extension period is asked for by number; a first period is no rule for the next.
  blocks.push(p(own?.extension_days ? fill(F.provider.ask, { days: own.extension_days }) : F.provider.askUnknown));
  if (own) {
    const rule: string[] = [];
    if (own.max_extensions !== undefined) rule.push(fill(F.provider.max, { n: own.max_extensions }));
    if (own.note) rule.push(fill(F.provider.note, { note: own.note }));
    if (rule.length) blocks.push(p(rule.join(' ')));
  }
  return blocks;
}

function extension(x: Ctx): Block[] {
  const title = F.extensionTitle[x.r.channel ?? ''] ?? F.extensionTitle.other;
  return [
    ...header(x, title),
    ...original(x),
    h2(F.holdHeading), p(...holdEnd(x)),
    h2(F.neededHeading), ...waiting(x),
    h2(F.askHeading), ...extensionAsk(x),
    ...closing(x),
  ];
}

function reminder(x: Ctx): Block[] {
  const { r } = x;
  const earlier = (r.reminders ?? []).filter((d) => d <= x.today);
  const awaited: Text = [r.acknowledged && r.acknowledged <= x.today ? fill(F.acknowledged, { date: longDate(r.acknowledged) }) : F.notAcknowledged];
  if (r.answered && r.partial) awaited.push(' ', fill(F.partial, { date: longDate(r.answered) }));
  if (earlier.length) awaited.push(' ', fill(F.earlierReminders, { dates: andList(earlier.map(longDate)) }));
  // Why the deadline matters: the case's urgency reason, and the preservation the answer relies on.
  const pre = r.after ? x.all.find((o) => o.id === r.after && o.action === 'preserve') : undefined;
  const hold = pre ? preservationHold(x.k, { ...pre, planned_extensions: [] } as never) : undefined;
  const why: Text = [];
  if (x.c.urgencyReason) why.push(x.c.urgencyReason.trim());
  if (hold) why.push(...(why.length ? [' '] : []), fill(F.holdRisk, { date: longDate(hold.end) }));
  return [
    ...header(x, F.reminderTitle),
    ...original(x),
    h2(F.awaitedHeading), p(...awaited),
    h2(F.deadlineHeading),
    p(...(r.needed_by ? [fill(F.neededBy, { date: longDate(r.needed_by) })] : [F.neededByUnknown, { missing: 'the date the answer is needed by (needed_by)' } as const])),
    p(...(why.length ? why : [{ missing: 'why the answer is needed by then' } as const])),
    ...closing(x),
  ];
}

function withdrawal(x: Ctx): Block[] {
  return [
    ...header(x, F.withdrawalTitle),
    ...original(x),
    h2(F.reasonHeading), p(F.reason, { missing: 'why the request is withdrawn (the case closed, the person found, ...)' }),
    h2(F.consequenceHeading), p(x.r.action === 'preserve' ? F.releasePreservation : F.stopWork),
    ...closing(x),
  ];
}

const BUILDERS: Record<FollowUp, (x: Ctx) => Block[]> = { extension, reminder, withdrawal };

/** The follow-up letter of a sent request, as a document (checked with `followUpRefusal` first). */
export function buildFollowUp(i: FollowUpInput): DraftDocument {
  const log: FactLog = { used: [], mark: textFor(i.caseView.language).common.workspaceMark };
  const x = ctxOf(i, log);
  const blocks = numbered(BUILDERS[i.followUp](x));
  if (log.used.length) {
    const C = x.T.common;
    blocks.push(h2(C.workspaceHeading), p(C.workspaceIntro), { type: 'list', items: log.used.map((u) => [fill(C.workspaceFact, { what: u.what, value: u.value, source: u.source })]) });
  }
  const id = i.request.id ?? `request-${i.request.index + 1}`;
  return {
    name: `${i.caseView.caseId ?? 'case'}-${id}-${i.followUp}`,
    requestId: id,
    kind: i.followUp,
    language: x.T.language,
    reference: ourReference(i.caseView, i.request),
    note: x.T.common.disclaimer,
    blocks,
    missing: placeholders(blocks),
  };
}

/** The follow-up letter of one request of a case file's text, or why it cannot be written. */
export function draftFollowUp(text: string, opts: { requestId: string; followUp: FollowUp; today?: string; knowledge?: Knowledge }): DraftResult {
  const today = opts.today ?? localToday();
  const read = readCase(text, today);
  if (!read.ok) return read;
  const view = read.view;
  const knowledge = opts.knowledge ?? SHIPPED;
  const request = view.requests.find((r) => r.id === opts.requestId);
  if (!request) return { ok: false, error: `no request with id "${opts.requestId}" in the case file` };
  const refusal = followUpRefusal(knowledge, request, opts.followUp, today, view.urgency);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, documents: [buildFollowUp({ caseView: view, request, all: view.requests, knowledge, today, followUp: opts.followUp })] };
}
