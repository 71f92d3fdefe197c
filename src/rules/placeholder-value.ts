// placeholder-value: a placeholder of the New case file skeleton or a snippet ("Your authority",
// "Platform name", "Short title") left where a fact goes. It reads like a value, passes the
// schema and would reach a draft ("To: Platform name"); flag it until it is replaced.
import { isPlaceholder } from '../core/placeholders';
import type { Rule } from '../core/rule';
import type { Report, YamlPath } from '../core/types';

/** Whether any string of the value is a placeholder: the common case, a file with none, walks once without paths. */
function any(v: unknown): boolean {
  if (typeof v === 'string') return isPlaceholder(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (any(v[i])) return true;
  } else if (v !== null && typeof v === 'object') {
    for (const k in v) if (any((v as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/** Every placeholder of the value, with its path; `path` is one array pushed and popped on the way (copied only for a finding). */
function walk(v: unknown, path: (string | number)[], out: Report[]): void {
  if (typeof v === 'string') {
    if (isPlaceholder(v)) out.push({ path: [...path] as YamlPath, message: `"${v.trim()}" is a placeholder, not a fact: replace it with the real value (or remove the key).` });
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      walk(v[i], path, out);
      path.pop();
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k in v) {
      path.push(k);
      walk((v as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
}

export const placeholderValue: Rule = {
  meta: { id: 'placeholder-value', severity: 'warning', kind: 'file', summary: 'A placeholder of the skeleton or a snippet ("Your authority", "Platform name") left where a fact goes.' },
  check(ctx) {
    const out: Report[] = [];
    const root = ctx.parsed.value;
    // The parse saw every string as it built the value (core/parse.ts): a file with none is done.
    if (ctx.parsed.placeholderFree || root === null || typeof root !== 'object' || Array.isArray(root) || !any(root)) return out;
    for (const [k, v] of Object.entries(root as Record<string, unknown>)) walk(v, [k], out);
    return out;
  },
};
