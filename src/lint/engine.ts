// The engine: text in, findings out. Parse with positions, run the compiled schema, build the
// typed case, run every rule, then map paths to ranges, apply severities and disable comments.
// `fixText` applies preferred fixes until nothing changes. Imports no `vscode`.
import { buildCaseView, RequestView } from '../core/case';
import { applyEdits, Editor, editsOverlap } from '../core/edits';
import { idsOf } from '../core/ids';
import { locate, parseText, ParsedDocument, rangeOfPath, toRange } from '../core/parse';
import { dropAnswered, recordSpans, sparesRecords } from '../core/records';
import { offenceFacts } from '../core/legal-basis';
import { bestRoute, Route } from '../core/route';
import type { Rule, RuleContext } from '../core/rule';
import { checkSchema } from '../core/schema';
import type { Finding, Fix, Report, SeveritySetting } from '../core/types';
import { Knowledge, OffenceFacts, SHIPPED } from '../knowledge';
import { RULES } from '../rules';

export interface LintOptions {
  /** `YYYY-MM-DD`; the date for requests with no `sent`. Default: the local date. */
  today?: string;
  knowledge?: Knowledge;
  /** Days ahead that count as due soon (`preservation-expiring`). Default: `DUE_SOON_DAYS`. */
  dueSoonDays?: number;
  /** Per-rule severity overrides; `off` silences a rule. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  rules?: readonly Rule[];
}

/** The default window of `preservation-expiring`, in days (register.md; the setting's default). */
export const DUE_SOON_DAYS = 14;

export interface LintResult {
  findings: Finding[];
  parsed: ParsedDocument;
  context: RuleContext;
}

/** Today's date in local time, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DISABLE = /#\s*which-channel-disable-next-line\b([^\n]*)/;

/** Lines (zero-based) silenced by `# which-channel-disable-next-line [ids]`, with their ids (empty: all). */
function disabledLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('which-channel-disable')) return out;
  text.split('\n').forEach((line, i) => {
    const m = DISABLE.exec(line);
    if (m) out.set(i + 1, new Set(m[1].split(/[\s,]+/).filter((s) => s && !s.startsWith('--'))));
  });
  return out;
}

/**
 * The best route of each request, computed once per check, and once per distinct question: a
 * file asks the same few (the same holder, data and date on many requests). A route is never
 * changed by its readers, so requests that ask the same question share it.
 */
function routeMemo(k: Knowledge, requestingState: string | undefined, facts: OffenceFacts) {
  const memo = new WeakMap<RequestView, Route>();
  const byQuestion = new Map<string, Route>();
  return (r: RequestView): Route => {
    let route = memo.get(r);
    if (!route) {
      const h = r.holder;
      const key = `${r.action}\u0000${h ? `${h.name}\u0000${h.type}\u0000${h.country}\u0000${h.eu_services}\u0000${h.entity}` : '-'}\u0000${r.data?.join('\u0001')}\u0000${r.requestedState}\u0000${r.date}`;
      route = byQuestion.get(key);
      if (!route) {
        route = bestRoute(k, { action: r.action, holder: r.holder, data: r.data, requestingState, requestedState: r.requestedState, date: r.date, facts });
        byQuestion.set(key, route);
      }
      memo.set(r, route);
    }
    return route;
  };
}

/** The span (offsets) that owns a path, for dropping the cascade under a syntax error. */
function ownerSpan(p: ParsedDocument, report: Report): [number, number] | undefined {
  const top = report.path[0] === 'requests' && typeof report.path[1] === 'number' ? report.path.slice(0, 2) : report.path.slice(0, 1);
  if (top.length === 0) return [0, p.text.length];
  const loc = locate(p.doc, top);
  const node = loc.node ?? loc.pair?.key;
  const r = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!r) return undefined;
  const keyStart = (loc.pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
  return [keyStart ?? r[0], r[2]];
}

/** Build the rule context for a parsed document (the whole file, or one request's slice of it). */
export function makeContext(parsed: ParsedDocument, options: LintOptions, viewIndex?: (i: number) => number): RuleContext {
  const knowledge = options.knowledge ?? SHIPPED;
  const today = options.today ?? localToday();
  const schema = checkSchema(parsed);
  const caseView = buildCaseView(parsed.value, schema.bad, today, parsed.placeholderFree);
  if (viewIndex) for (const r of caseView.requests) r.index = viewIndex(r.index);
  return { parsed, caseView, knowledge, today, dueSoonDays: options.dueSoonDays ?? DUE_SOON_DAYS, editor: new Editor(parsed), schema, all: caseView.requests, ids: new Set(idsOf(parsed.value)), route: routeMemo(knowledge, caseView.requestingState, offenceFacts(caseView)) };
}

/**
 * Run rules on a context and turn their reports into findings: ranges, severities, disable
 * comments, and no cascade under a syntax error. `requestIndex` maps a report's request path
 * index to the file's (the incremental checker works on one request at a time).
 */
