// The VS Code extension: diagnostics, quick fixes, Fix All, hover, completion and commands for
// case files, all from the engine in src/lint. It runs no workspace code and makes no network
// call; every provider catches its own failures so nothing reaches the extension host.
// This file only wires the features together; each module under src/extension registers what
// it owns (navigation.ts and plan-view.ts will join them the same way).
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { CasesViewState, registerCasesView } from './cases-view';
import { isCaseFile, registerCaseFileContext } from './case-files';
import { registerCodeActions } from './code-actions';
import { registerCodeLens } from './codelens';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerDraft } from './draft';
import { registerFollowUp } from './follow-up';
import { registerHover } from './hover';
import { registerRuleDocs, ruleDocUri } from './rule-docs';
import { registerSettingsCheck } from './settings';
import { registerNavigation } from './navigation';
import { PlanViewState, registerPlanView } from './plan-view';
import { registerTasks } from './tasks';

export interface WhichChannelApi {
  /** The findings of the last check of a document (for tests and other extensions). */
  findings(uri: vscode.Uri): Finding[] | undefined;
  isCaseFile(doc: vscode.TextDocument): boolean;
  /** Whether a check of the document is waiting for typing to pause. */
  scheduled(uri: vscode.Uri): boolean;
  /** How many checks of a document ran since it was opened (tests: nothing re-checks a large file before save). */
  checksRun(uri: vscode.Uri): number;
  /** Whether a settings change is still being applied (tests wait for it before counting checks). */
  settingsReloading(): boolean;
  /** What the case plan view shows now, if it is open. */
  planView(): PlanViewState | undefined;
  /** Fires after each redraw of the case plan view. */
  onDidDrawPlan: vscode.Event<PlanViewState>;
  /** What the Cases view shows now. */
  casesView(): CasesViewState;
  /** Fires after each refresh of the Cases view. */
  onDidRefreshCases: vscode.Event<CasesViewState>;
}

export function activate(context: vscode.ExtensionContext): WhichChannelApi {
  const log = vscode.window.createOutputChannel('which-channel', { log: true });
  // Diagnostic codes link to the rule pages, read-only and rendered (rule-docs.ts).
  const docUri = ruleDocUri;
  context.subscriptions.push(log);
  registerRuleDocs(context, { log });
  registerCaseFileContext(context);

  const checks = registerDiagnostics(context, { log, docUri });
  registerCodeActions(context, { log, docUri, checks });
  registerHover(context, { log, checks });
  registerCompletion(context, { log, checks });
  registerCommands(context, { log, docUri, knowledge: checks.knowledge });
  registerNavigation(context, { log, checks });
  registerCodeLens(context, { log, checks });
  const planView = registerPlanView(context, { log, checks });
  registerTasks(context);
  const casesView = registerCasesView(context, { log, checks });

  registerSettingsCheck(context, { log });
  registerDraft(context, { log, knowledge: checks.knowledge });
  registerFollowUp(context, { log, checks });

  checks.start();
  log.info('which-channel is active');

  return {
    findings: (uri) => checks.last(uri)?.findings,
    isCaseFile,
    scheduled: checks.scheduled,
    checksRun: checks.checksRun,
    settingsReloading: checks.reloading,
    planView: planView.state,
    onDidDrawPlan: planView.onDidDraw,
    casesView: casesView.state,
    onDidRefreshCases: casesView.onDidRefresh,
  };
}

export function deactivate(): void {}
