// Diagnostics: the checked state of every open case file. A check runs on open and save at once
// and, while typing, once typing pauses (only on save above whichChannel.maxFileSizeKB); one
// incremental checker per document re-checks only the request an edit touched. It also loads the
// workspace knowledge files, with their own diagnostics, and re-checks everything when they or
// the settings change. The other features read the checks through `CaseChecks`.
import * as vscode from 'vscode';
import { parseKnowledgeOverride } from '../core/knowledge-override';
import { parseText, ParsedDocument } from '../core/parse';
import { SEVERITY_SETTINGS } from '../core/rule-settings';
import type { CaseView } from '../core/case';
import type { Finding, SeveritySetting } from '../core/types';
import { Knowledge, mergeKnowledge, SHIPPED } from '../knowledge';
import { LintOptions, localToday } from '../lint/engine';
import { IncrementalChecker, parseAround } from '../lint/incremental';
import { RULE_IDS } from '../rules';
import { toDiagnostic } from './adapter';
import { config, isCaseFile, maxFileSize } from './case-files';

const DEBOUNCE_MS = 250;
const TRUST = 'Manage Workspace Trust';
const RESTRICTED = 'Not applied: this folder is in Restricted Mode. The shipped knowledge is used until the folder is trusted.';
const RESTRICTED_NOTICE = "is not applied in Restricted Mode: a workspace knowledge file can change portals, central authorities and treaty dates, and this folder's author is not trusted. The shipped knowledge is used until you trust the folder.";

export interface Checked {
  version: number;
  findings: Finding[];
  /** Parsed on demand (hover, completion): a check while typing does not parse the whole file. */
  parsed(): ParsedDocument;
  /** The engine's view of the case (the plan and CodeLens read it). */
  view?: CaseView;
}

/** One request of a file, parsed alone, with offset maps to the file (`ids`: every request id, when known). */
export type RequestSlice = Omit<NonNullable<ReturnType<IncrementalChecker['around']>>, 'ids'> & { ids?: string[] };

/** What the other features read from the checks. */
export interface CaseChecks {
  /** Check a document now, or reuse the result for its current version. */
  check(doc: vscode.TextDocument): Checked | undefined;
  /** The last check of a document, whatever version it was for; never checks. */
  last(uri: vscode.Uri): Checked | undefined;
  /**
   * The check the light bulb, hover and completion use: `check` below whichChannel.maxFileSizeKB;
   * above it the last check (on open or save) as it is, which may be for an older version.
   */
  current(doc: vscode.TextDocument): Checked | undefined;
  /**
   * The request under an offset of the document's current text, parsed alone: from the last
   * check when it is for this version, else cut from the text without checking. Undefined when
   * the file cannot be cut along its outline.
   */
  around(doc: vscode.TextDocument, offset: number): RequestSlice | undefined;
  /** How many checks of a document ran since it was opened (for tests). */
  checksRun(uri: vscode.Uri): number;
  /** Whether a settings change is still being applied. */
  reloading(): boolean;
  /** Whether a check of the document is waiting for typing to pause. */
  scheduled(uri: vscode.Uri): boolean;
  /** The shipped knowledge with the workspace knowledge files merged over it. */
  knowledge(): Knowledge;
  /** The lint options for a resource: its rule severities, the knowledge, today. */
  options(scope?: vscode.Uri): LintOptions;
  /** Load the knowledge files and check the open documents (once every feature is registered). */
  start(): void;
  /** Fires after each new check of a document (the plan view and CodeLens redraw on it). */
  onDidCheck: vscode.Event<vscode.TextDocument>;
}

export interface DiagnosticsDeps {
  log: vscode.LogOutputChannel;
  docUri(id: string): vscode.Uri;
}

