// content-via-lers: a platform portal never discloses content ("the hard limit is content").
// Preserving content through the portal is right; producing it is not.
import type { RequestView } from '../core/case';
import { changeChannelFix, followUpFix, label } from '../core/fixes';
import { isRecord } from '../core/records';
import type { Rule, RuleContext } from '../core/rule';
import type { Route } from '../core/route';
import type { Fix } from '../core/types';
import { mlaAuthority } from '../knowledge';
import { rawValue, uniqueId } from './util';

/** Preferred fix when other data stays: `content` moves to a new request on the best route. */
function splitFix(ctx: RuleContext, r: RequestView, route: Route): Fix | undefined {
  if (!route.channel) return undefined;
  const id = uniqueId(ctx, `${r.id ?? 'request'}-content`);
  const request: Record<string, unknown> = {
    id,
    channel: route.channel,
    action: 'produce',
    after: r.after,
    addressee: route.channel === 'mlat' ? mlaAuthority(ctx.knowledge, ctx.caseView.requestingState, r.requestedState, r.date)?.name : undefined,
    holder: ctx.editor.copyOf([...r.path, 'holder']),
    data: ['content'],
    identifiers: ctx.editor.copyOf([...r.path, 'identifiers']),
  };
  return {
    title: `Move "content" to a new "${route.channel}" request "${id}"`,
    edits: [...ctx.editor.removeValue([...r.path, 'data'], 'content'), ...ctx.editor.insertRequest(r.path[1], 'after', request)],
  };
}

export const contentViaLers: Rule = {
  meta: { id: 'content-via-lers', severity: 'error', kind: 'channel', summary: 'A platform portal (LERS) is asked to produce content: portals do not disclose content.' },
  check(ctx) {
    return ctx.caseView.requests
      // An emergency disclosure request may ask for content: US law lets a provider disclose it
      // voluntarily in an emergency (18 U.S.C. 2702(b)(8); discretionary).
      .filter((r) => r.channel === 'lers' && r.action === 'produce' && r.data?.includes('content') && r.emergency !== true)
      .map((r) => {
        const only = r.data!.every((d) => d === 'content');
        const route = ctx.route({ ...r, data: ['content'] });
        // A sent request keeps its data: content is asked again, on the right route, beside it.
        const sent = isRecord(r, ctx.today);
        const preferred = sent ? followUpFix(ctx, r, route, ['content']) : only ? changeChannelFix(ctx, r, route) : splitFix(ctx, r, route);
        const remove = only || sent ? undefined : { title: 'Remove "content" from this request', edits: ctx.editor.removeValue([...r.path, 'data'], 'content') };
        const where = route.channel ? ` Ask for content by "${route.channel}": ${route.reason}` : '';
        return {
          path: [...r.path, 'data', (rawValue(ctx, [...r.path, 'data']) as unknown[]).indexOf('content')],
          message: `${label(r)} asks a platform portal for content. The hard limit of LERS is content: a portal gives subscriber info and login IPs, not messages or files.${where}`,
          fixes: [preferred, remove].filter((f): f is Fix => f !== undefined),
        };
      });
  },
};
