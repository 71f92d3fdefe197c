// Commands: "Recommend a channel" (the flow is in recommend.ts), "New case file" and "Show rule
// documentation" (the rule's doc page in the Markdown preview, linked from each diagnostic's
// code). whichChannel.fixAll belongs to the code actions.
import * as vscode from 'vscode';
import type { Knowledge } from '../knowledge';
import { RULE_IDS } from '../rules';
import { isCaseFile } from './case-files';
import { openNewCaseFile } from './new-case';
import { runRecommend, RecommendArgs } from './recommend';

export interface CommandsDeps {
  log: vscode.LogOutputChannel;
  docUri(id: string): vscode.Uri;
  knowledge(): Knowledge;
}

/** Register whichChannel.showRuleDoc, whichChannel.recommendChannel and whichChannel.newCaseFile. */
export function registerCommands(context: vscode.ExtensionContext, { log, docUri, knowledge }: CommandsDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('whichChannel.showRuleDoc', async (id: string) => {
      if (!RULE_IDS.includes(id)) return;
      await vscode.commands.executeCommand('markdown.showPreview', docUri(id));
    }),
    vscode.commands.registerCommand('whichChannel.recommendChannel', (args?: RecommendArgs) => runRecommend({ knowledge, isCaseFile, log }, args)),
    vscode.commands.registerCommand('whichChannel.newCaseFile', () => openNewCaseFile()),
  );
}
