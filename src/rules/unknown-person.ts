// unknown-person: a request's `persons:` names someone `case.persons` does not hold (issue 20,
// forms.md section 4). The document would list the person without identity, role or address.
import type { Rule } from '../core/rule';
import { nearest } from '../core/suggest';
import type { Report } from '../core/types';

export const unknownPerson: Rule = {
  meta: { id: 'unknown-person', severity: 'error', kind: 'file', summary: 'A request\'s "persons:" names someone "case.persons" does not list.' },
  check(ctx) {
    const out: Report[] = [];
    const known = (ctx.caseView.persons ?? []).map((p) => p.name);
    for (const r of ctx.caseView.requests) {
      (r.persons ?? []).forEach((name, i) => {
        if (known.includes(name)) return;
        const near = nearest(name, known);
        out.push({
          path: [...r.path, 'persons', i],
          fixes: [],
          autofix: false,
          message: `"${name}" is not among the persons of the case (case.persons), so the request cannot say who this is.${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ` Add { name: "${name}", role, born, nationality, address } to case.persons.`}`,
        });
      });
    }
    return out;
  },
};
