// The plan picture, as hand-made SVG: a row per request (its label on the left, its bar and
// markers in the middle, what to know on the right), a month axis, today, `after:` arrows and a
// legend. Colours come from CSS custom properties (VS Code's theme inside the webview) with
// fallbacks for light and dark; every colour also has a word in the legend and a title on hover.
import { daysBetween } from '../core/dates';
import type { Plan, PlanRow } from './model';

/** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), by channel. */
export const CHANNEL_COLOURS: Readonly<Record<string, string>> = {
  lers: '#0072B2',
  cloud_act: '#009E73',
  eu_production_order: '#56B4E9',
  eu_preservation_order: '#56B4E9',
  mlat: '#E69F00',
  letter_rogatory: '#D55E00',
  interpol: '#CC79A7',
  eio: '#F0E442',
  network_24_7: '#8C8C8C',
};
const OTHER = '#8C8C8C';

export const LAYOUT = {
  width: 1100,
  labelWidth: 260,
  noteWidth: 230,
  rowHeight: 24,
  axisHeight: 22,
  fontSize: 12,
  /** Average advance of a character at fontSize, for fitting text (a slight overestimate). */
  charWidth: 7,
};

/** The narrowest layout; a narrower view scales the picture down instead. */
export const MIN_WIDTH = 480;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cut a text to a number of characters, with an ellipsis. */
export const fit = (s: string, chars: number) => (s.length <= chars ? s : `${s.slice(0, Math.max(1, chars - 1))}…`);

const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  lers: 'LERS portal', cloud_act: 'CLOUD Act', eu_production_order: 'EU production order', eu_preservation_order: 'EU preservation order',
  mlat: 'MLAT', letter_rogatory: 'letter rogatory', interpol: 'INTERPOL', eio: 'EIO', network_24_7: '24/7 network',
};

/** What the note column says for a row: the verdict, the hold's lapse, or the speed where no window is known. */
export function rowNote(r: PlanRow): string {
  const parts: string[] = [];
  if (r.verdict && !r.closedOn) parts.push(`${r.verdict} for ${r.neededBy}`);
  if (r.hold) parts.push(`hold lapses ${r.hold.end}`);
  // The status last: a long note is cut at the column's width, and the hold matters more.
  if (r.closedOn) parts.push(`${r.status} ${r.closedOn}`);
  else if (r.status === 'overdue') parts.push(`overdue: no answer by ${r.latest}`);
  if (!r.earliest && r.channel) parts.push(r.speed ? `speed: ${r.speed.toLowerCase()}` : 'speed unknown');
  return parts.join('; ');
}

/** The picture's style: inlined in the SVG, or put in the page (a webview's nonce-checked <style>). */
export const SVG_STYLE = `
.wc-plan { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: ${LAYOUT.fontSize}px; }
.wc-plan text { fill: var(--vscode-editor-foreground, #1f1f1f); }
.wc-plan .muted { fill: var(--vscode-descriptionForeground, #616161); }
.wc-plan .grid { stroke: var(--vscode-editorIndentGuide-background1, #d4d4d4); stroke-width: 1; }
.wc-plan .rowbg { fill: transparent; }
.wc-plan .row:hover .rowbg, .wc-plan .row:focus .rowbg { fill: var(--vscode-list-hoverBackground, rgba(128,128,128,0.15)); }
.wc-plan .row { cursor: pointer; }
.wc-plan .row:focus { outline: none; }
.wc-plan .today { stroke: var(--vscode-editorCursor-foreground, #0070c1); stroke-width: 2; }
.wc-plan .late { fill: var(--vscode-errorForeground, #c72e0f); stroke: var(--vscode-errorForeground, #c72e0f); }
.wc-plan .ok { fill: var(--vscode-editor-foreground, #1f1f1f); stroke: var(--vscode-editor-foreground, #1f1f1f); }
.wc-plan text.late { stroke: none; }
.wc-plan .hold { fill: url(#wc-hatch); stroke: var(--vscode-editor-foreground, #1f1f1f); stroke-width: 0.5; }
.wc-plan .hatch { stroke: var(--vscode-editor-foreground, #1f1f1f); stroke-width: 1.5; opacity: 0.55; }
.wc-plan .arrow { fill: none; stroke: var(--vscode-descriptionForeground, #616161); stroke-width: 1.2; }
.wc-plan .arrowhead { fill: var(--vscode-descriptionForeground, #616161); }
@media (prefers-color-scheme: dark) {
  .wc-plan text { fill: var(--vscode-editor-foreground, #e0e0e0); }
  .wc-plan .muted { fill: var(--vscode-descriptionForeground, #a0a0a0); }
  .wc-plan .grid { stroke: var(--vscode-editorIndentGuide-background1, #404040); }
  .wc-plan .ok { fill: var(--vscode-editor-foreground, #e0e0e0); stroke: var(--vscode-editor-foreground, #e0e0e0); }
  .wc-plan .late { fill: var(--vscode-errorForeground, #f48771); stroke: var(--vscode-errorForeground, #f48771); }
  .wc-plan .hold, .wc-plan .hatch { stroke: var(--vscode-editor-foreground, #e0e0e0); }
}`;

