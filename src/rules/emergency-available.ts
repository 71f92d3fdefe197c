// emergency-available: a threat to life, and content from a US provider asked for by MLAT or
// letter rogatory, which take months. US law lets the provider disclose content voluntarily in
// an emergency (18 U.S.C. 2702(b)(8); discretionary). Information only: the fix inserts an
// emergency request to the same holder before it, as a quick fix.
import type { RequestView } from '../core/case';
import { isProvider } from '../core/case';
import { slug } from '../core/ids';
import { label } from '../core/fixes';
import type { Rule, RuleContext } from '../core/rule';
import type { Report } from '../core/types';
import { findProvider, primaryEmergency } from '../knowledge';
import { holderKey, uniqueId } from './util';


const emergencies = new WeakMap<readonly RequestView[], Set<string>>();

/** The holders the file already sends an emergency request to, indexed once per check. */
function covered(ctx: RuleContext): Set<string> {
  let set = emergencies.get(ctx.all);
  if (!set) {
    set = new Set(ctx.all.filter((o) => o.emergency === true).map((o) => holderKey(ctx, o.holder)).filter((k): k is string => k !== undefined));
    emergencies.set(ctx.all, set);
  }
  return set;
}

export const emergencyAvailable: Rule = {
  meta: { id: 'emergency-available', severity: 'info', kind: 'channel', summary: 'A threat to life, and content from a US provider asked for only by a treaty request: an emergency request may be answered in hours.' },
  check(ctx) {
    const out: Report[] = [];
    if (ctx.caseView.urgency !== 'threat_to_life') return out;
    for (const r of ctx.caseView.requests) {
      if (r.action !== 'produce' || (r.channel !== 'mlat' && r.channel !== 'letter_rogatory') || !r.data?.includes('content')) continue;
      if (!isProvider(r.holder) || r.holder!.country !== 'US' || !r.holder!.name) continue;
      if (r.emergency === true) continue;
      const key = holderKey(ctx, r.holder)!;
      if (covered(ctx).has(key)) continue;
      const m = findProvider(ctx.knowledge, r.holder);
      const policy = m && primaryEmergency(m.provider);
      const how = policy?.accepts === true ? ` ${r.holder!.name} answers emergency requests${policy.how ? `: ${policy.how}` : ''}.` : '';
      const id = uniqueId(ctx, `emergency-${slug(r.holder!.name)}`);
      const request = {
        id,
        channel: 'lers',
        action: 'produce',
        emergency: true,
        holder: ctx.editor.copyOf([...r.path, 'holder']),
        data: ctx.editor.copyOf([...r.path, 'data']),
        identifiers: ctx.editor.copyOf([...r.path, 'identifiers']),
      };
      out.push({
        path: [...r.path, 'channel'],
        message: `${label(r)} asks a US provider for content by ${r.channel === 'mlat' ? 'MLAT' : 'letter rogatory'}, which takes months, in a case with a threat to life. US law lets the provider disclose content voluntarily in an emergency (18 U.S.C. 2702(b)(8); at its discretion): send an emergency disclosure request as well.${how}`,
        fixes: [{ title: `Add an emergency request "${id}" before it`, edits: ctx.editor.insertRequest(r.path[1], 'before', request) }],
        autofix: false,
      });
    }
    return out;
  },
};
