// "which-channel: Recommend a channel": a short QuickPick flow (what is needed, which data, who
// holds it and where, the requesting state, urgency), then the engine's best route, why, and
// the drafted request inserted into the case. Tests pass the answers as an argument.
import * as vscode from 'vscode';
import type { Action } from '../core/case';
import { appendRequestEdits } from '../core/edits';
import { parseText } from '../core/parse';
import { recommend, RecommendAnswers } from '../core/recommend';
import { valuesFor } from '../core/schema-info';
import type { Knowledge } from '../knowledge';
import { localToday } from '../lint/engine';
import { toTextEdits } from './adapter';

export type RecommendArgs = Partial<RecommendAnswers> & { urgency?: string };

interface Deps {
  knowledge(): Knowledge;
  isCaseFile(doc: vscode.TextDocument): boolean;
  log: vscode.LogOutputChannel;
}

const NEEDS: { label: string; description: string; action: Action }[] = [
  { label: 'Freeze data before it is deleted', description: 'preserve', action: 'preserve' },
  { label: 'Data or records (subscriber info, IPs, content, bank records)', description: 'produce', action: 'produce' },
  { label: 'Testimony of a witness abroad', description: 'testimony', action: 'testimony' },
  { label: 'Find where a person is', description: 'locate', action: 'locate' },
  { label: 'Find out who a person is', description: 'identify', action: 'identify' },
  { label: 'Arrest a person with a view to extradition', description: 'arrest', action: 'arrest' },
  { label: "Warn other countries about a person", description: 'warn', action: 'warn' },
  { label: 'Find a missing person', description: 'find_missing', action: 'find_missing' },
];

async function pickCountry(title: string, preset?: string): Promise<string | undefined> {
  const items = valuesFor(['case', 'requesting_state']).map((v) => ({ label: v.value, description: v.description }));
  if (preset) items.sort((a, b) => Number(b.label === preset) - Number(a.label === preset));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Type a country name or code', matchOnDescription: true }))?.label;
}

/** Ask whatever the arguments do not already give; undefined when the user cancels. */
async function ask(args: RecommendArgs, fromCase: { requestingState?: string }): Promise<RecommendArgs | undefined> {
  const a: RecommendArgs = { ...args };
  const step = (n: number) => `Recommend a channel (${n})`;
  if (!a.action) {
    const need = await vscode.window.showQuickPick(NEEDS, { title: step(1), placeHolder: 'What do you need?' });
    if (!need) return undefined;
    a.action = need.action;
  }
  const person = !['preserve', 'produce'].includes(a.action);
  if (!person && !a.data) {
    const data = await vscode.window.showQuickPick(valuesFor(['requests', 0, 'data', 0]).map((v) => ({ label: v.value, description: v.description })), { title: step(2), placeHolder: 'Which data?', canPickMany: true });
    if (!data || data.length === 0) return undefined;
    a.data = data.map((d) => d.label);
  }
  if (!person && !a.holder) {
    const name = await vscode.window.showInputBox({ title: step(3), prompt: 'Who holds the data? (e.g. Meta Platforms, Inc.)' });
    if (name === undefined) return undefined;
    const type = await vscode.window.showQuickPick(valuesFor(['requests', 0, 'holder', 'type']).map((v) => ({ label: v.value, description: v.description })), { title: step(3), placeHolder: 'What kind of holder?' });
    if (!type) return undefined;
    const country = await pickCountry(`${step(3)}: where is the holder established?`, 'US');
    if (!country) return undefined;
    const eu = await vscode.window.showQuickPick([{ label: 'Unknown', value: undefined }, { label: 'Yes', value: true }, { label: 'No', value: false }], { title: step(3), placeHolder: 'Does the holder offer services in the EU?' });
    if (!eu) return undefined;
    a.holder = { name: name || 'Unknown holder', type: type.label, country, eu_services: eu.value };
  }
  if (person && !a.person) {
    const name = await vscode.window.showInputBox({ title: step(3), prompt: a.action === 'testimony' ? 'The witness (name or description)' : 'The person (name or description)' });
    if (name === undefined) return undefined;
    a.person = { name: name || 'Unknown person' };
  }
  if (a.action === 'testimony' && !a.requestedState) {
    a.requestedState = await pickCountry(`${step(4)}: where is the witness?`);
    if (!a.requestedState) return undefined;
  }
  if (!a.requestingState) a.requestingState = fromCase.requestingState ?? (await pickCountry(`${step(4)}: which state is asking?`));
  if (!a.requestingState) return undefined;
  if (!a.urgency) {
    const u = await vscode.window.showQuickPick(valuesFor(['case', 'urgency']).map((v) => ({ label: v.value, description: v.description })), { title: step(5), placeHolder: 'How urgent?' });
    if (!u) return undefined;
    a.urgency = u.label;
  }
  return a;
}

/** Runs the flow; resolves to the drafted request's id, or undefined. */
export async function runRecommend(deps: Deps, args: RecommendArgs = {}): Promise<string | undefined> {
  try {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && deps.isCaseFile(editor.document) ? editor.document : undefined;
    const parsed = doc ? parseText(doc.getText()) : undefined;
    const value = parsed?.value as { case?: { requesting_state?: unknown }; requests?: { id?: unknown }[] } | null | undefined;
    const requestingState = typeof value?.case?.requesting_state === 'string' ? value.case.requesting_state : undefined;
    const a = await ask(args, { requestingState });
    if (!a || !a.action) return undefined;
    const takenIds = Array.isArray(value?.requests) ? value!.requests.map((r) => r?.id).filter((x): x is string => typeof x === 'string') : [];
    const rec = recommend(deps.knowledge(), { ...(a as RecommendAnswers), date: a.date ?? localToday(), takenIds });
    const urgent = a.urgency === 'threat_to_life' ? ' Threat to life: US providers may disclose in an emergency (18 U.S.C. 2702(b)(8), discretionary); EU orders allow 8 hours.' : '';
    if (!rec.route.channel || !rec.request) {
      void vscode.window.showWarningMessage(`No channel fits: ${rec.route.reason}${urgent}`);
      return undefined;
    }
    const why = `Best route: ${rec.route.channel}${rec.route.notice ? ` (${rec.route.notice} notice)` : ''}. ${rec.route.reason}${urgent}`;
    if (!doc || !parsed) {
      void vscode.window.showInformationMessage(`${why} Open a case file to insert the request.`);
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, toTextEdits(vscode, doc, appendRequestEdits(parsed, rec.request)));
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    void vscode.window.showInformationMessage(`${why} Inserted request ${String(rec.request.id)}.`);
    return String(rec.request.id);
  } catch (err) {
    deps.log.error(`Recommend a channel failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`which-channel could not recommend a channel: ${(err as Error).message}`);
    return undefined;
  }
}

