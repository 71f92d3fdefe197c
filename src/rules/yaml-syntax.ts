// yaml-syntax: the YAML does not parse. Reported at the parser's range; the rest of the file is
// still checked where the parser recovered.
import type { Rule } from '../core/rule';

export const yamlSyntax: Rule = {
  meta: { id: 'yaml-syntax', severity: 'error', kind: 'file', summary: 'The YAML does not parse.' },
  check: (ctx) => ctx.parsed.syntaxErrors.map((e) => ({ path: [], offsets: [e.start, e.end] as [number, number], message: e.message })),
};
