// The workspace knowledge file (`.which-channel/knowledge.yaml`): data only, validated against
// schemas/knowledge.schema.json by the compiled validator. A bad file gives findings in that
// file and is ignored; it never throws and never reaches the merge half-checked.
import type { CompiledValidator } from '../generated/knowledge-validator';
import { Knowledge, KnowledgeOverride, pairOf, Provider, SHIPPED } from '../knowledge';
import { parseText, ParsedDocument, rangeOfPath, toRange } from './parse';
import { pointerToPath } from './schema';
import type { Finding, Report, Severity, SeveritySetting, YamlPath } from './types';

/** The rule a changed shipped fact is reported under (src/rules/knowledge-override.ts, its page and setting). */
export const OVERRIDE_RULE = 'knowledge-override';
/** Its default severity: the same as the rule's meta (a test checks it). */
export const OVERRIDE_SEVERITY: Severity = 'warning';

export interface OverrideResult {
  override?: KnowledgeOverride;
  findings: Finding[];
  /** How many shipped facts the file changes (each is a `knowledge-override` finding unless that rule is off). */
  overrides: number;
}

export interface OverrideOptions {
  /** The knowledge the file is merged over (the shipped one). */
  base?: Knowledge;
  /** The user's rule severities: `knowledge-override` may be lowered or turned off. */
  severities?: Readonly<Record<string, SeveritySetting>>;
}

/** The `knowledge-override` findings of a valid file: each shipped fact it changes, on its entry. */
function overrideFindings(parsed: ParsedDocument, override: KnowledgeOverride, options: OverrideOptions): { findings: Finding[]; count: number } {
  const reports = overrides(options.base ?? SHIPPED, override);
  const setting = options.severities?.[OVERRIDE_RULE];
  if (setting === 'off') return { findings: [], count: reports.length };
  const severity = setting ?? OVERRIDE_SEVERITY;
  return {
    count: reports.length,
    findings: reports.map((r) => ({ ruleId: OVERRIDE_RULE, severity, message: r.message, range: rangeOfPath(parsed, r.path, r.target), fixes: [], autofix: false })),
  };
}

/** Above this size a knowledge file is refused unread: it is a list of facts, not a data dump. */
export const MAX_KNOWLEDGE_BYTES = 1_000_000;

/** The code of a knowledge-file problem: its own page, docs/knowledge-file.md. */
export const KNOWLEDGE_FILE_CODE = 'knowledge-file';
const IGNORED = 'The knowledge file is ignored until this is fixed.';
const CONVENTIONS = 'budapest, eu_mla_2000, cets_030, oas_a55, asean_mla_2004, uncac, untoc, un_drugs_1988';

interface AjvError { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }

/** What is wrong with one value, and what is allowed instead, in plain words. */
function explain(e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'format': return p.format === 'date' ? 'must be a date written YYYY-MM-DD (for example 2026-08-18)' : `must be a valid ${String(p.format)}`;
    case 'pattern':
      if (/A-Z\]\{2\}/.test(String(p.pattern))) return 'must be a two-letter ISO 3166-1 country code in capitals (GB, not UK)';
      if (String(p.pattern).startsWith('^https://')) return 'must be an https:// web address with no spaces, quotes or brackets';
      return `must match ${String(p.pattern)}`;
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

export function parseKnowledgeOverride(text: string, options: OverrideOptions = {}): OverrideResult {
  const parsed = parseText(text.length > MAX_KNOWLEDGE_BYTES ? '' : text);
  const finding = (ruleId: string, message: string, range = rangeOfPath(parsed, [])): Finding => ({ ruleId, severity: 'error', message, range, fixes: [], autofix: false });
  if (text.length > MAX_KNOWLEDGE_BYTES) return { findings: [finding(KNOWLEDGE_FILE_CODE, `The knowledge file is larger than ${MAX_KNOWLEDGE_BYTES} characters and was not read. ${IGNORED}`)], overrides: 0 };
  // One finding per broken line, at the parser's position (parseText already merged cascades).
  const syntax = parsed.syntaxErrors.map((e) => finding('yaml-syntax', `${e.message} ${IGNORED}`, toRange(parsed, e.start, e.end)));
  if (syntax.length) return { findings: syntax, overrides: 0 };
  if (parsed.value === null || parsed.value === undefined) return { override: {}, findings: [], overrides: 0 };
  if (validateKnowledge(parsed.value)) {
    const override = parsed.value as KnowledgeOverride;
    const o = overrideFindings(parsed, override, options);
    return { override, findings: o.findings, overrides: o.count };
  }
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
  return { findings, overrides: 0 };
}

// ---- The comparison: which shipped facts a workspace file changes ----

