// The Cases view (register.md, "Across the workspace"): every case file of the workspace, opened
// or not, with its requests and their status, and at the top what falls due soon across all of
// them; a status bar item when something is due this week; the register (CSV) and the calendar
// (ICS) exported into the workspace on request. Files are found once, then kept current by a
// file watcher (a change re-reads that file alone) and by the edits of open case files
// (debounced); statuses and due dates are recomputed when the local date changes, and the open
// case files are re-checked then too (the due-date rules read today).
import * as vscode from 'vscode';
import { localToday } from '../lint/engine';
import { parseText } from '../core/parse';
import { caseOutline } from '../core/navigation';
import { DueItem, RegisterRow } from '../register';
import { CaseEntry, CasesModel } from '../register/cases';
import { registerCsv } from '../register/render';
import { loadIcs } from '../register/load-ics';
import { config, isCaseFile } from './case-files';
import type { CaseChecks } from './diagnostics';

export interface CasesViewDeps {
  log: vscode.LogOutputChannel;
  checks: CaseChecks;
}

/** What the Cases view shows now (for tests). */
export interface CasesViewState {
  cases: number;
  requests: number;
  due: number;
  /** The status bar's text, or undefined when it is hidden. */
  statusBar?: string;
}

export interface CasesView {
  state(): CasesViewState;
  /** Fires after each refresh of the view. */
  onDidRefresh: vscode.Event<CasesViewState>;
}

const VIEW_ID = 'whichChannel.cases';
const WEEK = 7;
const CASE_GLOB = '**/*.case.{yaml,yml}';
const EXCLUDE = '**/{node_modules,.git}/**';

type Node =
  | { kind: 'due-group'; items: DueItem[]; days: number }
  | { kind: 'due'; item: DueItem }
  | { kind: 'case'; entry: CaseEntry }
  | { kind: 'request'; entry: CaseEntry; row: RegisterRow };

/** The icon of a status, and its word beside it (never the colour alone). */
const STATUS_ICON: Record<string, string> = {
  draft: 'edit',
  sent: 'mail',
  acknowledged: 'check',
  answered: 'pass-filled',
  'partly answered': 'pass',
  refused: 'error',
  withdrawn: 'circle-slash',
  overdue: 'warning',
};

const DUE_WORDS: Record<DueItem['kind'], string> = { 'hold-ends': 'preservation ends', 'needed-by': 'needed by', 'answer-overdue': 'answer overdue' };

const dueDays = (scope?: vscode.Uri) => Math.max(1, config(scope).get<number>('dueSoonDays', 14));

