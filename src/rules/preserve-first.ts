// preserve-first: "Preserve first, always." A production from a platform with no preservation
// request for the same holder risks losing the data to retention limits while the request waits.
import { isPlatformHeld, RequestView } from '../core/case';
import { slug } from '../core/ids';
import { label } from '../core/fixes';
import { isRecord } from '../core/records';
import type { Rule, RuleContext } from '../core/rule';
import type { Report } from '../core/types';
import { hasPortal } from '../knowledge';
import { holderKey, nameKey, uniqueId } from './util';

const indexes = new WeakMap<readonly RequestView[], (r: RequestView) => boolean>();

/** The preservations of the file, indexed once per check: by id, and by holder name. */
function preservations(ctx: RuleContext) {
  let found = indexes.get(ctx.all);
  if (!found) indexes.set(ctx.all, (found = indexPreservations(ctx)));
  return found;
}

function indexPreservations(ctx: RuleContext) {
  const ids = new Set<string>();
  const holders = new Set<string>();
  // A preservation on any channel counts (lers, network_24_7, eio, eu_preservation_order; one on
  // a treaty channel is preservation-via-treaty's to report). The same holder: by name, or by
  // registry provider ("Instagram" and "Meta Platforms, Inc.").
  for (const p of ctx.all) {
    if (p.action !== 'preserve') continue;
    if (p.id) ids.add(p.id);
    if (p.holder?.name) holders.add(nameKey(p.holder.name));
    const key = holderKey(ctx, p.holder);
    if (key) holders.add(key);
  }
  return (r: RequestView) => (r.after !== undefined && ids.has(r.after)) || (r.holder?.name !== undefined && holders.has(nameKey(r.holder.name))) || holders.has(holderKey(ctx, r.holder) ?? '\0');
}

export const preserveFirst: Rule = {
  meta: { id: 'preserve-first', severity: 'warning', kind: 'channel', summary: 'Platform-held data is asked for with no preservation request for that holder in the file.' },
  check(ctx) {
    const out: Report[] = [];
    const preserved = preservations(ctx);
    for (const r of ctx.caseView.requests) {
      // Bank records are never a platform's to give, so there is nothing of them to preserve there.
      const data = (r.data ?? []).filter((d) => d !== 'bank_records');
      if (r.action !== 'produce' || !isPlatformHeld(r.holder) || !r.holder?.name || data.length === 0 || preserved(r)) continue;
      // Through the portal, unless the registry says the provider runs none: then the best route.
      const channel = hasPortal(ctx.knowledge, r.holder) ? 'lers' : ctx.route({ ...r, action: 'preserve' }).channel;
      const id = uniqueId(ctx, `preserve-${slug(r.holder.name)}`);
      const request = {
        id,
        channel,
        action: 'preserve',
        holder: ctx.editor.copyOf([...r.path, 'holder']),
        data,
        identifiers: ctx.editor.copyOf([...r.path, 'identifiers']),
      };
      out.push({
        path: [...r.path, 'action'],
        message: `${label(r)} asks ${r.holder.name} for data with no preservation request for it. Preserve first, always: a preservation request through the portal buys the months this request may take without losing the data to retention limits.`,
        fixes: channel === undefined ? [] : [{
          title: channel === 'lers' ? `Add a LERS preservation request "${id}" before it` : `Add a "${channel}" preservation request "${id}" before it`,
          // A sent request keeps what it says: no `after:` is written into it afterwards.
          edits: [...ctx.editor.insertRequest(r.path[1], 'before', request), ...(isRecord(r, ctx.today) ? [] : ctx.editor.set(r.path, 'after', id, 'action'))],
        }],
      });
    }
    return out;
  },
};