/** What says where a fact comes from, not what it is: a change to these alone is no override. */
// `state` and `states` are an entry's key (a pair's states in either order).
const PROVENANCE = new Set(['source', 'as_of', 'checked_on', 'confidence', 'note', 'verify', 'unknown', 'state', 'states']);

const show = (v: unknown): string => (v === undefined ? 'none' : typeof v === 'string' ? v : Array.isArray(v) ? v.map(show).join(', ') : JSON.stringify(v));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields a workspace entry changes in the shipped entry (provenance fields aside). */
function changedFields(base: object, extra: object): string[] {
  return Object.entries(extra).filter(([field, now]) => !PROVENANCE.has(field) && !same((base as Record<string, unknown>)[field], now)).map(([field]) => field);
}

/**
 * One report per changed entry, on its key: the fact, its shipped value and the new one (the
 * entry's main field where it changed, else the first changed field), and what else changed.
 */
function entryReport(path: YamlPath, what: string, base: object, extra: object, main?: string, text?: (e: object) => string): Report | undefined {
  const fields = changedFields(base, extra);
  if (fields.length === 0) return undefined;
  const lead = text ? undefined : main && fields.includes(main) ? main : fields[0];
  const value = (e: object) => (text ? text(e) : show((e as Record<string, unknown>)[lead!]));
  const label = text || lead === main ? what : `${lead} of ${what}`;
  const rest = fields.filter((f) => f !== lead && !text);
  return {
    path,
    target: 'key',
    message: `Overrides the shipped ${label}, ${value(base)}, with ${value(extra)}${rest.length ? ` (and its ${rest.join(', ')})` : ''}. Check it against its source before relying on it: hover cards and drafts mark it as from this workspace's knowledge file.`,
  };
}

const providerName = (p: Provider, id: string) => p.names?.[0] ?? id;
const portalText = (p: object) => {
  const x = p as NonNullable<Provider['portal']>;
  return x.none ? 'none (no law-enforcement portal)' : [x.name, x.address].filter(Boolean).join(', ') || 'a portal';
};
const entityText = (e: object) => {
  const x = e as { name?: string; address?: string; country?: string };
  return [x.name, x.address, x.country].filter(Boolean).join(', ');
};
const emergencyText = (e: object) => {
  const x = e as NonNullable<Provider['emergency']>;
  return [x.accepts === undefined ? undefined : x.accepts ? 'answered' : 'not answered', x.how].filter(Boolean).join(': ') || 'not stated';
};
const periodText = (p: object) => {
  const x = p as NonNullable<Provider['preservation']>;
  return x.days === undefined ? (x.accepts ? 'accepted, no period stated' : 'not stated') : `${x.days} days${x.extension_days ? `, extended by ${x.extension_days}` : ''}`;
};
const own = <T>(r: Record<string, T> | undefined, id: string): T | undefined => (r && Object.prototype.hasOwnProperty.call(r, id) ? r[id] : undefined);
const defined = (r: Report | undefined): r is Report => r !== undefined;

function providerReports(base: Knowledge, extra: KnowledgeOverride): Report[] {
  const out: (Report | undefined)[] = [];
  for (const [id, p] of Object.entries(extra.providers ?? {})) {
    const old = own(base.providers, id);
    if (!old) continue; // a new provider is an addition
    const who = providerName(old, id);
    const at = (...rest: YamlPath) => ['providers', id, ...rest];
    if (p.portal && old.portal) out.push(entryReport(at('portal'), `portal of ${who}`, old.portal, p.portal, undefined, portalText));
    if (p.entities && old.entities) {
      p.entities.forEach((e, i) => {
        const o = old.entities!.find((x) => x.region === e.region);
        if (o) out.push(entryReport(at('entities', i), `${e.region} entity of ${who}`, o, e, undefined, entityText));
      });
      for (const o of old.entities) {
        if (!p.entities.some((e) => e.region === o.region)) out.push({ path: at('entities'), target: 'key', message: `Drops the shipped ${o.region} entity of ${who}, ${entityText(o)}. Check it against its source before relying on it.` });
      }
    }
    if (p.emergency && old.emergency) out.push(entryReport(at('emergency'), `emergency channel of ${who}`, old.emergency, p.emergency, undefined, emergencyText));
    if (p.type && old.type) out.push(entryReport(at('type'), `type of ${who}`, old.type, p.type, 'value'));
    if (p.preservation && old.preservation) out.push(entryReport(at('preservation'), `preservation period of ${who}`, old.preservation, p.preservation, undefined, periodText));
    if (p.content && old.content) out.push(entryReport(at('content'), `content requirement of ${who}`, old.content, p.content, 'needs'));
    if (p.languages && old.languages) out.push(entryReport(at('languages'), `languages of ${who}`, old.languages, p.languages, 'value'));
    if (p.identifiers && old.identifiers && !same(p.identifiers.map((x) => [x.type, x.format]), old.identifiers.map((x) => [x.type, x.format]))) {
      out.push({ path: at('identifiers'), target: 'key', message: `Overrides the shipped identifier formats of ${who}. Check them against their source before relying on them.` });
    }
  }
  return out.filter(defined);
}

