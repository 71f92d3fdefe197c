// "which-channel: Show case plan": a webview beside the editor with the plan picture and its
// table. It follows the active case file and redraws after each check of it (the incremental
// check, debounced while typing); a click (or Enter) on a row reveals that request. Strict
// content security policy: no remote content, one nonce for the page's style and script.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { caseOutline } from '../core/navigation';
import { parseText } from '../core/parse';
import { Plan, planCase } from '../plan/model';
import type * as PlanRender from '../plan/render';
import { isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface PlanViewDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

/** What the plan view shows now (for tests). */
export interface PlanViewState {
  uri: string;
  version: number;
  rows: number;
}

export interface PlanView {
  state(): PlanViewState | undefined;
  /** Fires after each redraw. */
  onDidDraw: vscode.Event<PlanViewState>;
}

const VIEW_TYPE = 'whichChannel.plan';

let render: typeof PlanRender | undefined;
/** The plan's renderers, dist/plan-render.js beside this bundle, loaded when a view first opens (computed path: esbuild leaves it out). */
function loadRender(): typeof PlanRender {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  render ??= require(join(__dirname, ['plan-render', 'js'].join('.'))) as typeof PlanRender;
  return render;
}

function page(nonce: string, cspSource: string): string {
  const { PAGE_STYLE, SVG_STYLE } = loadRender();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Case plan</title>
<style nonce="${nonce}">${PAGE_STYLE}
body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
#status { color: var(--vscode-descriptionForeground); margin: 0 0 0.5rem; }
.wc-table tr[data-index] { cursor: pointer; }
${SVG_STYLE}</style>
</head>
<body>
<p id="status" role="status">Open a case file to see its plan.</p>
<div id="plan" class="wc-scroll"></div>
<div id="table"></div>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const planEl = document.getElementById('plan');
const tableEl = document.getElementById('table');
const statusEl = document.getElementById('status');
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'plan') {
    planEl.innerHTML = m.svg;
    tableEl.innerHTML = m.table;
    statusEl.textContent = m.status;
    document.body.dataset.version = String(m.version);
  } else if (m.type === 'empty') {
    statusEl.textContent = m.status;
  }
});
const reveal = (t) => {
  const row = t && t.closest && t.closest('[data-index]');
  if (row) vscode.postMessage({ type: 'reveal', index: Number(row.getAttribute('data-index')) });
};
document.addEventListener('click', (e) => reveal(e.target));
document.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') reveal(e.target); });
let timer;
const width = () => Math.max(0, document.body.clientWidth - 4);
window.addEventListener('resize', () => { clearTimeout(timer); timer = setTimeout(() => vscode.postMessage({ type: 'width', width: width() }), 150); });
vscode.postMessage({ type: 'ready', width: width() });
</script>
</body>
</html>`;
}

/** Register whichChannel.showPlan and the view's listeners. */
export function registerPlanView(context: vscode.ExtensionContext, { log, checks }: PlanViewDeps): PlanView {
  let panel: vscode.WebviewPanel | undefined;
  let followed: vscode.TextDocument | undefined;
  let shown: PlanViewState | undefined;
  let width: number | undefined;
  const drawn = new vscode.EventEmitter<PlanViewState>();
  context.subscriptions.push(drawn);

  function planOf(doc: vscode.TextDocument): Plan | undefined {
    // Above whichChannel.maxFileSizeKB the last check stands until save: the picture of that check.
    const entry = checks.current(doc);
    if (!entry?.view) return undefined;
    return planCase(entry.view, checks.knowledge(), checks.options(doc.uri).today!);
  }

  function draw(): void {
    if (!panel) return;
    const doc = followed;
    if (!doc || doc.isClosed) {
      void panel.webview.postMessage({ type: 'empty', status: 'Open a case file to see its plan.' });
      return;
    }
    try {
      const plan = planOf(doc);
      const name = vscode.workspace.asRelativePath(doc.uri);
      if (!plan) {
        void panel.webview.postMessage({ type: 'empty', status: `${name} does not parse: the plan shows its last good version.` });
        return;
      }
      panel.title = `Plan: ${name.split('/').pop()}`;
      const status = `${name}: ${plan.rows.length} request${plan.rows.length === 1 ? '' : 's'}, today ${plan.today}. Click a row to go to its request.`;
      void panel.webview.postMessage({ type: 'plan', svg: loadRender().renderSvg(plan, { style: false, width }), table: loadRender().renderHtmlTable(plan), status, version: doc.version });
      shown = { uri: doc.uri.toString(), version: doc.version, rows: plan.rows.length };
      drawn.fire(shown);
    } catch (err) {
      log.error(`The case plan failed: ${(err as Error).stack ?? err}`);
    }
  }

  async function reveal(index: number): Promise<void> {
    const doc = followed;
    if (!doc || doc.isClosed) return;
    const entry = checks.current(doc);
    const parsed = entry && entry.version === doc.version ? entry.parsed() : parseText(doc.getText());
    const req = parsed && caseOutline(parsed).requests.find((r) => r.index === index);
    if (!req) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const start = doc.positionAt(req.idSpan?.[0] ?? req.span[0]);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  function follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isCaseFile(editor.document) || editor.document === followed) return;
    followed = editor.document;
    draw();
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('whichChannel.showPlan', () => {
      const active = vscode.window.activeTextEditor;
      if (active && isCaseFile(active.document)) followed = active.document;
      if (panel) {
        panel.reveal(vscode.ViewColumn.Beside, true);
        draw();
        return;
      }
      panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Case plan', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [context.extensionUri],
      });
      const nonce = randomBytes(16).toString('base64');
      panel.webview.html = page(nonce, panel.webview.cspSource);
      panel.webview.onDidReceiveMessage((m: { type?: string; index?: unknown; width?: unknown }) => {
        if (typeof m?.width === 'number' && m.width > 0) width = m.width;
        if (m?.type === 'ready' || m?.type === 'width') draw();
        else if (m?.type === 'reveal' && typeof m.index === 'number') reveal(m.index).catch((err) => log.error(`Revealing a request failed: ${err}`));
      });
      panel.onDidDispose(() => { panel = undefined; shown = undefined; });
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => { if (panel) follow(e); }),
    checks.onDidCheck((doc) => { if (panel && doc === followed) draw(); }),
  );
  return { state: () => shown, onDidDraw: drawn.event };
}
