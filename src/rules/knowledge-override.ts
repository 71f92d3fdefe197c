// knowledge-override: a workspace knowledge file that changes a shipped fact. The override is a
// real feature (a unit's own central-authority contact, a local bank), and also the way a shared
// case folder could put a phishing portal or a wrong authority into every draft: so a change to a
// shipped fact is a finding on that entry of the knowledge file, naming the shipped value and the
// new one. An addition (a new provider, a state with no shipped authority) and a value equal to
// the shipped one are not. It runs on the knowledge file, never on a case file: the comparison is
// `overrides` in src/core/knowledge-override.ts, which reports under this id and severity.
import type { Rule } from '../core/rule';

export const knowledgeOverride: Rule = {
  meta: {
    id: 'knowledge-override',
    severity: 'warning',
    summary: "A workspace knowledge file changes a shipped fact (a provider's portal, address, entity or emergency channel, a central authority, a 24/7 point, a treaty or party date).",
    kind: 'knowledge',
  },
  // A case file holds no knowledge: nothing to find in one.
  check: () => [],
};
