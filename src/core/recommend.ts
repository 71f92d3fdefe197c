// "Recommend a channel": from a few answers (what is needed, which data, who holds it and where,
// the requesting state, urgency), the best route and a drafted request, ready to insert.
import { Knowledge, mlaAuthority, point247 } from '../knowledge';
import { Action, ADDRESSED_CHANNELS, Holder, isPersonAction } from './case';
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
}

export interface Recommendation {
  route: Route;
  /** The drafted request, keys in the case-file order; undefined where no channel fits. */
  request?: Record<string, unknown>;
}

export function recommend(k: Knowledge, a: RecommendAnswers): Recommendation {
  const requestedState = a.requestedState ?? a.holder?.country;
  const route = bestRoute(k, { action: a.action, holder: a.holder, data: a.data, requestingState: a.requestingState, requestedState, date: a.date });
  if (!route.channel) return { route };
  const base = `${a.action.replace('_', '-')}-${slug(a.holder?.name ?? a.person?.name ?? route.channel) || route.channel}`;
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

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
  return o;
}
