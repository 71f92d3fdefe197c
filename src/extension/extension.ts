// The VS Code extension: diagnostics, quick fixes, Fix All, hover, completion and commands for
// case files, all from the engine in src/lint. It runs no workspace code and makes no network
// call; every provider catches its own failures so nothing reaches the extension host.
// This file only wires the features together; each module under src/extension registers what
// it owns (navigation.ts and plan-view.ts will join them the same way).
import * as vscode from 'vscode';
import { docPath } from '../core/rule';
import type { Finding } from '../core/types';
import { isCaseFile } from './case-files';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerDraft } from './draft';
import { registerHover } from './hover';

export interface WhichChannelApi {
  /** The findings of the last check of a document (for tests and other extensions). */
  findings(uri: vscode.Uri): Finding[] | undefined;
  isCaseFile(doc: vscode.TextDocument): boolean;
  /** Whether a check of the document is waiting for typing to pause. */
  scheduled(uri: vscode.Uri): boolean;
}

export function activate(context: vscode.ExtensionContext): WhichChannelApi {
  const log = vscode.window.createOutputChannel('which-channel', { log: true });
  const docUri = (id: string) => vscode.Uri.joinPath(context.extensionUri, ...docPath(id).split('/'));
  context.subscriptions.push(log);

  const checks = registerDiagnostics(context, { log, docUri });
  registerCodeActions(context, { log, docUri, checks });
  registerHover(context, { log, checks });
  registerCompletion(context, { log, checks });
  registerCommands(context, { log, docUri, knowledge: checks.knowledge });
  registerDraft(context, { log, knowledge: checks.knowledge });

  checks.start();
  log.info('which-channel is active');

  return {
    findings: (uri) => checks.last(uri)?.findings,
    isCaseFile,
    scheduled: checks.scheduled,
  };
}

export function deactivate(): void {}
