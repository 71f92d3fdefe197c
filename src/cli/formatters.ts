// Output formats of `which-channel lint`: stylish (people), json (ESLint's shape), sarif (2.1.0).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { docPath } from '../core/rule';
import type { Finding, Severity } from '../core/types';
import { RULES } from '../rules';

export interface FileResult {
  filePath: string;
  findings: Finding[];
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** People's format. Hints are left out unless `hints` (their count is said, with how to see them). */
export function stylish(results: readonly FileResult[], color: boolean, hints = false): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0, hint: 0 };
  let hidden = 0;
  for (const all of results) {
    const r = hints ? all : { ...all, findings: all.findings.filter((f) => f.severity !== 'hint') };
    hidden += all.findings.length - r.findings.length;
    if (r.findings.length === 0) continue;
    lines.push(c('bold', r.filePath));
    for (const f of r.findings) {
      count[f.severity]++;
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${c('dim', pos)} ${c(f.severity, f.severity.padEnd(7))}  ${f.message}  ${c('dim', f.ruleId)}`);
    }
    lines.push('');
  }
  const total = count.error + count.warning + count.info + count.hint;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const more = hidden ? ` ${plural(hidden, 'hint')} not shown (--hints shows them).` : '';
  if (total === 0) lines.push(`No problems in ${plural(results.length, 'file')}.${more}`);
  else lines.push(c(count.error ? 'error' : 'warning', `✖ ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info${count.hint ? `, ${plural(count.hint, 'hint')}` : ''}) in ${plural(results.length, 'file')}${more}`));
  return lines.join('\n') + '\n';
}

export function json(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({
    filePath: r.filePath,
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      fixable: f.autofix,
    })),
    errorCount: r.findings.filter((f) => f.severity === 'error').length,
    warningCount: r.findings.filter((f) => f.severity === 'warning').length,
  })), null, 2) + '\n';
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The doc page of a rule as a file URI inside the installed package (works offline). */
export function helpUri(id: string, packageRoot: string): string {
  return pathToFileURL(resolve(packageRoot, docPath(id))).href;
}

/**
 * A rule's readable SARIF name: its id in PascalCase (`content-via-lers` → `ContentViaLers`).
 * SARIF1001 wants a name unlike the id, or none: a one-word id (`schema`) gets none.
 */
export function sarifName(id: string): string | undefined {
  const name = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return name.toLowerCase() === id.toLowerCase() ? undefined : name;
}

export function sarif(results: readonly FileResult[], version: string, packageRoot: string): string {
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'which-channel',
          version,
          // The README inside the installed package, as the rules' helpUri are: no repository URL
          // is known (package.json names none) and SARIF output must not send a reader online.
          informationUri: pathToFileURL(resolve(packageRoot, 'README.md')).href,
          rules: RULES.map((r) => ({
            id: r.meta.id,
            name: sarifName(r.meta.id),
            shortDescription: { text: r.meta.summary },
            helpUri: helpUri(r.meta.id, packageRoot),
            defaultConfiguration: { level: LEVEL[r.meta.severity] },
          })),
        },
      },
      results: results.flatMap((r) => r.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: pathToFileURL(resolve(r.filePath)).href },
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
      }))),
    }],
  }, null, 2) + '\n';
}
