// The agenda and the register as text: stylish (a terminal list), Markdown, JSON and CSV (the
// register, one row per request, for the unit's records). Pure; the ICS calendar is its own
// module (ics.ts), loaded only when asked for.
import type { DueItem, RegisterRow } from '.';

const KIND: Record<DueItem['kind'], string> = { 'hold-ends': 'preservation ends', 'needed-by': 'needed by', 'answer-overdue': 'answer overdue' };

/** What an item is called in a list and a calendar: `T-1 / k: preservation ends`. */
export const itemTitle = (d: DueItem) => `${d.caseId ?? d.file ?? 'case'} / ${d.requestId ?? `request ${d.index + 1}`}: ${KIND[d.kind]}`;

/** One line per item under its date. */
export function agendaStylish(items: readonly DueItem[], today: string, days: number): string {
  if (items.length === 0) return `Nothing due from ${today} to the next ${days} days.\n`;
  const out: string[] = [];
  let date = '';
  for (const d of items) {
    if (d.date !== date) out.push(`${(date = d.date)}${d.date < today ? ' (past)' : d.date === today ? ' (today)' : ''}`);
    out.push(`  ${itemTitle(d)}  [${d.status}; ${d.channel ?? '?'}${d.holder ? `; ${d.holder}` : ''}]${d.file ? `  ${d.file}` : ''}`, `    ${d.todo}`);
  }
  return `${out.join('\n')}\n\n${items.length} due item${items.length === 1 ? '' : 's'}.\n`;
}

const mdCell = (s: string | undefined) => (s ?? '').replace(/[\\`*_[\]<>|#!~]/g, '\\$&').replace(/\s*\r?\n\s*/g, ' ');

export function agendaMarkdown(items: readonly DueItem[]): string {
  const rows = items.map((d) => `| ${d.date} | ${mdCell(d.caseId)} | ${mdCell(d.requestId)} | ${KIND[d.kind]} | ${mdCell(d.holder)} | ${mdCell(d.channel)} | ${d.status} | ${mdCell(d.todo)} |`);
  return ['| date | case | request | due | holder | channel | status | to do |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

export function agendaJson(items: readonly DueItem[], today: string, days: number): string {
  return `${JSON.stringify({ today, days, due: items }, null, 2)}\n`;
}

/** The register's columns, in order (register.md). */
export const REGISTER_COLUMNS = ['case', 'request', 'channel', 'action', 'holder', 'requested state', 'reference', 'their reference', 'sent', 'acknowledged', 'answered', 'status', 'next date'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break, quotes doubled.
 * A value that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
export function csvField(v: string | undefined): string {
  let s = v ?? '';
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The register: a header, then a row per request of every case; CRLF line ends (RFC 4180). */
export function registerCsv(rows: readonly RegisterRow[]): string {
  const line = (fields: (string | undefined)[]) => fields.map(csvField).join(',');
  return [line([...REGISTER_COLUMNS]), ...rows.map((r) => line([r.caseId, r.requestId, r.channel, r.action, r.holder, r.requestedState, r.reference, r.theirReference, r.sent, r.acknowledged, r.answered, r.status, r.next]))].join('\r\n') + '\r\n';
}
