// The plan as a table: Markdown (the `md` format) and the accessible HTML page (the SVG plus a
// table of the same facts, self-contained and printable).
import type { Plan, PlanRow } from './model';
import { esc, renderSvg } from './svg';

export const COLUMNS = ['request', 'channel', 'action', 'start', 'earliest answer', 'latest answer', 'needed by', 'verdict', 'preservation lapse', 'status'] as const;

/** One row's cells, in the order of COLUMNS. */
export function cells(r: PlanRow): string[] {
  return [
    r.id ?? `request ${r.index + 1}`,
    r.channel ?? '',
    r.action ?? '',
    r.start,
    r.earliest ?? (r.channel ? r.speed?.toLowerCase() ?? 'unknown' : ''),
    r.latest ? `${r.latest}${r.openEnded ? ' or more' : ''}` : '',
    r.neededBy ?? '',
    r.verdict ?? '',
    r.hold ? r.hold.end : '',
    r.closedOn ? `${r.status} ${r.closedOn}` : r.status,
  ];
}

// A cell holds the case file's and the knowledge's words: whatever Markdown would read as markup
// (links, images, HTML, code, emphasis, cell breaks) is escaped.
const mdCell = (s: string) => s.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ');

export function renderMarkdown(plan: Plan): string {
  const lines = [
    `# Case plan${plan.caseId ? ` ${mdCell(plan.caseId)}` : ''}`,
    '',
    `Today: ${plan.today}. Windows are the knowledge base's typical speeds, counted from each request's date (sent, else today).`,
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...plan.rows.map((r) => `| ${cells(r).map(mdCell).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}

/** The table alone, as HTML (the webview shows it under the picture too). */
export function renderHtmlTable(plan: Plan): string {
  const head = `<tr>${COLUMNS.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  const body = plan.rows.map((r) => `<tr data-index="${r.index}"${r.verdict === 'too late' ? ' class="late"' : ''}>${cells(r).map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td data-label="${COLUMNS[i]}">${esc(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table class="wc-table">\n<caption>Case plan${plan.caseId ? ` ${esc(plan.caseId)}` : ''}, today ${esc(plan.today)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export const PAGE_STYLE = `
body { font-family: system-ui, sans-serif; margin: 1rem; color: #1f1f1f; background: #ffffff; }
@media (prefers-color-scheme: dark) { body { color: #e0e0e0; background: #1e1e1e; } }
.wc-table { border-collapse: collapse; margin-top: 1rem; font-size: 13px; width: 100%; }
.wc-table th, .wc-table td { border: 1px solid rgba(128,128,128,0.5); padding: 2px 6px; text-align: left; }
.wc-table tr.late td:nth-child(8) { font-weight: bold; }
.wc-scroll { overflow: auto; }
.wc-scroll > svg { display: block; max-width: 100%; height: auto; }
/* Too narrow for nine columns (an editor group beside the case): one block per request, each value named. */
@media (max-width: 640px) {
  .wc-table thead { display: none; }
  .wc-table caption { display: block; text-align: left; margin-bottom: 0.25rem; }
  .wc-table, .wc-table tbody, .wc-table tr, .wc-table th, .wc-table td { display: block; width: auto; }
  .wc-table tr { margin-bottom: 0.5rem; border: 1px solid rgba(128,128,128,0.5); }
  .wc-table th, .wc-table td { border: none; }
  .wc-table td:empty { display: none; }
  .wc-table td::before { content: attr(data-label) ": "; opacity: 0.75; }
}
@media print {
  body { margin: 0; color: #000; background: #fff; }
  .wc-scroll { overflow: visible; }
  .wc-table { font-size: 9pt; page-break-inside: auto; }
  .wc-table tr { page-break-inside: avoid; }
}`;

/** A self-contained page: no script, no remote content. */
export function renderHtml(plan: Plan): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Case plan${plan.caseId ? ` ${esc(plan.caseId)}` : ''}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<div class="wc-scroll">
${renderSvg(plan)}</div>
${renderHtmlTable(plan)}
</body>
</html>
`;
}
