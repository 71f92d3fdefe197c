// placeholder-value: a placeholder of the New case file skeleton or a snippet ("Your authority",
// "Platform name", "Short title") left where a fact goes. It reads like a value, passes the
// schema and would reach a draft ("To: Platform name"); flag it until it is replaced.
import { isPlaceholder } from '../core/placeholders';
import type { Rule } from '../core/rule';
import type { Report, YamlPath } from '../core/types';

function walk(v: unknown, path: (string | number)[], out: Report[]): void {
  if (isPlaceholder(v)) {
    out.push({ path: path as YamlPath, message: `"${v.trim()}" is a placeholder, not a fact: replace it with the real value (or remove the key).` });
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => walk(x, [...path, i], out));
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...path, k], out);
  }
}

export const placeholderValue: Rule = {
  meta: { id: 'placeholder-value', severity: 'warning', kind: 'file', summary: 'A placeholder of the skeleton or a snippet ("Your authority", "Platform name") left where a fact goes.' },
  check(ctx) {
    const out: Report[] = [];
    const root = ctx.parsed.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) return out;
    for (const [k, v] of Object.entries(root as Record<string, unknown>)) walk(v, [k], out);
    return out;
  },
};
