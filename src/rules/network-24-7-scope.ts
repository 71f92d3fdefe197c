// network-24-7-scope: the Budapest Convention's 24/7 network preserves evidence in electronic
// form between parties (Arts 29, 35); it discloses nothing (that takes a mutual legal assistance
// request, Art. 31), and it does not reach bank records.
import { changeChannelFix, label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report, YamlPath } from '../core/types';
import { budapestParty } from '../knowledge';
import { rawValue } from './util';

export const network247Scope: Rule = {
  meta: { id: 'network-24-7-scope', severity: 'error', kind: 'channel', summary: 'A 24/7 network request for something other than preservation, between states not both parties to the Budapest Convention, or for data outside its scope.' },
  check(ctx) {
    const out: Report[] = [];
    const k = ctx.knowledge;
    const c = k.conventions?.budapest;
    const name = c?.short ?? 'the Budapest Convention';
    const S = ctx.caseView.requestingState;
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'network_24_7') continue;
      let why: string | undefined;
      let path: YamlPath = [...r.path, 'channel'];
      const outside = (r.data ?? []).filter((d) => c?.scope?.data && !c.scope.data.includes(d));
      // A person action is person-via-evidence-channel's (one mistake, one finding).
      if (r.action === 'produce' || r.action === 'testimony') {
        why = `the 24/7 network only preserves data (Art. 29): ${r.action === 'produce' ? 'disclosure needs a mutual legal assistance request (Art. 31)' : 'it takes no testimony'}`;
        path = [...r.path, 'action'];
      } else if (outside.length > 0) {
        why = `${name} covers evidence in electronic form, not ${outside.join(', ')}`;
        const i = (rawValue(ctx, [...r.path, 'data']) as unknown[]).indexOf(outside[0]);
        path = [...r.path, 'data', i];
      } else {
        // budapestParty says false only where the list of parties is complete: unknown is silent.
        const not = [S, r.requestedState].filter((s) => s && budapestParty(k, s, r.date) === false);
        if (not.length > 0) why = `${not.join(' and ')} ${not.length > 1 ? 'are' : 'is'} not a party to ${name} on ${r.date}`;
      }
      if (!why) continue;
      const route = ctx.route(r);
      const fix = changeChannelFix(ctx, r, route);
      out.push({
        path,
        message: `${label(r)} goes over the 24/7 network, but ${why}.${route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`}`,
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};
