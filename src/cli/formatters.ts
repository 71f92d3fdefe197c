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

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function stylish(results: readonly FileResult[], color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(c('bold', r.filePath));
    for (const f of r.findings) {
      count[f.severity]++;
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${c('dim', pos)} ${c(f.severity, f.severity.padEnd(7))}  ${f.message}  ${c('dim', f.ruleId)}`);
    }
    lines.push('');
  }
  const total = count.error + count.warning + count.info;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (total === 0) lines.push(`No problems in ${plural(results.length, 'file')}.`);
  else lines.push(c(count.error ? 'error' : 'warning', `✖ ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${plural(results.length, 'file')}`));
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

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** The doc page of a rule as a file URI inside the installed package (works offline). */
export function helpUri(id: string, packageRoot: string): string {
  return pathToFileURL(resolve(packageRoot, docPath(id))).href;
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
          rules: RULES.map((r) => ({
            id: r.meta.id,
            name: r.meta.id,
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