export function registerCasesView(context: vscode.ExtensionContext, { log, checks }: CasesViewDeps): CasesView {
  let today = localToday();
  const model = new CasesModel(checks.knowledge(), today);
  const changed = new vscode.EventEmitter<Node | undefined>();
  const refreshed = new vscode.EventEmitter<CasesViewState>();
  const status = vscode.window.createStatusBarItem('whichChannel.due', vscode.StatusBarAlignment.Left, 50);
  status.name = 'which-channel: due this week';
  status.command = `${VIEW_ID}.focus`;
  context.subscriptions.push(changed, refreshed, status);
  let shown: CasesViewState = { cases: 0, requests: 0, due: 0 };

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node?: Node): Node[] {
      if (!node) {
        const days = dueDays();
        const items = model.dueSoon(days);
        const cases = model.cases().map((entry): Node => ({ kind: 'case', entry }));
        return items.length ? [{ kind: 'due-group', items, days }, ...cases] : cases;
      }
      if (node.kind === 'due-group') return node.items.map((item): Node => ({ kind: 'due', item }));
      if (node.kind === 'case') return node.entry.rows.map((row): Node => ({ kind: 'request', entry: node.entry, row }));
      return [];
    },
    getTreeItem(node: Node): vscode.TreeItem {
      if (node.kind === 'due-group') {
        const t = new vscode.TreeItem('Due soon', vscode.TreeItemCollapsibleState.Expanded);
        const late = node.items.filter((d) => d.date < model.date).length;
        t.description = `${node.items.length - late} in the next ${node.days} days${late ? `, ${late} overdue` : ''}`;
        t.iconPath = new vscode.ThemeIcon('calendar');
        t.id = 'due-group';
        return t;
      }
      if (node.kind === 'due') {
        const d = node.item;
        const t = new vscode.TreeItem(`${d.date}  ${d.caseId ?? 'case'} / ${d.requestId ?? `request ${d.index + 1}`}`);
        const past = d.date < model.date;
        t.description = `${DUE_WORDS[d.kind]}${past ? ' (past)' : d.date === model.date ? ' (today)' : ''}`;
        t.tooltip = d.todo;
        t.iconPath = new vscode.ThemeIcon(past || d.kind === 'answer-overdue' ? 'warning' : 'calendar');
        t.command = revealCommand(d.file, d.index);
        t.id = `due:${d.file}:${d.index}:${d.kind}:${d.date}`;
        return t;
      }
      if (node.kind === 'case') {
        const e = node.entry;
        const uri = vscode.Uri.parse(e.file);
        const t = new vscode.TreeItem(e.caseId ?? uri.path.split('/').pop() ?? e.file, e.rows.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        const count = `${e.rows.length} request${e.rows.length === 1 ? '' : 's'}`;
        const problems = e.error ? e.error : e.problems ? `${e.problems} problem${e.problems === 1 ? '' : 's'} (the list may be incomplete)` : '';
        t.description = [e.title, count, problems].filter(Boolean).join(' · ');
        t.tooltip = `${vscode.workspace.asRelativePath(uri)}${problems ? `\n${problems}` : ''}`;
        t.iconPath = new vscode.ThemeIcon(e.error || e.problems ? 'warning' : 'briefcase');
        t.resourceUri = uri;
        t.contextValue = 'case';
        t.id = `case:${e.file}`;
        return t;
      }
      const r = node.row;
      const t = new vscode.TreeItem(r.requestId ?? `request ${r.index + 1}`);
      t.description = [r.status, r.channel, r.holder, r.next ? `next ${r.next}` : undefined].filter(Boolean).join(' · ');
      t.tooltip = `${r.status}${r.sent ? `; sent ${r.sent}` : ''}${r.reference ? `; reference ${r.reference}` : ''}${r.theirReference ? `; their reference ${r.theirReference}` : ''}${r.answered ? `; answered ${r.answered}` : ''}`;
      t.iconPath = new vscode.ThemeIcon(STATUS_ICON[r.status] ?? 'circle-outline');
      t.command = revealCommand(node.entry.file, r.index);
      t.id = `request:${node.entry.file}:${r.index}`;
      return t;
    },
  };

  const revealCommand = (file: string | undefined, index: number): vscode.Command | undefined =>
    file ? { command: 'whichChannel.revealRequest', title: 'Open the request', arguments: [file, index] } : undefined;

  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(view);

  /** Redraw the tree and the status bar item from the model. */
  function refresh(): void {
    const cases = model.cases();
    // This week: what falls due from today to seven days ahead; an answer overdue since before today is counted apart.
    const upcoming = model.dueSoon(WEEK);
    const week = upcoming.filter((d) => d.date >= model.date);
    const overdue = upcoming.length - week.length;
    shown = { cases: cases.length, requests: cases.reduce((n, c) => n + c.rows.length, 0), due: model.dueSoon(dueDays()).length };
    if (upcoming.length) {
      status.text = `$(calendar) ${week.length} due this week${overdue ? `, ${overdue} overdue` : ''}`;
      status.tooltip = new vscode.MarkdownString(['**which-channel**: due in the next 7 days, and answers overdue', '', ...upcoming.slice(0, 12).map((d) => `- ${d.date} ${d.caseId ?? ''} / ${d.requestId ?? ''}: ${DUE_WORDS[d.kind]}`), ...(upcoming.length > 12 ? [`- and ${upcoming.length - 12} more`] : [])].join('\n'));
      status.show();
      shown.statusBar = status.text;
    } else {
      status.hide();
      shown.statusBar = undefined;
    }
    changed.fire(undefined);
    refreshed.fire(shown);
  }

  // Refreshes are gathered: many files changing at once (a checkout) redraw once.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => { pending = undefined; refresh(); }, 150);
  };

  const decoder = new TextDecoder();
  async function readFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    // An open editor's text is what the user sees: it wins over the disk while it is open.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      model.set(key, open.getText(), `v${open.version}`);
      return;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > 32 * 1024 * 1024) return;
      const bytes = await vscode.workspace.fs.readFile(uri);
      model.set(key, decoder.decode(bytes), `m${stat.mtime}:${stat.size}`);
    } catch (err) {
      // Gone between the event and the read, or unreadable: it leaves the view.
      if (model.delete(key)) log.info(`Cases view: ${vscode.workspace.asRelativePath(uri)} left the view (${(err as Error).message})`);
    }
  }

  /** Every case file of the workspace: `*.case.yaml`, the `whichChannel.files` globs, and open case files (the modeline). */
  async function scan(): Promise<void> {
    const uris = new Map<string, vscode.Uri>();
    for (const u of await vscode.workspace.findFiles(CASE_GLOB, EXCLUDE)) uris.set(u.toString(), u);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of config(folder.uri).get<string[]>('files', [])) {
        for (const u of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob.replace(/^\*\*\//, '**/')), EXCLUDE)) uris.set(u.toString(), u);
      }
    }
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === 'file' && isCaseFile(d)) uris.set(d.uri.toString(), d.uri);
    const started = Date.now();
    for (const key of [...model.cases().map((c) => c.file)]) if (!uris.has(key)) model.delete(key);
    await Promise.all([...uris.values()].map(readFile));
    log.info(`Cases view: ${uris.size} case files read in ${Date.now() - started} ms`);
    refresh();
  }

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const onDisk = (uri: vscode.Uri) => {
    // A new file is a case file by its name; a file the view already lists (a glob, the modeline) is re-read.
    if (!/\.case\.ya?ml$/i.test(uri.path) && !model.has(uri.toString())) return;
    void readFile(uri).then(soon);
  };
  const edits = new Map<string, ReturnType<typeof setTimeout>>();
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(onDisk),
    watcher.onDidChange(onDisk),
    watcher.onDidDelete((uri) => { if (model.delete(uri.toString())) soon(); }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const doc = e.document;
      if (doc.uri.scheme !== 'file' || e.contentChanges.length === 0 || !isCaseFile(doc)) return;
      const key = doc.uri.toString();
      clearTimeout(edits.get(key));
      edits.set(key, setTimeout(() => { edits.delete(key); if (model.set(key, doc.getText(), `v${doc.version}`)) refresh(); }, 400));
    }),
    // Closed without saving: the disk's text is the case again.
    vscode.workspace.onDidCloseTextDocument((doc) => { if (model.has(doc.uri.toString())) void readFile(doc.uri).then(soon); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('whichChannel.files')) void scan();
      else if (e.affectsConfiguration('whichChannel')) { model.reset(checks.knowledge(), localToday()); soon(); }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void scan()),
    { dispose: () => { for (const t of edits.values()) clearTimeout(t); if (pending) clearTimeout(pending); } },
  );

  // The local date: at the next local midnight everything that reads today is read again.
  let midnight: ReturnType<typeof setTimeout> | undefined;
  function untilMidnight(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    midnight = setTimeout(() => {
      const date = localToday();
      if (date !== today) {
        today = date;
        model.reset(checks.knowledge(), today);
        refresh();
        for (const doc of vscode.workspace.textDocuments) if (isCaseFile(doc)) checks.check(doc);
        log.info(`The date is now ${today}: due dates and open case files re-checked`);
      }
      untilMidnight();
    }, next.getTime() - now.getTime());
  }
  untilMidnight();
  context.subscriptions.push({ dispose: () => { if (midnight) clearTimeout(midnight); } });

  context.subscriptions.push(
    vscode.commands.registerCommand('whichChannel.revealRequest', async (file: string, index: number) => {
      try {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
        const req = caseOutline(parseText(doc.getText())).requests.find((r) => r.index === index);
        const start = doc.positionAt(req ? (req.idSpan?.[0] ?? req.span[0]) : 0);
        await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, start), preview: false });
      } catch (err) {
        void vscode.window.showErrorMessage(`which-channel could not open the request: ${(err as Error).message}`);
      }
    }),
    vscode.commands.registerCommand('whichChannel.refreshCases', () => scan()),
    vscode.commands.registerCommand('whichChannel.exportRegister', () => exportFile('which-channel-register.csv', 'CSV', 'csv', () => registerCsv(model.cases().flatMap((c) => c.rows)))),
    // The calendar holds every due date of the next year and the answers already overdue.
    vscode.commands.registerCommand('whichChannel.exportCalendar', () => exportFile('which-channel-calendar.ics', 'iCalendar', 'ics', () => loadIcs().renderIcs(model.dueSoon(366)))),
  );

  /** Write a file into the workspace, only where the user says (a save dialog, proposed in the first folder). */
  async function exportFile(name: string, what: string, ext: string, make: () => string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder.uri, name) : undefined, filters: { [what]: [ext] }, saveLabel: `Export ${what}` });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(make()));
      const open = await vscode.window.showInformationMessage(`which-channel: ${model.cases().length} cases exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
      if (open) await vscode.window.showTextDocument(target);
    } catch (err) {
      log.error(`Export to ${target.toString()} failed: ${err}`);
      void vscode.window.showErrorMessage(`which-channel could not write ${vscode.workspace.asRelativePath(target)}: ${(err as Error).message}`);
    }
  }

  void scan().catch((err) => log.error(`Cases view: the scan failed: ${err}`));
  return { state: () => shown, onDidRefresh: refreshed.event };
}
