// missing-element: what the document a request becomes still lacks (the essential elements of
// its kind, drafting.md). A hint by default: a draft may be incomplete, and a squiggle on every
// request of every file is noise (VS Code draws a hint as dots; the CLI shows it with --hints);
// raise it to warning before sending. One finding per request, on its id.
import { draftKind, Element, KIND_NAMES, missingElements } from '../core/essentials';
import { label } from '../core/fixes';
import type { Rule } from '../core/rule';
import type { Report } from '../core/types';

const say = (m: Element) => (m.key === 'the knowledge base' ? m.label : `${m.label} (${m.key})`);

// Most requests of a file lack the same few elements: their list is written once, found by
// walking the (shared, prebuilt) element objects through a tree of maps.
interface Node { next: Map<Element, Node>; list?: string }
const lists: Node = { next: new Map() };
function listOf(missing: readonly Element[]): string {
  let node = lists;
  for (const m of missing) {
    let child = node.next.get(m);
    if (!child) {
      if (node.next.size >= 64) return missing.map(say).join('; '); // one-off elements (a follow-up naming an id)
      node.next.set(m, (child = { next: new Map() }));
    }
    node = child;
  }
  return (node.list ??= missing.map(say).join('; '));
}

export const missingElement: Rule = {
  meta: { id: 'missing-element', severity: 'hint', kind: 'channel', summary: 'A request whose document still lacks an essential element (facts, relevance, date range, legal basis...).' },
  check(ctx) {
    const out: Report[] = [];
    for (const r of ctx.caseView.requests) {
      const kind = draftKind(r);
      if (!kind || !r.id) continue;
      const missing = missingElements(ctx.caseView, r, ctx.all, ctx.knowledge);
      if (missing.length === 0) continue;
      const list = listOf(missing);
      out.push({ path: [...r.path, 'id'], message: `The ${KIND_NAMES[kind]} ${label(r)} still lacks: ${list}.` });
    }
    return out;
  },
};
