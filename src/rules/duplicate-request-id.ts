// duplicate-request-id: request ids are how `after:` points at a request; two with one id make
// every reference to it ambiguous. Reported on the second.
import type { RequestView } from '../core/case';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';
import { uniqueId } from './util';

const firsts = new WeakMap<readonly RequestView[], Map<string, number>>();

/** Where each id first appears, computed once per check. */
function firstIndexes(all: readonly RequestView[]): Map<string, number> {
  let first = firsts.get(all);
  if (!first) {
    first = new Map();
    for (const r of all) if (r.id && !first.has(r.id)) first.set(r.id, r.index);
    firsts.set(all, first);
  }
  return first;
}

export const duplicateRequestId: Rule = {
  meta: { id: 'duplicate-request-id', severity: 'error', kind: 'file', summary: 'Two requests share an id.' },
  check(ctx) {
    const out: Report[] = [];
    const first = firstIndexes(ctx.all);
    for (const r of ctx.caseView.requests) {
      if (!r.id || first.get(r.id) === r.index) continue;
      const earlier = first.get(r.id)!;
      const fresh = uniqueId(ctx, r.id);
      out.push({
        path: [...r.path, 'id'],
        message: `The id "${r.id}" is already used by request ${earlier + 1}: "after:" could not tell them apart.`,
        fixes: [{ title: `Rename to "${fresh}"`, edits: ctx.editor.set(r.path, 'id', fresh) }],
        autofix: false,
      });
    }
    return out;
  },
};
