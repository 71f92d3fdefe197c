// The `whichChannel.rules` setting: rule ids that are not rules and severities that are not
// severities are ignored by the checks; this says so once per distinct set of problems, in the
// output channel and as a warning, at start and whenever the setting changes.
import * as vscode from 'vscode';
import { checkRuleSettings, ruleSettingsMessage } from '../core/rule-settings';
import { RULE_IDS } from '../rules';
import { config } from './case-files';

export function registerSettingsCheck(context: vscode.ExtensionContext, { log }: { log: vscode.LogOutputChannel }): void {
  const said = new Set<string>();
  function checkNow(): void {
    // The window's value and each folder's (a folder's settings may name other ids).
    const scopes: (vscode.Uri | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
    const merged: Record<string, unknown> = {};
    for (const scope of scopes) Object.assign(merged, config(scope).get<Record<string, unknown>>('rules', {}));
    const message = ruleSettingsMessage(checkRuleSettings(merged, RULE_IDS));
    if (!message || said.has(message)) return;
    said.add(message);
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  }
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('whichChannel.rules')) checkNow(); }));
  checkNow();
}
