// The workspace knowledge file (`.which-channel/knowledge.yaml`): data only, validated against
// schemas/knowledge.schema.json by the compiled validator. A bad file gives findings in that
// file and is ignored; it never throws and never reaches the merge half-checked.
import { validateKnowledge } from '../generated/validators';
import type { KnowledgeOverride } from '../knowledge';
import { parseText, rangeOfPath } from './parse';
import { pointerToPath } from './schema';
import type { Finding } from './types';

export interface OverrideResult {
  override?: KnowledgeOverride;
  findings: Finding[];
}

/** Above this size a knowledge file is refused unread: it is a list of facts, not a data dump. */
export const MAX_KNOWLEDGE_BYTES = 1_000_000;

export function parseKnowledgeOverride(text: string): OverrideResult {
  const parsed = parseText(text.length > MAX_KNOWLEDGE_BYTES ? '' : text);
  const finding = (ruleId: string, message: string, range = rangeOfPath(parsed, [])): Finding => ({ ruleId, severity: 'error', message, range, fixes: [], autofix: false });
  if (text.length > MAX_KNOWLEDGE_BYTES) return { findings: [finding('schema', `The knowledge file is larger than ${MAX_KNOWLEDGE_BYTES} characters and was not read.`)] };
  const syntax = parsed.syntaxErrors.map((e) => finding('yaml-syntax', e.message, rangeOfPath(parsed, [])));
  if (syntax.length) return { findings: syntax };
  if (parsed.value === null || parsed.value === undefined) return { override: {}, findings: [] };
  if (validateKnowledge(parsed.value)) return { override: parsed.value as KnowledgeOverride, findings: [] };
  const findings = (validateKnowledge.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => {
    const extra = e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '';
    const path = pointerToPath(e.instancePath + extra, parsed.value);
    const where = path.length ? `\`${path.join('.')}\`` : 'The knowledge file';
    const what = e.keyword === 'additionalProperties' ? 'is not a known key' : e.message ?? 'is not valid';
    return finding('schema', `${where} ${what}: the knowledge file is ignored until this is fixed.`, rangeOfPath(parsed, path, extra ? 'key' : 'value'));
  });
  return { findings };
}
