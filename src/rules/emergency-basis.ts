// emergency-basis: an emergency disclosure request (danger of death or serious physical injury)
// in a case that does not say it is a threat to life. Either the case's urgency or the request's
// claim is wrong: both fixes change a factual claim, so they are quick fixes only.
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

export const emergencyBasis: Rule = {
  meta: { id: 'emergency-basis', severity: 'warning', kind: 'channel', summary: 'An emergency disclosure request in a case whose urgency is not a threat to life.' },
  check(ctx) {
    const out: Report[] = [];
    const urgency = ctx.caseView.urgency;
    if (urgency === 'threat_to_life') return out;
    const hasUrgency = ctx.editor.mapAt(['case']) && ctx.editor.pairOf(ctx.editor.mapAt(['case'])!, 'urgency');
    for (const r of ctx.caseView.requests) {
      if (r.emergency !== true) continue;
      out.push({
        path: [...r.path, 'emergency'],
        message: `${label(r)} is an emergency disclosure request, but the case's urgency is ${urgency ? `"${urgency}"` : 'not given'}. Providers answer emergency requests only for a danger of death or serious physical injury: say so in the case (urgency "threat_to_life"), or send an ordinary request.`,
        fixes: [
          { title: 'Set the case urgency to "threat_to_life"', edits: ctx.editor.set(['case'], 'urgency', 'threat_to_life', hasUrgency ? undefined : 'requesting_state') },
          { title: 'Remove "emergency" from this request', edits: ctx.editor.remove(r.path, 'emergency') },
        ],
        autofix: false,
      });
    }
    return out;
  },
};
