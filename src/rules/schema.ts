// schema: the file breaks the JSON Schema (schemas/case.schema.json). One finding per problem,
// on the narrowest node; an unknown key or value offers the nearest valid ones as quick fixes.
import type { Rule } from '../core/rule';

export const schema: Rule = {
  meta: { id: 'schema', severity: 'error', kind: 'file', summary: 'The file breaks the case-file schema: a missing or unknown key, a wrong value or type.' },
  check: (ctx) => ctx.schema.reports,
};