interface Legend { swatch: string; text: string }

/** The plan as a standalone SVG document (also inlined in the HTML and the webview). */
export function renderSvg(plan: Plan, options: { style?: boolean; width?: number } = {}): string {
  // The picture is laid out for the width it is shown at (a webview beside the editor sends its
  // own), never below MIN_WIDTH: narrower, the page's CSS scales it down to fit (and for print).
  // The label and note columns take what their longest text needs, within a share of the width,
  // so the chart keeps at least a third of it.
  const width = Math.max(MIN_WIDTH, Math.round(options.width ?? LAYOUT.width));
  const longest = (texts: string[]) => Math.max(0, ...texts.map((t) => t.length));
  const notes = plan.rows.map(rowNote);
  const labelWidth = Math.round(Math.min(width * 0.3, Math.max(100, longest(plan.rows.map((r) => r.label)) * LAYOUT.charWidth + 12)));
  // A note too long for one line goes on two (split at "; "): the column needs the longer part.
  const noteNeed = (n: string) => Math.min(n.length, Math.max(...n.split('; ').map((p) => p.length + 1)));
  const noteCap = width * 0.36;
  const noteWidth = Math.round(Math.min(noteCap, Math.max(60, ...notes.map((n) => (n.length * LAYOUT.charWidth + 16 <= noteCap ? n.length : noteNeed(n)) * LAYOUT.charWidth + 16))));
  const L = { ...LAYOUT, width, labelWidth, noteWidth };
  const chartX = L.labelWidth;
  const chartW = L.width - L.labelWidth - L.noteWidth;
  const span = Math.max(1, daysBetween(plan.from, plan.to));
  const x = (d: string) => chartX + Math.max(0, Math.min(span, daysBetween(plan.from, d))) * (chartW / span);
  const f = (n: number) => (Math.round(n * 10) / 10).toString();

  // Legend: the channels present, then the marks; wrapped to the width.
  const channels = [...new Set(plan.rows.map((r) => r.channel).filter((c): c is string => !!c))];
  const items: Legend[] = [
    ...channels.map((c) => ({ swatch: `<rect width="14" height="10" y="-9" rx="2" fill="${CHANNEL_COLOURS[c] ?? OTHER}"/>`, text: CHANNEL_NAMES[c] ?? c })),
    { swatch: `<rect width="14" height="10" y="-9" fill="${OTHER}" opacity="0.35"/>`, text: 'earliest to latest answer' },
    { swatch: '<path d="M7 -10 l5 5 l-5 5 l-5 -5 z" class="ok"/>', text: 'needed by (met)' },
    { swatch: '<path d="M7 -10 l5 5 l-5 5 l-5 -5 z" class="late"/>', text: 'needed by (too late)' },
    { swatch: '<rect width="14" height="10" y="-9" class="hold"/>', text: 'preservation hold' },
    { swatch: '<path d="M2 -9 l10 8 M12 -9 l-10 8" class="late" stroke-width="2"/>', text: 'hold lapses' },
    { swatch: '<line x1="7" x2="7" y1="-11" y2="2" class="today"/>', text: 'today' },
    { swatch: '<path d="M0 -4 h10" class="arrow"/><path d="M10 -7 l5 3 l-5 3 z" class="arrowhead"/>', text: 'waits on (after:)' },
  ];
  const legend: string[] = [];
  let lx = 0;
  let ly = 16;
  for (const it of items) {
    const w = 20 + it.text.length * L.charWidth + 18;
    if (lx + w > L.width && lx > 0) { lx = 0; ly += 18; }
    legend.push(`<g class="legend-item" transform="translate(${lx + 4},${ly})">${it.swatch}<text x="20" y="0">${esc(it.text)}</text></g>`);
    lx += w;
  }
  const title = `Case plan${plan.caseId ? ` ${plan.caseId}` : ''}: when each answer can come (today ${plan.today})`;
  const top = ly + 16 + 18; // legend, then the title line
  const axisY = top + L.axisHeight;
  const rowsY = axisY + 4;
  const height = rowsY + plan.rows.length * L.rowHeight + L.axisHeight;

  // Month axis: a grid line per month, a label where there is room for one.
  const axis: string[] = [];
  const months: string[] = [];
  for (let d = plan.from; d < plan.to;) {
    months.push(d);
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    d = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  months.push(plan.to);
  const labelChars = 7; // YYYY-MM
  const perMonth = chartW / Math.max(1, months.length - 1);
  const step = Math.max(1, Math.ceil((labelChars * L.charWidth + 10) / perMonth));
  months.forEach((m, i) => {
    const mx = f(x(m));
    axis.push(`<line class="grid" x1="${mx}" x2="${mx}" y1="${axisY}" y2="${height - L.axisHeight}"/>`);
    if (i % step === 0 && i < months.length - 1) axis.push(`<text class="muted axis-label" x="${mx}" y="${axisY - 6}">${m.slice(0, 7)}</text>`);
  });

  const rows: string[] = [];
  const rowY = (i: number) => rowsY + i * L.rowHeight;
  const labelChars2 = Math.floor((L.labelWidth - 12) / L.charWidth);
  const noteChars = Math.floor((L.noteWidth - 12) / L.charWidth);
  plan.rows.forEach((r, i) => {
    const y = rowY(i);
    const mid = y + L.rowHeight / 2;
    const colour = (r.channel && CHANNEL_COLOURS[r.channel]) ?? OTHER;
    const parts: string[] = [`<rect class="rowbg" x="0" y="${y}" width="${L.width}" height="${L.rowHeight}"/>`];
    const label = fit(r.label, labelChars2);
    parts.push(`<text class="row-label" x="6" y="${mid + 4}">${esc(label)}</text>`);
    const barTop = y + 5;
    const barH = r.hold ? 8 : 14;
    const sx = x(r.start);
    if (r.closedOn) {
      // Answered, refused or withdrawn: the bar ends on that date, with no window after it; a
      // refusal or a withdrawal is struck through.
      const cx = x(r.closedOn);
      parts.push(`<rect class="bar ${r.status.replace(' ', '-')}" x="${f(sx)}" y="${barTop}" width="${f(Math.max(2, cx - sx))}" height="${barH}" fill="${colour}"${r.status === 'refused' || r.status === 'withdrawn' ? ' opacity="0.5"' : ''}><title>${esc(`${r.start} to ${r.status} ${r.closedOn}`)}</title></rect>`);
      if (r.status === 'refused' || r.status === 'withdrawn') parts.push(`<path class="struck" d="M${f(sx)} ${barTop + barH / 2} H${f(Math.max(sx + 2, cx))}" stroke="#000" stroke-width="1.5"/>`);
    } else if (r.earliest && r.latest) {
      const ex = x(r.earliest);
      const lxx = x(r.latest);
      parts.push(`<rect class="band" x="${f(ex)}" y="${barTop}" width="${f(Math.max(1, lxx - ex))}" height="${barH}" fill="${colour}" opacity="0.35"><title>${esc(`latest typical answer ${r.latest}${r.openEnded ? ' or more' : ''}`)}</title></rect>`);
      parts.push(`<rect class="bar" x="${f(sx)}" y="${barTop}" width="${f(Math.max(2, ex - sx))}" height="${barH}" fill="${colour}"><title>${esc(`${r.start} to the earliest typical answer ${r.earliest}`)}</title></rect>`);
      if (r.openEnded) parts.push(`<path class="open-end" d="M${f(lxx)} ${barTop} l6 ${barH / 2} l-6 ${barH / 2} z" fill="${colour}" opacity="0.35"/>`);
    } else {
      // No window (INTERPOL: variable): a start mark only, with the speed in the note column.
      parts.push(`<circle class="start-only" cx="${f(sx)}" cy="${barTop + barH / 2}" r="4" fill="${colour}"><title>${esc(`sent ${r.start}; ${r.speed ? `speed: ${r.speed.toLowerCase()}` : 'no typical speed known'}`)}</title></circle>`);
    }
    if (r.hold) {
      const hy = barTop + barH + 2;
      const hs = x(r.hold.start);
      const he = x(r.hold.end);
      parts.push(`<rect class="hold" x="${f(hs)}" y="${hy}" width="${f(Math.max(2, he - hs))}" height="6"><title>${esc(`preservation hold ${r.hold.start} to ${r.hold.end} (${r.hold.days} days${r.hold.extensionsUsed ? ` + ${r.hold.extensionsUsed} extension(s)` : ''})`)}</title></rect>`);
      parts.push(`<path class="lapse late" d="M${f(he - 4)} ${hy - 1} l8 8 M${f(he + 4)} ${hy - 1} l-8 8" stroke-width="2"><title>${esc(`hold lapses ${r.hold.end}`)}</title></path>`);
    }
    if (r.neededBy) {
      const nx = x(r.neededBy);
      const cls = r.verdict === 'too late' ? 'late' : 'ok';
      parts.push(`<path class="needed-by ${cls}" d="M${f(nx)} ${mid - 7} l6 7 l-6 7 l-6 -7 z"><title>${esc(`needed by ${r.neededBy}${r.verdict ? `: ${r.verdict}` : ''}`)}</title></path>`);
    }
    const note = notes[i];
    if (note) {
      const cls = `row-note${r.verdict === 'too late' || r.hold?.lapsesBeforeAnswer ? ' late' : ''}`;
      const nx = L.width - L.noteWidth + 8;
      // One line when it fits; else its parts on two lines ("too late for …" / "hold lapses …").
      const split = note.length > noteChars && note.includes('; ') ? [note.slice(0, note.indexOf('; ') + 1), note.slice(note.indexOf('; ') + 2)] : [note];
      if (split.length === 1) parts.push(`<text class="${cls}" x="${nx}" y="${mid + 4}">${esc(fit(note, noteChars))}</text>`);
      else split.forEach((line, n) => parts.push(`<text class="${cls}" x="${nx}" y="${mid - 1 + n * 12}">${esc(fit(line, noteChars))}</text>`));
    }
    const tip = [r.label, r.action, r.earliest ? `answer ${r.earliest} to ${r.latest}${r.openEnded ? ' or more' : ''}` : undefined, note].filter(Boolean).join(' · ');
    rows.push(`<g class="row" data-index="${r.index}" tabindex="0" role="button" aria-label="${esc(tip)}"><title>${esc(tip)}</title>${parts.join('')}</g>`);
  });

  // after: arrows, from the end of the awaited request's earliest answer (or its start) to the start of the one that waits.
  const arrows = plan.links.map((l) => {
    const a = plan.rows[l.to];
    const b = plan.rows[l.from];
    const x1 = x(a.earliest ?? a.start);
    const y1 = rowY(l.to) + L.rowHeight / 2;
    const x2 = x(b.start);
    const y2 = rowY(l.from) + L.rowHeight / 2;
    const bend = Math.max(x1, x2) + 8;
    return `<path class="arrow" data-from="${b.index}" data-to="${a.index}" d="M${f(x1)} ${f(y1)} C${f(bend)} ${f(y1)} ${f(bend - 16)} ${f(y2)} ${f(x2 - 1)} ${f(y2)}" marker-end="url(#wc-arrow)"/>`;
  });

  const tx = f(x(plan.today));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="wc-plan" width="${L.width}" height="${height}" viewBox="0 0 ${L.width} ${height}" preserveAspectRatio="xMinYMin meet" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    options.style === false ? '' : `<style>${SVG_STYLE}</style>`,
    '<defs>',
    '<pattern id="wc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="6"/></pattern>',
    '<marker id="wc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path class="arrowhead" d="M0 0 L10 5 L0 10 z"/></marker>',
    '</defs>',
    `<g class="legend">${legend.join('')}</g>`,
    `<text class="plan-title" x="4" y="${top - 4}">${esc(fit(title, Math.floor(L.width / L.charWidth)))}</text>`,
    `<g class="axis">${axis.join('')}</g>`,
    `<g class="rows">${rows.join('')}</g>`,
    `<g class="arrows">${arrows.join('')}</g>`,
    `<g class="today-mark"><line class="today" x1="${tx}" x2="${tx}" y1="${axisY}" y2="${height - L.axisHeight}"/><text class="today-label" x="${tx}" y="${height - 6}" text-anchor="middle">today ${plan.today}</text></g>`,
    '</svg>',
  ].join('\n') + '\n';
}