/** A list section keyed by state (or pair): one report per changed entry. */
function listReports<T extends object>(section: string, base: readonly T[] | undefined, extra: readonly T[] | undefined, key: (t: T) => string, what: (t: T) => string, main: string, skip: (t: T) => boolean = () => false): Report[] {
  const index = new Map((base ?? []).map((b) => [key(b), b]));
  return (extra ?? []).map((e, i) => {
    const old = index.get(key(e));
    return old && !skip(old) ? entryReport([section, i], what(e), old, e, main) : undefined;
  }).filter(defined);
}

/** A section keyed by id (channels, notices, conventions, facts): one report per changed entry. */
function recordReports(section: string, base: Record<string, object> | undefined, extra: Record<string, object> | undefined, what: (id: string) => string, ignore: readonly string[] = []): Report[] {
  return Object.entries(extra ?? {}).map(([id, e]) => {
    const old = own(base, id);
    const kept = Object.fromEntries(Object.entries(e).filter(([f]) => !ignore.includes(f)));
    return old ? entryReport([section, id], what(id), old, kept) : undefined;
  }).filter(defined);
}

/**
 * Every shipped fact a workspace knowledge file changes, as reports with paths into that file. An
 * entry with a key the shipped knowledge does not have is an addition (no report), and so is a
 * central authority for a state whose shipped entry says it is unknown.
 */
export function overrides(base: Knowledge, extra: KnowledgeOverride): Report[] {
  const conventionName = (id: string) => own(base.conventions, id)?.short ?? own(base.conventions, id)?.title ?? id;
  const parties: (Report | undefined)[] = [];
  for (const [id, c] of Object.entries(extra.conventions ?? {})) {
    const old = own(base.conventions, id);
    if (!old || !c.parties) continue;
    const index = new Map((old.parties ?? []).map((p) => [p.state, p]));
    c.parties.forEach((p, i) => {
      const o = index.get(p.state);
      if (o) parties.push(entryReport(['conventions', id, 'parties', i], `date of ${p.state} under ${conventionName(id)}`, o, p, undefined, (x) => show((x as { in_force?: string; in_force_by?: unknown }).in_force ?? `by ${show((x as { in_force_by?: unknown }).in_force_by)}`)));
    });
  }
  const single = (section: string, b: object | undefined, e: object | undefined, title: string) => (b && e ? entryReport([section], title, b, e) : undefined);
  return [
    ...providerReports(base, extra),
    ...listReports('central_authorities', base.central_authorities, extra.central_authorities, (a) => a.state, (a) => `central authority of ${a.state}`, 'name', (a) => a.unknown === true),
    ...listReports('points_24_7', base.points_24_7, extra.points_24_7, (p) => p.state, (p) => `24/7 point of ${p.state}`, 'name'),
    ...listReports('mlat_pairs', base.mlat_pairs, extra.mlat_pairs, pairOf, (p) => `treaty between ${p.states[0]} and ${p.states[1]}`, 'in_force'),
    ...listReports('outgoing', base.outgoing, extra.outgoing, (o) => o.state, (o) => `outgoing route of ${o.state}`, 'transmits'),
    ...(['eio', 'mla'] as const).flatMap((kind) => listReports(`languages.${kind}`, base.languages?.[kind], extra.languages?.[kind], (l) => l.state, (l) => `${kind === 'eio' ? 'EIO' : 'MLA'} languages of ${l.state}`, 'languages').map((r) => ({ ...r, path: ['languages', kind, ...r.path.slice(1)] }))),
    ...listReports('cloud_act_agreements', base.cloud_act_agreements, extra.cloud_act_agreements, (a) => a.state, (a) => `CLOUD Act agreement of ${a.state}`, 'in_force'),
    ...recordReports('conventions', base.conventions as Record<string, object> | undefined, extra.conventions as Record<string, object> | undefined, (id) => conventionName(id), ['parties']),
    ...parties.filter(defined),
    ...recordReports('channels', base.channels, extra.channels, (id) => `channel ${id}`),
    ...recordReports('notices', base.notices, extra.notices, (id) => `${id} notice`),
    ...recordReports('facts', base.facts, extra.facts, (id) => `fact ${id}`),
    ...[single('e_evidence', base.e_evidence, extra.e_evidence, 'e-Evidence Regulation'), single('eio', base.eio, extra.eio, 'European Investigation Order'),
      single('us_eu_agreement', base.us_eu_agreement, extra.us_eu_agreement, 'US-EU Agreement'), single('content_wall', base.content_wall, extra.content_wall, 'content wall')].filter(defined),
  ];
}
