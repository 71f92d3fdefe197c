// The one fix that changes a request's channel, shared by every channel rule: it sets the best
// route, removes the keys the new channel does not take and fills what it can derive (a notice
// from the action, an addressee from the knowledge base), so the result passes the schema.
import { mlaAuthority, point247, sameHolderKey } from '../knowledge';
import { ADDRESSED_CHANNELS, isDataAction, isPersonAction, RequestView } from './case';
import { flowText } from './edits';
import { freshId } from './ids';
import { isRecord } from './records';
import type { RuleContext } from './rule';
import type { Route } from './route';
import type { Fix, TextEdit } from './types';

/** The keys a request's map actually has, as written. */
export function keysOf(ctx: RuleContext, r: RequestView): Set<string> {
  const map = ctx.editor.mapAt(r.path);
  return new Set((map?.items ?? []).map((it) => String((it.key as { value?: unknown })?.value ?? it.key)));
}

/**
 * Put a request on the best route. A sent request (core/records.ts) is a record and keeps its
 * channel: its fix adds a new request on that route instead (`followUpFix`).
 */
export function changeChannelFix(ctx: RuleContext, r: RequestView, route: Route = ctx.route(r)): Fix | undefined {
  const to = route.channel;
  if (!to || to === r.channel) return undefined;
  if (isRecord(r, ctx.today)) return followUpFix(ctx, r, route);
  const has = keysOf(ctx, r);
  const e = ctx.editor;
  const edits: TextEdit[] = [...e.set(r.path, 'channel', to)];
  const dropped = new Set<string>();
  const drop = (k: string) => {
    if (has.has(k) && !dropped.has(k)) edits.push(...e.remove(r.path, k));
    dropped.add(k);
  };
  if (to === 'interpol') {
    if (route.notice) edits.push(...e.set(r.path, 'notice', route.notice, 'channel'));
    ['holder', 'data', 'identifiers', 'requested_state', 'addressee'].forEach(drop);
  } else drop('notice');
  if (!ADDRESSED_CHANNELS.includes(to)) {
    drop('addressee');
    if (r.action !== 'testimony') drop('requested_state');
  }
  // An addressee names someone else on an EIO (the executing authority) or the 24/7 network (the
  // 24/7 point) than on a treaty request (the central authority): it does not carry over.
  const newAddressee = (to === 'eio' || to === 'network_24_7') && (r.channel === 'mlat' || r.channel === 'letter_rogatory');
  if (to === 'mlat' && !has.has('addressee')) {
    const authority = mlaAuthority(ctx.knowledge, ctx.caseView.requestingState, r.requestedState, r.date);
    if (authority) edits.push(...e.set(r.path, 'addressee', flowText(authority.name), 'channel'));
  }
  const point = to === 'network_24_7' && (!has.has('addressee') || newAddressee) ? point247(ctx.knowledge, r.requestedState) : undefined;
  if (point) edits.push(...e.set(r.path, 'addressee', flowText(point.name), 'channel'));
  else if (newAddressee) drop('addressee');
  const notice = to === 'interpol' && route.notice ? ` (${route.notice} notice)` : '';
  return { title: `Change channel to "${to}"${notice}`, edits };
}

/** A request's label in messages: its id where it has one. */
export const label = (r: RequestView) => (r.id ? `"${r.id}"` : `request ${r.index + 1}`);

/**
 * The fix for a sent request that went the wrong way: a new request on the best route, right after
 * it, asking the same holder for `data` (default: all of the record's), building on what the
 * record built on (`after:`), not sent. The record stays as it was sent.
 */
export function followUpFix(ctx: RuleContext, r: RequestView, route: Route, data: readonly string[] | undefined = r.data): Fix | undefined {
  const to = route.channel;
  if (!to || !r.action) return undefined;
  const e = ctx.editor;
  const interpol = to === 'interpol';
  const addressed = ADDRESSED_CHANNELS.includes(to);
  const id = freshId(ctx.ids, `${r.id ?? 'request'}-${to.replace(/_/g, '-')}`);
  const addressee = to === 'mlat' ? mlaAuthority(ctx.knowledge, ctx.caseView.requestingState, r.requestedState, r.date)?.name : to === 'network_24_7' ? point247(ctx.knowledge, r.requestedState)?.name : undefined;
  const request: Record<string, unknown> = {
    id,
    channel: to,
    action: r.action,
    notice: interpol ? route.notice : undefined,
    after: r.after,
    requested_state: addressed && r.requested_state !== undefined ? r.requested_state : undefined,
    addressee,
    holder: interpol || isPersonAction(r.action) || !r.holder ? undefined : e.copyOf([...r.path, 'holder']),
    data: interpol || !data ? undefined : [...data],
    identifiers: interpol || !r.identifiers ? undefined : e.copyOf([...r.path, 'identifiers']),
    person: r.person && !isDataAction(r.action) ? e.copyOf([...r.path, 'person']) : undefined,
  };
  return {
    title: `Add a "${to}" request "${id}" after it (it was sent: it stays as it is)`,
    edits: e.insertRequest(r.path[1], 'after', request),
    followUp: {
      channel: to,
      action: r.action,
      holder: interpol || isPersonAction(r.action) ? undefined : sameHolderKey(ctx.knowledge, r.holder),
      requestedState: addressed ? r.requestedState : undefined,
      data: interpol ? undefined : data,
    },
  };
}
