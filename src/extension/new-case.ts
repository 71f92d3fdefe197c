// "New case file": an untitled document with a real path, `<case id>.case.yaml` in the first
// workspace folder, so its tab reads that name and Save As proposes it. Recommend a channel
// uses it too, to start a case with its drafted request when no case file is open.
import * as vscode from 'vscode';
import { localToday } from '../lint/engine';

/** The case part of a new file; `requests` follow it. */
export function caseHeader(id: string, requestingState = 'IN', urgency = 'routine'): string {
  return `# which-channel: case
version: 1
case:
  id: ${id}
  title: Short title
  requesting_state: ${requestingState}
  requesting_authority: Your authority
  offences: []
  urgency: ${urgency}
`;
}

const SKELETON_REQUESTS = `requests:
  - id: preserve-platform
    channel: lers
    action: preserve
    holder: { name: "Platform name", type: platform, country: US }
    data: [subscriber, ip_logs, content]
`;

/** An untitled `CASE-<date>[-n].case.yaml` in the first workspace folder, unused on disk and among open documents. */
async function freshCaseUri(today: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = `CASE-${today.replace(/-/g, '')}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.case.yaml`;
    const path = folder ? vscode.Uri.joinPath(folder, name).path : `/${name}`;
    const open = vscode.workspace.textDocuments.some((d) => d.uri.path === path);
    const onDisk = folder ? await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)).then(() => true, () => false) : false;
    if (!open && !onDisk) return vscode.Uri.from({ scheme: 'untitled', path });
  }
}

/**
 * Open a new case file, shown in an editor: by default the skeleton (a case and one preservation
 * request); `content(id)` gives other text for the case id the file is named after.
 */
export async function openNewCaseFile(content?: (id: string) => string): Promise<vscode.TextDocument> {
  const uri = await freshCaseUri(localToday());
  const id = uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.case\.yaml$/, '');
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const text = content ? content(id) : caseHeader(id) + SKELETON_REQUESTS;
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), text));
  return doc;
}
