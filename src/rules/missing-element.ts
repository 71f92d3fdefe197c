// missing-element: what the document a request becomes still lacks (the essential elements of
// its kind, drafting.md). Info by default: a draft may be incomplete; raise it to warning before
// sending. One finding per request, on its id.
import { draftKind, KIND_NAMES, missingElements } from '../core/essentials';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

export const missingElement: Rule = {
  meta: { id: 'missing-element', severity: 'info', kind: 'channel', summary: 'A request whose document still lacks an essential element (facts, relevance, date range, legal basis...).' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      const kind = draftKind(r);
      if (!kind || !r.id) continue;
      const missing = missingElements(ctx.caseView, r, ctx.all, ctx.knowledge);
      if (missing.length === 0) continue;
      const list = missing.map((m) => (m.key === 'the knowledge base' ? m.label : `${m.label} (${m.key})`)).join('; ');
      out.push({ path: [...r.path, 'id'], message: `The ${KIND_NAMES[kind]} ${label(r)} still lacks: ${list}.` });
    }
    return out;
  },
};
