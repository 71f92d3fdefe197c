// The covering letter (forms.md section 3): where the requesting state's own `outgoing` knowledge
// says who transmits its mutual legal assistance requests, the issuing authority sends the request
// to that authority with a short letter: what is enclosed, to which state, how urgent. It is a
// second document for the same request, `<name>-covering`.
import { draftKind } from '../core/essentials';
import { acceptedLanguages, languageNames } from '../knowledge';
import { basisText, closing, contactText, Ctx, DraftInput, context, need, offencesTable, p, h2 } from './build';
import { legalBasis, longDate, offenceFacts, stateName } from './facts';
import { Block, DraftDocument, placeholders } from './model';
import { ownRoute } from './route';
import { fill } from './text-en';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The covering letter for a request's document, or none (no known route, not an MLA request, or the issuer is the transmitting authority itself). */
export function buildCovering(input: DraftInput, request: DraftDocument): DraftDocument | undefined {
  const x: Ctx = context(input);
  const { c, r, k, T } = x;
  if (draftKind(r) !== 'mla') return undefined;
  const route = ownRoute(k, c.requestingState);
  if (!route) return undefined;
  const issuer = c.requestingAuthority ? norm(c.requestingAuthority) : '';
  if (issuer && norm(route.transmits).includes(issuer)) return undefined;
  const C = T.covering;
  const first = request.blocks[0];
  const title = first?.type === 'heading' ? String(first.text[0]) : request.kind;
  const state = r.requestedState ? stateName(r.requestedState) : undefined;
  const urgent = c.urgency && c.urgency !== 'routine';
  const contact = contactText(c);
  const basis = legalBasis(k, c.requestingState, r.requestedState, r.date, r, offenceFacts(c));
  // The request's language is not one the requested state accepts (rule translation-required): the letter says so.
  const language = c.language ?? 'en';
  const accepted = acceptedLanguages(k, { channel: r.channel, requestingState: c.requestingState, requestedState: r.requestedState, holder: r.holder });
  const translation = accepted && !accepted.languages.includes(language)
    ? [p(fill(C.translation, { language: languageNames([language]), state: state ?? T.common.notStated, languages: languageNames(accepted.languages), note: accepted.note ? ` (${accepted.note})` : '' }))]
    : [];
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: [fill(C.title, { request: state ? `${title} ${fill(C.toRequested, { state })}` : title })] },
    {
      type: 'fields',
      rows: [
        { label: T.common.reference, value: [request.reference] },
        { label: T.common.date, value: [longDate(x.today)] },
        { label: T.common.to, value: [route.transmits] },
        { label: T.common.from, value: need(x, 'authority', c.requestingAuthority) },
        ...(contact || x.lacking.has('contact') ? [{ label: T.common.contact, value: need(x, 'contact', contact) }] : []),
      ],
    },
    p(...(state ? [fill(C.body, { state })] : need(x, 'location', undefined))),
    // The route and, where it is known, the basis it turns on (with a treaty or without one):
    // the transmitting authority reads both before it chooses the channel.
    ...(route.channel || basis ? [{ type: 'fields', rows: [...(route.channel ? [{ label: C.routeLabel, value: [route.channel] }] : []), ...(basis ? [{ label: T.common.legalBasis, value: [basisText(x, basis)] }] : [])] } as Block] : []),
    offencesTable(x),
    ...(urgent ? [p(fill(C.urgent, { level: T.common.urgencyValue[c.urgency!] ?? T.common.notStated }), ...need(x, 'urgency_reason', c.urgencyReason))] : []),
    ...translation,
    ...(r.needed_by ? [p(fill(C.neededBy, { date: longDate(r.needed_by) }))] : []),
    h2(C.enclosures),
    { type: 'list', items: [[fill(C.enclosure, { title, reference: request.reference })], ...(r.annexes ?? []).map((a) => [a])] },
    p(C.contact),
    ...closing(x),
  ];
  return { name: `${request.name}-covering`, requestId: request.requestId, covers: request.name, kind: 'covering', language: request.language, reference: request.reference, note: request.note, blocks, missing: placeholders(blocks) };
}
