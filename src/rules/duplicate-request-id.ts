// duplicate-request-id: request ids are how `after:` points at a request; two with one id make
// every reference to it ambiguous. Reported on the second.
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { uniqueId } from './util';

export const duplicateRequestId: Rule = {
  meta: { id: 'duplicate-request-id', severity: 'error', kind: 'file', summary: 'Two requests share an `id`.' },
  check(ctx) {
    const out: Report[] = [];
    const seen = new Map<string, number>();
    for (const r of ctx.caseView.requests) {
      if (!r.id) continue;
      const first = seen.get(r.id);
      if (first === undefined) {
        seen.set(r.id, r.index);
        continue;
      }
      const fresh = uniqueId(ctx, r.id);
      out.push({
        path: [...r.path, 'id'],
        message: `The id \`${r.id}\` is already used by request ${first + 1}: \`after:\` could not tell them apart.`,
        fixes: [{ title: `Rename to \`${fresh}\``, edits: ctx.editor.set(r.path, 'id', fresh) }],
        autofix: false,
      });
    }
    return out;
  },
};