/** Register the diagnostic collections and the document, settings and knowledge-file listeners. */
export function registerDiagnostics(context: vscode.ExtensionContext, { log, docUri }: DiagnosticsDeps): CaseChecks {
  const diagnostics = vscode.languages.createDiagnosticCollection('which-channel');
  const knowledgeDiagnostics = vscode.languages.createDiagnosticCollection('which-channel-knowledge');
  const checked = new Map<string, Checked>();
  // One incremental checker per open document: an edit re-checks only the request it touched.
  const checkers = new Map<string, IncrementalChecker>();
  const timers = new Map<string, NodeJS.Timeout>();
  const saidTooLarge = new Set<string>();
  const runs = new Map<string, number>();
  let knowledge: Knowledge = SHIPPED;
  const checkedEvent = new vscode.EventEmitter<vscode.TextDocument>();
  context.subscriptions.push(diagnostics, knowledgeDiagnostics, checkedEvent);

  function options(scope?: vscode.Uri): LintOptions {
    const rules = config(scope).get<Record<string, SeveritySetting>>('rules', {});
    const severities: Record<string, SeveritySetting> = {};
    for (const [id, s] of Object.entries(rules)) if (RULE_IDS.includes(id) && (SEVERITY_SETTINGS as readonly string[]).includes(s)) severities[id] = s;
    return { knowledge, severities, today: localToday() };
  }

  function check(doc: vscode.TextDocument): Checked | undefined {
    const key = doc.uri.toString();
    const cached = checked.get(key);
    if (cached && cached.version === doc.version) return cached;
    try {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      const text = doc.getText();
      let checker = checkers.get(key);
      if (!checker) checkers.set(key, (checker = new IncrementalChecker()));
      const result = checker.check(text, options(doc.uri));
      let parsed: ParsedDocument | undefined;
      const entry: Checked = { version: doc.version, findings: result.findings, parsed: () => (parsed ??= parseText(text)), view: checker.caseView() };
      checked.set(key, entry);
      diagnostics.set(doc.uri, result.findings.map((f) => toDiagnostic(vscode, f, docUri)));
      checkedEvent.fire(doc);
      return entry;
    } catch (err) {
      log.error(`Checking ${doc.uri.fsPath} failed: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  }

  function tooLarge(doc: vscode.TextDocument): boolean {
    const big = doc.getText().length > maxFileSize(doc.uri);
    if (big && !saidTooLarge.has(doc.uri.toString())) {
      saidTooLarge.add(doc.uri.toString());
      void vscode.window.showInformationMessage(`which-channel: ${vscode.workspace.asRelativePath(doc.uri)} is larger than whichChannel.maxFileSizeKB; it is checked on save only.`);
    }
    return big;
  }

  function schedule(doc: vscode.TextDocument, immediate: boolean): void {
    if (!isCaseFile(doc)) return;
    // A new untitled case file opens empty and is filled at once: no findings for the empty text.
    if (doc.isUntitled && doc.getText() === '') return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (immediate) {
      check(doc);
      return;
    }
    if (tooLarge(doc)) return;
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      if (!doc.isClosed) check(doc);
    }, DEBOUNCE_MS));
  }

  function forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    checked.delete(key);
    checkers.delete(key);
    runs.delete(key);
    diagnostics.delete(doc.uri);
  }

  function current(doc: vscode.TextDocument): Checked | undefined {
    if (doc.getText().length > maxFileSize(doc.uri)) return checked.get(doc.uri.toString());
    return check(doc);
  }

  function around(doc: vscode.TextDocument, offset: number): RequestSlice | undefined {
    const key = doc.uri.toString();
    const checker = checkers.get(key);
    if (checked.get(key)?.version === doc.version) return checker?.around(offset);
    // A file checked on save only, edited since: the request under the cursor, cut from the text.
    const slice = parseAround(doc.getText(), offset);
    return slice && { ...slice, ids: checker?.around(Number.MAX_SAFE_INTEGER)?.ids };
  }

  // A workspace knowledge file is data of unknown origin (a shared case folder may carry one): in
  // Restricted Mode it is not read at all, and the extension says so once, with the way to trust.
  let saidRestricted = false;
  function sayRestricted(files: vscode.Uri[]): void {
    for (const uri of files) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), RESTRICTED, vscode.DiagnosticSeverity.Information);
      d.source = 'which-channel';
      knowledgeDiagnostics.set(uri, [d]);
    }
    if (saidRestricted) return;
    saidRestricted = true;
    const names = files.map((u) => vscode.workspace.asRelativePath(u)).join(', ');
    void vscode.window.showWarningMessage(`which-channel: ${names} ${RESTRICTED_NOTICE}`, TRUST).then((pick) => {
      if (pick === TRUST) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  }

  async function loadKnowledge(): Promise<void> {
    knowledge = SHIPPED;
    knowledgeDiagnostics.clear();
    const restricted: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // whichChannel.knowledgeFile is a restricted setting (package.json): in Restricted Mode a
      // folder's own value is not applied, and the default path below is not read either.
      const rel = config(folder.uri).get<string>('knowledgeFile', '.which-channel/knowledge.yaml');
      const uri = vscode.Uri.joinPath(folder.uri, rel);
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no override in this folder
      }
      if (!vscode.workspace.isTrusted) {
        restricted.push(uri);
        continue;
      }
      const res = parseKnowledgeOverride(text, { base: SHIPPED, severities: options(folder.uri).severities });
      knowledgeDiagnostics.set(uri, res.findings.map((f) => toDiagnostic(vscode, f, docUri)));
      if (res.override) knowledge = mergeKnowledge(knowledge, res.override);
      if (res.overrides) log.info(`${vscode.workspace.asRelativePath(uri)} overrides ${res.overrides} shipped fact${res.overrides === 1 ? '' : 's'}`);
    }
    if (restricted.length) sayRestricted(restricted);
  }

  /** Settings changes being applied (each reloads the knowledge, then re-checks every open case file). */
  let reloading = 0;

  function recheckAll(): void {
    checked.clear();
    checkers.clear();
    for (const doc of vscode.workspace.textDocuments) if (isCaseFile(doc)) check(doc);
  }

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, true)),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) schedule(e.document, false); }),
    vscode.workspace.onDidSaveTextDocument((d) => schedule(d, true)),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('whichChannel')) return;
      reloading++;
      try {
        for (const doc of vscode.workspace.textDocuments) if (!isCaseFile(doc)) forget(doc);
        await loadKnowledge();
        recheckAll();
      } finally {
        reloading--;
      }
    }),
  );

  const watcher = vscode.workspace.createFileSystemWatcher('**/.which-channel/knowledge.{yaml,yml}');
  const reload = async () => { await loadKnowledge(); recheckAll(); };
  context.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
    vscode.workspace.onDidGrantWorkspaceTrust(reload));

  return {
    check,
    last: (uri) => checked.get(uri.toString()),
    current,
    around,
    checksRun: (uri) => runs.get(uri.toString()) ?? 0,
    reloading: () => reloading > 0,
    scheduled: (uri) => timers.has(uri.toString()),
    knowledge: () => knowledge,
    options,
    onDidCheck: checkedEvent.event,
    start() {
      void loadKnowledge().then(recheckAll);
      for (const doc of vscode.workspace.textDocuments) schedule(doc, true);
    },
  };
}
