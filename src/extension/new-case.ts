// "New case file": an untitled document with a real path, `<case id>.case.yaml` in the first
// workspace folder, so its tab reads that name and Save As proposes it. Recommend a channel
// uses it too, to start a case with its drafted request when no case file is open. The skeleton
// is a snippet: Tab walks its placeholders (title, requesting state, authority, offences, the
// holder's name), whose texts stay as they are so the placeholder rule recognises one left in place.
import * as vscode from 'vscode';
import { localToday } from '../lint/engine';
import { isCaseFile } from './case-files';

/** The case part of a new file drafted by Recommend (which asked the requesting state); `requests` follow it. */
export function caseHeader(id: string, requestingState: string, urgency = 'routine'): string {
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

/**
 * The requesting state of the case files open in this window (the one most of them name): an
 * investigator's cases mostly share it. Undefined when none says.
 */
function usualRequestingState(): string | undefined {
  const count = new Map<string, number>();
  for (const d of vscode.workspace.textDocuments) {
    if (!isCaseFile(d)) continue;
    const m = /^ {2}requesting_state:[ \t]*["']?([A-Z]{2})\b/m.exec(d.getText());
    if (m) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The skeleton as a snippet: a case and one preservation request, each placeholder a tab stop. The
 * requesting state is never assumed: the usual one of the open case files, selected, or an empty
 * stop (the schema flags it until it is filled).
 */
export function skeletonSnippet(id: string, requestingState = usualRequestingState()): vscode.SnippetString {
  const s = new vscode.SnippetString();
  s.appendText(`# which-channel: case\nversion: 1\ncase:\n  id: ${id}\n  title: `).appendPlaceholder('Short title', 1)
    .appendText('\n  requesting_state: ');
  if (requestingState) s.appendPlaceholder(requestingState, 2);
  else s.appendTabstop(2);
  s.appendText('\n  requesting_authority: ').appendPlaceholder('Your authority', 3)
    .appendText('\n  offences: [').appendTabstop(4).appendText(']\n  urgency: routine\nrequests:\n  - id: preserve-platform\n    channel: lers\n    action: preserve\n    holder: { name: "')
    .appendPlaceholder('Platform name', 5).appendText('", type: platform, country: US }\n    data: [subscriber, ip_logs, content]\n').appendTabstop(0);
  return s;
}

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
  if (content) await editor.edit((b) => b.insert(new vscode.Position(0, 0), content(id)));
  else await editor.insertSnippet(skeletonSnippet(id), new vscode.Position(0, 0));
  return doc;
}
