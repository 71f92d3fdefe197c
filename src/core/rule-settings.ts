// The `whichChannel.rules` setting checked against the rule ids: which configured ids are no rule
// (with the nearest id, a likely misspelling) and which severities are not error, warning, info,
// hint or off. The extension says it once per distinct set, in plain text.
import { nearest } from './suggest';

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

export interface RuleSettingsCheck {
  unknown: { id: string; nearest?: string }[];
  badSeverity: { id: string; value: unknown }[];
}

export function checkRuleSettings(rules: unknown, known: readonly string[]): RuleSettingsCheck {
  const out: RuleSettingsCheck = { unknown: [], badSeverity: [] };
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return out;
  for (const [id, value] of Object.entries(rules)) {
    if (!known.includes(id)) out.unknown.push({ id, nearest: nearest(id, known, 1)[0] });
    else if (!(SEVERITY_SETTINGS as readonly unknown[]).includes(value)) out.badSeverity.push({ id, value });
  }
  return out;
}

/** One plain-text sentence per problem, or undefined when the setting is fine. */
export function ruleSettingsMessage(c: RuleSettingsCheck): string | undefined {
  const parts = [
    ...c.unknown.map((u) => `"${u.id}" is not a rule id${u.nearest ? ` (did you mean "${u.nearest}"?)` : ''}`),
    ...c.badSeverity.map((b) => `"${b.id}": ${JSON.stringify(b.value)} is not a severity (use error, warning, info, hint or off)`),
  ];
  if (parts.length === 0) return undefined;
  return `whichChannel.rules: ${parts.join('; ')}. ${parts.length === 1 ? 'It is' : 'They are'} ignored.`;
}
