// Commands: "Recommend a channel" (the flow is in recommend.ts), "New case file" and "Show rule
// documentation" (the rule's doc page in the Markdown preview, linked from each diagnostic's
// code). whichChannel.fixAll belongs to the code actions.
import * as vscode from 'vscode';
import type { Knowledge } from '../knowledge';
import { localToday } from '../lint/engine';
import { RULE_IDS } from '../rules';
import { isCaseFile } from './case-files';
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
    vscode.commands.registerCommand('whichChannel.newCaseFile', async () => {
      const content = NEW_CASE.replace('${today}', localToday());
      const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
  );
}

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
