// The task "which-channel: lint workspace": the CLI on each workspace folder, its output read by
// the "$which-channel" problem matcher (package.json), so every case file's problems reach the
// Problems panel, not only those of open files. It runs the extension's own CLI bundle with the
// editor's runtime (no Node needed on the PATH).
import * as vscode from 'vscode';

export const TASK_TYPE = 'which-channel';

export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const make = (folder: vscode.WorkspaceFolder, definition: vscode.TaskDefinition) => {
    const exec = new vscode.ProcessExecution(process.execPath, [cli, 'lint', '--format', 'stylish', ...((definition.paths as string[] | undefined) ?? ['.'])], {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
    });
    const task = new vscode.Task(definition, folder, 'lint workspace', 'which-channel', exec, '$which-channel');
    task.group = vscode.TaskGroup.Build;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
    return task;
  };
  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => make(f, { type: TASK_TYPE })),
    resolveTask(task) {
      const folder = task.scope && typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return folder && folder.uri.scheme === 'file' ? make(folder, task.definition) : undefined;
    },
  }));
}
