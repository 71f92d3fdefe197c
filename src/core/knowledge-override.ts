// The workspace knowledge file (`.which-channel/knowledge.yaml`): data only, validated against
// schemas/knowledge.schema.json by the compiled validator. A bad file gives findings in that
// file and is ignored; it never throws and never reaches the merge half-checked.
import type { CompiledValidator } from '../generated/knowledge-validator';
import type { KnowledgeOverride } from '../knowledge';
import { parseText, rangeOfPath, toRange } from './parse';
import { pointerToPath } from './schema';
import type { Finding } from './types';

export interface OverrideResult {
  override?: KnowledgeOverride;
  findings: Finding[];
}

/** Above this size a knowledge file is refused unread: it is a list of facts, not a data dump. */
export const MAX_KNOWLEDGE_BYTES = 1_000_000;

/** The code of a knowledge-file problem: its own page, docs/knowledge-file.md. */
export const KNOWLEDGE_FILE_CODE = 'knowledge-file';
const IGNORED = 'The knowledge file is ignored until this is fixed.';
const CONVENTIONS = 'budapest, eu_mla_2000, cets_030, oas_a55, asean_mla_2004, uncac, untoc';

interface AjvError { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }

/** What is wrong with one value, and what is allowed instead, in plain words. */
function explain(e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'format': return p.format === 'date' ? 'must be a date written YYYY-MM-DD (for example 2026-08-18)' : `must be a valid ${String(p.format)}`;
    case 'pattern': return /A-Z\]\{2\}/.test(String(p.pattern)) ? 'must be a two-letter ISO 3166-1 country code in capitals (GB, not UK)' : `must match ${String(p.pattern)}`;
    case 'type': return `must be ${p.type === 'array' ? 'a list' : p.type === 'object' ? 'a map of keys' : `a ${String(p.type)}`}`;
    case 'required': return `needs the key "${String(p.missingProperty)}"${/^(source|as_of)$/.test(String(p.missingProperty)) ? ': every fact carries a source and an as-of date' : ''}`;
    case 'additionalProperties': return 'is not a key the knowledge file knows';
    case 'anyOf': return 'gives no date: add "in_force" (the date the instrument binds the state) or "in_force_by" (a date or year it was known to be in force by); a party without a date decides nothing';
    case 'minItems': return `needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems': return `takes at most ${String(p.limit)} items`;
    case 'uniqueItems': return 'lists the same value twice';
    case 'minLength': return 'must not be empty';
    case 'unknownConvention': return `is not an instrument which-channel knows (${CONVENTIONS}): a knowledge file can correct or complete a known convention, not add one whose scope and place in the order no rule knows`;
    default: return e.message ?? 'is not valid';
  }
}

let compiled: CompiledValidator | undefined;
/**
 * The compiled knowledge-file validator, loaded on first use: only a workspace knowledge file
 * needs it, and it is the larger half of the generated validators (a bundle of its own).
 */
function validateKnowledge(data: unknown): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compiled ??= (require('../generated/knowledge-validator') as { validateKnowledge: CompiledValidator }).validateKnowledge;
  const ok = compiled(data);
  validateKnowledge.errors = compiled.errors;
  return ok;
}
validateKnowledge.errors = undefined as CompiledValidator['errors'];

export function parseKnowledgeOverride(text: string): OverrideResult {
  const parsed = parseText(text.length > MAX_KNOWLEDGE_BYTES ? '' : text);
  const finding = (ruleId: string, message: string, range = rangeOfPath(parsed, [])): Finding => ({ ruleId, severity: 'error', message, range, fixes: [], autofix: false });
  if (text.length > MAX_KNOWLEDGE_BYTES) return { findings: [finding(KNOWLEDGE_FILE_CODE, `The knowledge file is larger than ${MAX_KNOWLEDGE_BYTES} characters and was not read. ${IGNORED}`)] };
  // One finding per broken line, at the parser's position (parseText already merged cascades).
  const syntax = parsed.syntaxErrors.map((e) => finding('yaml-syntax', `${e.message} ${IGNORED}`, toRange(parsed, e.start, e.end)));
  if (syntax.length) return { findings: syntax };
  if (parsed.value === null || parsed.value === undefined) return { override: {}, findings: [] };
  if (validateKnowledge(parsed.value)) return { override: parsed.value as KnowledgeOverride, findings: [] };
  const all = (validateKnowledge.errors ?? []) as AjvError[];
  // A party without a date: one message (the anyOf's), not one per alternative key. An unknown
  // convention id: said once, at its key (Ajv reports it on the parent with the name in params).
  const dateless = new Set(all.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const errors = all
    .filter((e) => e.keyword !== 'if' && !(e.keyword === 'required' && dateless.has(e.instancePath)) && !(e.keyword === 'enum' && e.instancePath === '/conventions'))
    .map((e) => (e.keyword === 'propertyNames' ? { ...e, instancePath: `${e.instancePath}/${String(e.params.propertyName)}`, keyword: 'unknownConvention' } : e));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    const extra = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
    const path = pointerToPath(e.instancePath + extra, parsed.value);
    const where = path.length ? `"${path.join('.')}"` : 'The knowledge file';
    const message = `${where} ${explain(e)}. ${IGNORED}`;
    if (seen.has(message)) continue;
    seen.add(message);
    findings.push(finding(KNOWLEDGE_FILE_CODE, message, rangeOfPath(parsed, path, extra ? 'key' : 'value')));
  }
  return { findings };
}
