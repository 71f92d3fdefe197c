// A RuleTester in the style of typescript-eslint: per rule, YAML that must not trigger it,
// YAML that must (with the exact range, given as the text it covers), and the text after the
// preferred fix. Asserts ids and ranges, never message wording.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { applyEdits } from '../../src/core/edits';
import { lint, LintOptions } from '../../src/lint/engine';
import type { Finding } from '../../src/core/types';
import { Convention, Knowledge, mergeKnowledge } from '../../src/knowledge';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const TODAY = '2026-11-25';
/**
 * A today before every `sent:` date of the rule tables: their requests are plans, which a fix may
 * rewrite (a request sent on or before today is a record: test/unit/records.test.ts).
 */
export const PLANNED = '2000-01-01';

/** The built CLI run as a user runs it (bin/which-channel.js, no colour): exit code, stdout, stderr. */
export function runBin(args: string[], cwd = ROOT): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'which-channel.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A case file: header, then `requests` (each line of `requests` already indented). */
export function caseFile(requests: string, opts: { state?: string; caseExtra?: string } = {}): string {
  return `version: 1\ncase:\n  id: T-1\n  requesting_state: ${opts.state ?? 'IN'}\n${opts.caseExtra ?? ''}requests:\n${requests}`;
}

export interface Span { line: number; column: number; endLine: number; endColumn: number }

/** The 1-based span of `needle`, at its first occurrence after the end of `from` (a substring) if given. */
export function spanOf(text: string, needle: string, from?: string): Span {
  const at = from ? text.indexOf(from) : 0;
  assert.ok(at >= 0, `anchor not found: ${from}`);
  const base = at + (from?.length ?? 0);
  const start = text.indexOf(needle, base);
  assert.ok(start >= 0, `needle not found: ${needle}`);
  const pos = (off: number) => {
    const before = text.slice(0, off);
    const line = before.split('\n').length;
    return { line, column: off - before.lastIndexOf('\n') };
  };
  const a = pos(start);
  const b = pos(start + needle.length);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export const spanOfFinding = (f: Finding): Span => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 });

export interface Invalid {
  name: string;
  code: string;
  /** Each expected finding, as the text it covers (and an anchor before it). */
  errors: { at: string; from?: string; severity?: string }[];
  /** The text after applying the first finding's preferred fix; `null`: the finding has no fix. */
  output?: string | null;
  options?: LintOptions;
}

export interface Valid { name: string; code: string; options?: LintOptions }

export function ruleTester(id: string, cases: { valid: Valid[]; invalid: Invalid[] }): void {
  describe(id, () => {
    for (const v of cases.valid) {
      it(`valid: ${v.name}`, () => {
        const found = lint(v.code, { today: TODAY, ...v.options }).filter((f) => f.ruleId === id);
        assert.deepEqual(found.map((f) => f.message), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = lint(c.code, { today: TODAY, ...c.options }).filter((f) => f.ruleId === id);
        assert.deepEqual(found.map(spanOfFinding), c.errors.map((e) => spanOf(c.code, e.at, e.from)), `ranges of ${id}`);
        c.errors.forEach((e, i) => { if (e.severity) assert.equal(found[i].severity, e.severity); });
        if (c.output === null) assert.equal(found[0].fixes.length, 0, 'expected no fix');
        else if (c.output !== undefined) {
          const out = applyEdits(c.code, found[0].fixes[0].edits);
          assert.equal(out, c.output);
          const after = lint(out, { today: TODAY, ...c.options });
          assert.deepEqual(after.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => f.message), [], 'the fixed file passes the schema');
          assert.ok(after.filter((f) => f.ruleId === id).length < found.length, 'the fix removes the finding');
        }
      });
    }
  });
}

/** Offence facts outside both UN conventions' scope: no organised criminal group, a 3-year theft. */
export const PLAIN_FACTS = { organised_crime: false, offences: [{ category: 'other', max_penalty_years: 3 }] };
/** The same facts as case keys (after `requesting_state`). */
export const PLAIN_CASE = '  organised_crime: false\n  offences: [{ name: theft, category: other, max_penalty_years: 3 }]\n';

/**
 * A workspace that knows the regional conventions' lists of parties are whole up to the end of
 * 2026 and records the given pairs `none`: with PLAIN_FACTS every instrument is then decided and
 * an MLA answer between two states outside them can be `none` (world-bases.md: none only with
 * complete lists).
 */
export function decidedKnowledge(base: Knowledge, ...none: [string, string][]): Knowledge {
  const whole = { complete: true, as_of: '2026-12-31' } as Convention;
  return mergeKnowledge(base, {
    mlat_pairs: none.map((states) => ({ states, status: 'none' as const, source: 'test', as_of: '2026-11-01' })),
    conventions: { cets_030: whole, eu_mla_2000: whole, oas_a55: whole, asean_mla_2004: whole },
  });
}
