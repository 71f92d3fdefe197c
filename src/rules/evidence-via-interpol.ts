// evidence-via-interpol: INTERPOL is not an evidence channel and cannot compel anyone to act.
import { changeChannelFix, label } from '../core/fixes';
import { isDataAction, isPersonAction } from '../core/case';
import type { Rule } from '../core/rule';
import type { Fix, Report } from '../core/types';

export const evidenceViaInterpol: Rule = {
  meta: { id: 'evidence-via-interpol', severity: 'error', kind: 'channel', summary: 'INTERPOL asked for data or evidence: it locates and identifies people, it does not collect evidence.' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'interpol') continue;
      if (isDataAction(r.action) || r.action === 'testimony') {
        const route = ctx.route(r);
        const fix = changeChannelFix(ctx, r, route);
        const then = route.channel ? ` Use "${route.channel}": ${route.reason}` : ` ${route.reason}`;
        out.push({
          path: [...r.path, 'action'],
          message: `${label(r)} asks INTERPOL to ${r.action} ${r.action === 'testimony' ? 'testimony' : 'data'}. INTERPOL is not a route for obtaining evidence and cannot compel any member country to act.${then}`,
          fixes: fix ? [fix] : [],
        });
      } else if (isPersonAction(r.action) && r.data !== undefined) {
        const fix: Fix = { title: 'Remove "data"', edits: ctx.editor.remove(r.path, 'data') };
        out.push({
          path: [...r.path, 'data'],
          target: 'key',
          message: `${label(r)} lists data on an INTERPOL notice. A notice shares alerts about a person; it obtains no data. Ask for the data on an evidence route beside it.`,
          fixes: [fix],
        });
      }
    }
    return out;
  },
};
