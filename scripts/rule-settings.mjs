// The `whichChannel.rules` setting lists every rule id as a property (so VS Code completes the ids
// and flags an unknown one), generated from src/rules/*.ts so it cannot drift from the rules:
// each file but index.ts and util.ts is a rule, its meta gives the default severity and summary.
// scripts/build.mjs rewrites package.json when it differs; test/unit/settings.test.ts checks it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** A string literal of the source ('…' or "…") as its value. */
const unquote = (lit) => lit.slice(1, -1).replace(/\\(.)/g, '$1');

/** The rules as { id, severity, summary }, by id, read from the rule sources. */
export function ruleMetas(root) {
  const dir = join(root, 'src', 'rules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'util.ts')
    .map((f) => {
      const id = f.slice(0, -3);
      const src = readFileSync(join(dir, f), 'utf8');
      const severity = /\bseverity:\s*'(error|warning|info|hint)'/.exec(src)?.[1];
      const summary = /\bsummary:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/.exec(src)?.[1];
      return { id, severity, summary: summary ? unquote(summary) : undefined };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The property schema of one rule id in `whichChannel.rules`. */
export function ruleProperty({ id, severity, summary }) {
  return {
    type: 'string',
    enum: SEVERITIES,
    description: `Default: ${severity ?? 'error'}. ${summary ?? ''}`.trim(),
  };
}

/** The `properties` of `whichChannel.rules`, every rule id in name order. */
export function ruleProperties(root) {
  return Object.fromEntries(ruleMetas(root).map((m) => [m.id, ruleProperty(m)]));
}
