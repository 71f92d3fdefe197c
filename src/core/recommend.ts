// "Recommend a channel": from a few answers (what is needed, which data, who holds it and where,
// the requesting state, urgency), the best route and a drafted request, ready to insert.
import { Knowledge, mlaAuthority, OffenceFacts, point247 } from '../knowledge';
import { Action, ADDRESSED_CHANNELS, Holder, isPersonAction, NON_CONTENT } from './case';
import { slug } from './ids';
import { bestRoute, Route } from './route';

export interface RecommendAnswers {
  action: Action;
  data?: string[];
  holder?: Holder;
  person?: { name?: string; description?: string };
  requestingState?: string;
  /** For testimony: the state where the witness is. */
  requestedState?: string;
  /** The day the route is judged for (agreements in force); the draft gets no `sent:`. */
  date: string;
  /** Ids already used in the file, so the draft gets a fresh one. */
  takenIds?: string[];
  /** The case's offence facts (the UN conventions' scope turns on them). */
  facts?: OffenceFacts;
}

export interface Recommendation {
  route: Route;
  /** The drafted request, keys in the case-file order; undefined where no channel fits. */
  request?: Record<string, unknown>;
  /**
   * Where the data goes down two routes (subscriber data through the portal, content by treaty or
   * CLOUD Act: the guide's "sort the request"), one part per route, non-content first; `route`
   * and `request` are then the first part's. Absent when one route takes it all.
   */
  parts?: { route: Route; request: Record<string, unknown> }[];
}

/**
 * The best route, and the request to draft. A request for data is split by route: non-content
 * records and content each go where they are answered fastest, when those routes differ.
 */
export function recommend(k: Knowledge, a: RecommendAnswers): Recommendation {
  const data = a.data ?? [];
  const records = data.filter((d) => NON_CONTENT.includes(d));
  const rest = data.filter((d) => !NON_CONTENT.includes(d));
  if (a.action === 'produce' && records.length > 0 && rest.length > 0) {
    const first = recommendOne(k, { ...a, data: records }, records.length === 1 ? records[0] : 'records');
    const second = first.request && recommendOne(k, { ...a, data: rest, takenIds: [...(a.takenIds ?? []), String(first.request.id)] }, rest.includes('content') ? 'content' : rest[0]);
    if (first.request && second?.request && first.route.channel !== second.route.channel) {
      return { ...first, parts: [{ route: first.route, request: first.request }, { route: second.route, request: second.request }] };
    }
  }
  return recommendOne(k, a);
}

function recommendOne(k: Knowledge, a: RecommendAnswers, what?: string): Recommendation {
  const requestedState = a.requestedState ?? a.holder?.country;
  const route = bestRoute(k, { action: a.action, holder: a.holder, data: a.data, requestingState: a.requestingState, requestedState, date: a.date, facts: a.facts });
  if (!route.channel) return { route };
  const base = `${what ?? a.action.replace('_', '-')}-${slug(a.holder?.name ?? a.person?.name ?? route.channel) || route.channel}`.replace(/_/g, '-');
  const taken = new Set(a.takenIds ?? []);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const person = isPersonAction(a.action) || a.action === 'testimony';
  const treaty = ADDRESSED_CHANNELS.includes(route.channel);
  const request: Record<string, unknown> = {
    id,
    channel: route.channel,
    action: a.action,
    notice: route.notice,
    requested_state: a.action === 'testimony' ? requestedState : undefined,
    addressee: route.channel === 'mlat' ? mlaAuthority(k, a.requestingState, requestedState, a.date)?.name : route.channel === 'network_24_7' ? point247(k, requestedState)?.name : undefined,
    holder: person ? undefined : stripUndefined({ ...a.holder }),
    data: person ? undefined : a.data,
    person: person ? stripUndefined({ ...a.person }) : undefined,
    // No `sent:`: a draft has not been sent (`date` only dates the route).
  };
  if (!treaty) delete request.addressee;
  return { route, request: stripUndefined(request) };
}

/** A question whose answer decides the MLA basis, and the case key the answer is written to. */
export interface FactQuestion {
  key: 'case.organised_crime' | 'offences[].category';
  question: string;
  /** The instrument the answer decides, for the question's title. */
  instrument: string;
}

/**
 * The question to ask only where the best route's MLA basis turns on it (a conditional answer):
 * whether an organised criminal group is involved (UNTOC), or whether the offence is corruption
 * (UNCAC). Undefined where the answer does not turn on a fact of the case.
 */
export function factQuestion(k: Knowledge, route: Route): FactQuestion | undefined {
  const b = route.basis;
  if (b?.status !== 'conditional') return undefined;
  const instrument = k.conventions?.[b.instrument.id]?.short ?? b.instrument.title;
  if (b.key === 'case.organised_crime') {
    return { key: b.key, instrument, question: 'Is an organised criminal group involved, or suspected (three or more persons acting together for a financial or material benefit)?' };
  }
  if (b.key === 'offences[].category') return { key: b.key, instrument, question: 'Is the offence corruption (bribery, embezzlement, trading in influence, abuse of functions), or laundering of its proceeds?' };
  return undefined;
}

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
  return o;
}
