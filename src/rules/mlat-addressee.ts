// mlat-addressee: MLAT requests route through the requested state's designated central
// authority; misrouting adds months. Where the authority is unknown, ask the user to verify it.
import { flowText } from '../core/edits';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { addresseeMatches, mlaAuthority, workspaceSuffix } from '../knowledge';

export const mlatAddressee: Rule = {
  meta: { id: 'mlat-addressee', severity: 'warning', kind: 'channel', summary: "An MLAT request not addressed to the requested state's central authority." },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      if (r.channel !== 'mlat' || !r.requestedState) continue;
      const authority = mlaAuthority(ctx.knowledge, ctx.caseView.requestingState, r.requestedState, r.date);
      if (authority && r.addressee && addresseeMatches(authority, r.addressee)) continue;
      const path = r.addressee ? [...r.path, 'addressee'] : [...r.path, 'channel'];
      if (!authority) {
        out.push({ path, severity: 'info', message: `Verify the central authority of ${r.requestedState} for ${label(r)}: the knowledge base does not know it, and misrouting adds months.` });
        continue;
      }
      const from = workspaceSuffix(authority, 'name');
      out.push({
        path,
        message: r.addressee
          ? `${label(r)} is addressed to "${r.addressee}", but MLAT requests go through the central authority of ${r.requestedState}: ${authority.name}${from}. Misrouting adds months.`
          : `${label(r)} has no addressee. MLAT requests go through the central authority of ${r.requestedState}: ${authority.name}${from}.`,
        fixes: [{ title: `Address it to ${authority.name}`, edits: ctx.editor.set(r.path, 'addressee', flowText(authority.name), 'channel') }],
      });
    }
    return out;
  },
};
