// unknown-request-ref: `after:` names a request id that is not in the file, or the request's own
// id (a request that builds on itself would wait for ever).
import type { Rule } from '../core/rule';
import { nearest } from '../core/suggest';
import type { Report } from '../core/types';

export const unknownRequestRef: Rule = {
  meta: { id: 'unknown-request-ref', severity: 'error', kind: 'file', summary: '"after:" names no request in the file, or the request itself.' },
  check(ctx) {
    const out: Report[] = [];
    const known = ctx.ids;
    for (const r of ctx.caseView.requests) {
      if (r.after && r.after === r.id) {
        out.push({
          path: [...r.path, 'after'],
          message: `"after: ${r.after}" names this request itself: a request cannot build on itself. Name the request it waits for, or remove "after".`,
          fixes: [{ title: 'Remove "after"', edits: ctx.editor.remove(r.path, 'after') }],
          autofix: false,
        });
        continue;
      }
      if (!r.after || known.has(r.after)) continue;
      const near = nearest(r.after, [...known].filter((id) => id !== r.id));
      out.push({
        path: [...r.path, 'after'],
        message: `"after: ${r.after}" names no request in this file.${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`,
        fixes: near.map((n) => ({ title: `Change to "${n}"`, edits: ctx.editor.set(r.path, 'after', n) })),
        autofix: near.length === 1,
      });
    }
    return out;
  },
};
