// The VS Code extension: diagnostics, quick fixes, Fix All, hover, completion and commands for
// case files, all from the engine in src/core. It runs no workspace code and makes no network
// call; every provider catches its own failures so nothing reaches the extension host.
import * as vscode from 'vscode';
import { completeAt } from '../core/complete';
import { appendRequestEdits } from '../core/edits';
import { fixText, LintOptions, localToday } from '../core/engine';
import { hoverAt } from '../core/hover';
import { IncrementalChecker } from '../core/incremental';
import { parseText, ParsedDocument } from '../core/parse';
import type { Finding, SeveritySetting } from '../core/types';
import { Knowledge, mergeKnowledge, SHIPPED } from '../knowledge';
import { parseKnowledgeOverride } from '../knowledge/override';
import { RULE_IDS } from '../rules';
import { disableLineEdit, findingFor, minimalEdit, ruleIdOf, toDiagnostic, toTextEdits } from './adapter';
import { runRecommend, RecommendArgs } from './recommend';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('which-channel');
const MODELINE = /^#\s*which-channel:\s*case\b/;
const DEBOUNCE_MS = 250;

interface Checked {
  version: number;
  findings: Finding[];
  /** Parsed on demand (hover, completion): a check while typing does not parse the whole file. */
  parsed(): ParsedDocument;
}

export interface WhichChannelApi {
  /** The findings of the last check of a document (for tests and other extensions). */
  findings(uri: vscode.Uri): Finding[] | undefined;
  isCaseFile(doc: vscode.TextDocument): boolean;
  /** Whether a check of the document is waiting for typing to pause. */
  scheduled(uri: vscode.Uri): boolean;
}