export function runRules(context: RuleContext, rules: readonly Rule[], options: LintOptions, requestIndex: (i: number) => number = (i) => i): Finding[] {
  const parsed = context.parsed;
  const severities = options.severities ?? {};
  const disabled = disabledLines(parsed.text);
  const findings: Finding[] = [];
  const syntaxSpans = parsed.syntaxErrors.map((e) => [e.start, e.end] as const);
  // A sent request is a record: no fix changes it (core/records.ts).
  const records = recordSpans(parsed, context.caseView.requests, context.today);
  for (const rule of rules) {
    const setting = severities[rule.meta.id];
    if (setting === 'off') continue;
    let reports: Report[];
    try {
      reports = rule.check(context);
    } catch (err) {
      // A rule that throws on a strange file must not take the other rules down with it.
      reports = [{ path: [], message: `which-channel could not run rule ${rule.meta.id} on this file: ${(err as Error).message}` }];
    }
    for (const rep of reports) {
      if (rule.meta.id !== 'yaml-syntax' && syntaxSpans.length) {
        const owner = ownerSpan(parsed, rep);
        if (!owner || syntaxSpans.some(([s, e]) => s <= owner[1] && e >= owner[0])) continue;
      }
      const range = rep.offsets ? toRange(parsed, rep.offsets[0], rep.offsets[1]) : rangeOfPath(parsed, rep.path, rep.target);
      const ids = disabled.get(range.start.line);
      if (ids && (ids.size === 0 || ids.has(rule.meta.id))) continue;
      const severity = setting ?? rep.severity ?? rule.meta.severity;
      const fixes = (rep.fixes ?? []).filter((f) => f.edits.length > 0 && (records.length === 0 || sparesRecords(f, records)));
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: rep.message,
        range,
        fixes,
        requestIndex: rep.path[0] === 'requests' && typeof rep.path[1] === 'number' ? requestIndex(rep.path[1]) : undefined,
        autofix: (severity === 'error' || severity === 'warning') && fixes.length > 0 && rep.autofix !== false,
      });
    }
  }
  return findings;
}

const CHANNEL_IDS = new Set(RULES.filter((r) => r.meta.kind === 'channel').map((r) => r.meta.id));

/**
 * faster-route never fires on a request with an error from another channel rule; a finding on a
 * sent request that a follow-up in `all` answers is dropped (core/records.ts); then sort by place.
 */
export function finishFindings(findings: Finding[], all: readonly RequestView[], knowledge: Knowledge): Finding[] {
  findings = dropAnswered(findings, all, knowledge);
  const erred = new Set(findings.filter((f) => f.severity === 'error' && CHANNEL_IDS.has(f.ruleId) && f.ruleId !== 'faster-route').map((f) => f.requestIndex));
  const kept = findings.filter((f) => !(f.ruleId === 'faster-route' && erred.has(f.requestIndex)));
  return kept.sort(compareFindings);
}

export const compareFindings = (a: Finding, b: Finding) => a.range.startOffset - b.range.startOffset || a.range.endOffset - b.range.endOffset || a.ruleId.localeCompare(b.ruleId);

export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const parsed = parseText(text);
  const context = makeContext(parsed, options);
  const findings = finishFindings(runRules(context, options.rules ?? RULES, options), context.all, context.knowledge);
  return { findings, parsed, context };
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, options).findings;
}

export interface FixResult {
  output: string;
  /** Fixes applied, over all passes. */
  applied: number;
  passes: number;
  /** What is left after the last pass. */
  remaining: Finding[];
  /** Why nothing was written, when the input could not be fixed safely. */
  refused?: string;
}

/**
 * Pick the fixes one pass may apply together: preferred fixes of error and warning findings
 * that allow it, identical edits merged, no two touching the same text, one per request.
 */
export function selectFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const seen = new Set<string>();
  const requests = new Set<number>();
  // Schema fixes first; a channel fix waits for the pass after its request's shape is right,
  // so it never copies a value the schema refused (a holder cut in two by a comma).
  const shapeBroken = new Set(findings.filter((f) => f.ruleId === 'schema').map((f) => f.requestIndex));
  const ordered = [...findings].sort((a, b) => Number(b.ruleId === 'schema') - Number(a.ruleId === 'schema'));
  for (const f of ordered) {
    if (!f.autofix || (f.severity !== 'error' && f.severity !== 'warning')) continue;
    if (f.ruleId !== 'schema' && f.requestIndex !== undefined && shapeBroken.has(f.requestIndex)) continue;
    const fix = f.fixes[0];
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (f.requestIndex !== undefined && requests.has(f.requestIndex)) continue;
    if (chosen.some((c) => editsOverlap(c.edits, fix.edits))) continue;
    seen.add(key);
    if (f.requestIndex !== undefined) requests.add(f.requestIndex);
    chosen.push(fix);
  }
  return chosen;
}

const MAX_PASSES = 10;

/** Apply preferred fixes, re-check, repeat until nothing changes (at most ten passes). */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let findings = lint(current, options);
  if (findings.some((f) => f.ruleId === 'yaml-syntax')) return { output: text, applied: 0, passes: 0, remaining: findings, refused: 'the file does not parse' };
  while (passes < MAX_PASSES) {
    const fixes = selectFixes(findings);
    if (fixes.length === 0) break;
    let next: string;
    try {
      next = applyEdits(current, fixes.flatMap((f) => f.edits));
    } catch {
      break; // fixes that collide are a bug of ours: keep what the earlier passes did
    }
    const nextFindings = lint(next, options);
    // Never produce a file that does not parse: stop before the pass that would.
    if (nextFindings.some((f) => f.ruleId === 'yaml-syntax') || next === current) break;
    passes++;
    applied += fixes.length;
    current = next;
    findings = nextFindings;
  }
  return { output: current, applied, passes, remaining: findings };
}