export function activate(context: vscode.ExtensionContext): WhichChannelApi {
  const log = vscode.window.createOutputChannel('which-channel', { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('which-channel');
  const knowledgeDiagnostics = vscode.languages.createDiagnosticCollection('which-channel-knowledge');
  const checked = new Map<string, Checked>();
  // One incremental checker per open document: an edit re-checks only the request it touched.
  const checkers = new Map<string, IncrementalChecker>();
  const timers = new Map<string, NodeJS.Timeout>();
  const saidTooLarge = new Set<string>();
  let knowledge: Knowledge = SHIPPED;
  const docUri = (id: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  context.subscriptions.push(log, diagnostics, knowledgeDiagnostics);

  const config = (scope?: vscode.Uri) => vscode.workspace.getConfiguration('whichChannel', scope ?? null);

  function isCaseFile(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return false;
    if (/\.case\.ya?ml$/i.test(doc.uri.path)) return true;
    if (doc.languageId !== 'yaml') return false;
    const globs = config(doc.uri).get<string[]>('files', []);
    if (globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
    return MODELINE.test(doc.lineAt(0).text);
  }

  function options(scope?: vscode.Uri): LintOptions {
    const rules = config(scope).get<Record<string, SeveritySetting>>('rules', {});
    const severities: Record<string, SeveritySetting> = {};
    for (const [id, s] of Object.entries(rules)) if (RULE_IDS.includes(id) && ['error', 'warning', 'info', 'off'].includes(s)) severities[id] = s;
    return { knowledge, severities, today: localToday() };
  }

  /** Check a document now, or reuse the result for its current version. */
  function check(doc: vscode.TextDocument): Checked | undefined {
    const key = doc.uri.toString();
    const cached = checked.get(key);
    if (cached && cached.version === doc.version) return cached;
    try {
      const text = doc.getText();
      let checker = checkers.get(key);
      if (!checker) checkers.set(key, (checker = new IncrementalChecker()));
      const result = checker.check(text, options(doc.uri));
      let parsed: ParsedDocument | undefined;
      const entry = { version: doc.version, findings: result.findings, parsed: () => (parsed ??= parseText(text)) };
      checked.set(key, entry);
      diagnostics.set(doc.uri, result.findings.map((f) => toDiagnostic(vscode, f, docUri)));
      return entry;
    } catch (err) {
      log.error(`Checking ${doc.uri.fsPath} failed: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  }

  function tooLarge(doc: vscode.TextDocument): boolean {
    const limit = config(doc.uri).get<number>('maxFileSizeKB', 2048) * 1024;
    const big = doc.getText().length > limit;
    if (big && !saidTooLarge.has(doc.uri.toString())) {
      saidTooLarge.add(doc.uri.toString());
      void vscode.window.showInformationMessage(`which-channel: ${vscode.workspace.asRelativePath(doc.uri)} is larger than whichChannel.maxFileSizeKB; it is checked on save only.`);
    }
    return big;
  }

  function schedule(doc: vscode.TextDocument, immediate: boolean): void {
    if (!isCaseFile(doc)) return;
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
    diagnostics.delete(doc.uri);
  }

  async function loadKnowledge(): Promise<void> {
    knowledge = SHIPPED;
    knowledgeDiagnostics.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const rel = config(folder.uri).get<string>('knowledgeFile', '.which-channel/knowledge.yaml');
      const uri = vscode.Uri.joinPath(folder.uri, rel);
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no override in this folder
      }
      const res = parseKnowledgeOverride(text);
      knowledgeDiagnostics.set(uri, res.findings.map((f) => toDiagnostic(vscode, f, docUri)));
      if (res.override) knowledge = mergeKnowledge(knowledge, res.override);
    }
  }

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
      for (const doc of vscode.workspace.textDocuments) if (!isCaseFile(doc)) forget(doc);
      await loadKnowledge();
      recheckAll();
    }),
  );

  const watcher = vscode.workspace.createFileSystemWatcher('**/.which-channel/knowledge.{yaml,yml}');
  const reload = async () => { await loadKnowledge(); recheckAll(); };
  context.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));

  // Quick fixes, found by diagnostic code and document version, never by message text.
  const selector: vscode.DocumentSelector = [{ language: 'yaml' }, { pattern: '**/*.case.{yaml,yml}' }];
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(selector, {
    provideCodeActions(doc, _range, ctx) {
      try {
        if (!isCaseFile(doc)) return [];
        const entry = check(doc);
        if (!entry) return [];
        const actions: vscode.CodeAction[] = [];
        const wantsFixAll = ctx.only && (FIX_ALL_KIND.contains(ctx.only) || ctx.only.contains(FIX_ALL_KIND));
        if (!ctx.only || ctx.only.contains(vscode.CodeActionKind.QuickFix)) {
          // The diagnostics VS Code passes can lag behind the last check (Ctrl+. right after
          // typing): our own findings under the range count too.
          const given = ctx.diagnostics.filter((d) => ruleIdOf(d));
          const own = entry.findings
            .filter((f) => _range.intersection(new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character)))
            .map((f) => toDiagnostic(vscode, f, docUri))
            .filter((d) => !given.some((g) => ruleIdOf(g) === ruleIdOf(d) && g.range.isEqual(d.range)));
          for (const d of [...given, ...own]) {
            const id = ruleIdOf(d);
            const f = id && findingFor(entry.findings, d);
            if (!id || !f) continue;
            f.fixes.forEach((fix, i) => {
              const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              a.diagnostics = [d];
              a.isPreferred = i === 0 && f.autofix;
              a.edit = new vscode.WorkspaceEdit();
              a.edit.set(doc.uri, toTextEdits(vscode, doc, fix.edits));
              actions.push(a);
            });
            const disable = new vscode.CodeAction(`Disable ${id} for this line`, vscode.CodeActionKind.QuickFix);
            disable.diagnostics = [d];
            disable.edit = new vscode.WorkspaceEdit();
            disable.edit.set(doc.uri, toTextEdits(vscode, doc, [disableLineEdit(doc.getText(), d.range.start.line, id, doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n')]));
            actions.push(disable);
            const show = new vscode.CodeAction(`Show documentation for ${id}`, vscode.CodeActionKind.QuickFix);
            show.command = { title: show.title, command: 'whichChannel.showRuleDoc', arguments: [id] };
            actions.push(show);
          }
        }
        // Fix All runs every fix pass over the whole file: only when asked for (Source Action
        // menu, codeActionsOnSave), never for the light bulb at each cursor move.
        if (wantsFixAll || (ctx.only && ctx.only.contains(vscode.CodeActionKind.Source))) {
          const edit = fixAllEdit(doc);
          if (edit) {
            const a = new vscode.CodeAction('Fix all which-channel problems', FIX_ALL_KIND);
            a.edit = new vscode.WorkspaceEdit();
            a.edit.set(doc.uri, toTextEdits(vscode, doc, [edit]));
            actions.push(a);
          }
        }
        return actions;
      } catch (err) {
        log.error(`Code actions failed: ${(err as Error).stack ?? err}`);
        return [];
      }
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] }));

  function fixAllEdit(doc: vscode.TextDocument) {
    const text = doc.getText();
    const res = fixText(text, options(doc.uri));
    return minimalEdit(text, res.output);
  }

  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, {
    provideHover(doc, position) {
      try {
        if (!isCaseFile(doc)) return undefined;
        const entry = check(doc);
        if (!entry) return undefined;
        const offset = doc.offsetAt(position);
        // On a file checked incrementally, read the request under the cursor, not the whole file.
        const slice = checkers.get(doc.uri.toString())?.around(offset);
        const h = slice ? hoverAt(slice.parsed, slice.toLocal(offset), knowledge) : hoverAt(entry.parsed(), offset, knowledge);
        if (!h) return undefined;
        const [start, end] = slice ? [slice.toGlobal(h.start), slice.toGlobal(h.end)] : [h.start, h.end];
        const md = new vscode.MarkdownString(h.markdown);
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
      } catch (err) {
        log.error(`Hover failed: ${(err as Error).stack ?? err}`);
        return undefined;
      }
    },
  }));

  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(selector, {
    provideCompletionItems(doc, position) {
      try {
        if (!isCaseFile(doc)) return [];
        const text = doc.getText();
        const offset = doc.offsetAt(position);
        // Bring the check up to this version (cheap, incremental) unless the file is only checked on save.
        const big = text.length > config(doc.uri).get<number>('maxFileSizeKB', 2048) * 1024;
        const entry = big ? checked.get(doc.uri.toString()) : check(doc);
        const current = entry && entry.version === doc.version;
        const slice = current ? checkers.get(doc.uri.toString())?.around(offset) : undefined;
        const items = slice
          ? completeAt(slice.text, slice.toLocal(offset), slice.parsed, slice.ids)
          : completeAt(text, offset, current ? entry.parsed() : parseText(text));
        return items.map((c) => {
          const item = new vscode.CompletionItem(c.label, c.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember);
          item.insertText = c.insertText;
          item.detail = c.detail;
          if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
          if (c.kind === 'key') item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
          return item;
        });
      } catch (err) {
        log.error(`Completion failed: ${(err as Error).stack ?? err}`);
        return [];
      }
    },
  }, ':', ' ', '[', ',', '-'));

  context.subscriptions.push(
    vscode.commands.registerCommand('whichChannel.showRuleDoc', async (id: string) => {
      if (!RULE_IDS.includes(id)) return;
      await vscode.commands.executeCommand('markdown.showPreview', docUri(id));
    }),
    vscode.commands.registerCommand('whichChannel.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isCaseFile(editor.document)) return false;
      const edit = fixAllEdit(editor.document);
      if (!edit) return false;
      const we = new vscode.WorkspaceEdit();
      we.set(editor.document.uri, toTextEdits(vscode, editor.document, [edit]));
      return vscode.workspace.applyEdit(we);
    }),
    vscode.commands.registerCommand('whichChannel.recommendChannel', (args?: RecommendArgs) => runRecommend({ knowledge: () => knowledge, isCaseFile, log }, args)),
    vscode.commands.registerCommand('whichChannel.newCaseFile', async () => {
      const content = NEW_CASE.replace('${today}', localToday());
      const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
  );

  void loadKnowledge().then(recheckAll);
  for (const doc of vscode.workspace.textDocuments) schedule(doc, true);
  log.info('which-channel is active');

  return {
    findings: (uri) => checked.get(uri.toString())?.findings,
    isCaseFile,
    scheduled: (uri) => timers.has(uri.toString()),
  };
}

export function deactivate(): void {}

const NEW_CASE = `# which-channel: case
version: 1
case:
  id: CASE-ID
  title: Short title
  requesting_state: IN
  requesting_authority: Your authority
  offences: []
  urgency: routine
requests:
  - id: preserve-platform
    channel: lers
    action: preserve
    holder: { name: "Platform name", type: platform, country: US }
    data: [subscriber, ip_logs, content]
    sent: \${today}
`;

