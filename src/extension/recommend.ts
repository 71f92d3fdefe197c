// "which-channel: Recommend a channel": a short QuickPick flow (what is needed, which data, who
// holds it and where, the requesting state, urgency), then the engine's best route, why, and
// the drafted request inserted into the case (with the preservation it needs first). Each
// question shows its step ("2/6"); what the case already says (requesting state, urgency) is
// not asked. Where the MLA basis turns on a fact the case does not state (an organised criminal
// group for UNTOC, corruption for UNCAC), it asks that one question and writes the answer into
// the case. With no case file open it says so first and offers a new case file at the end.
// Tests pass the answers as an argument.
import * as vscode from 'vscode';
import type { Action, Holder } from '../core/case';
import { registryEntities } from '../core/complete-providers';
import { parseText } from '../core/parse';
import { offenceFactsOf } from '../core/legal-basis';
import { factQuestion, recommend, RecommendAnswers } from '../core/recommend';
import { valuesFor } from '../core/schema-info';
import type { Knowledge } from '../knowledge';
import { localToday } from '../lint/engine';
import { CaseFactAnswer, draftInto, writeCaseFacts } from '../lint/recommend-draft';
import { minimalEdit, toTextEdits } from './adapter';
import { caseHeader, openNewCaseFile } from './new-case';

export type RecommendArgs = Partial<RecommendAnswers> & {
  urgency?: string;
  /** The answer to the fact question, where one is asked (tests): yes, no, or null for not known. */
  fact?: boolean | null;
  /** With no case file open: start a new case file with the draft without asking (tests). */
  startNewCase?: boolean;
};

interface Deps {
  knowledge(): Knowledge;
  isCaseFile(doc: vscode.TextDocument): boolean;
  log: vscode.LogOutputChannel;
}

const TITLE = 'Recommend a channel';

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

interface Step { step: number; totalSteps: number }

/**
 * The question on screen. A new question is shown before the previous one is disposed, so the
 * quick input never closes between steps and no key typed in between reaches the editor.
 */
let onScreen: vscode.QuickInput | undefined;
function replace(next: vscode.QuickInput): void {
  const prev = onScreen;
  onScreen = next;
  next.show();
  prev?.dispose();
}
/** Close the last question (at the end of the flow). */
function closeQuestions(): void {
  onScreen?.dispose();
  onScreen = undefined;
}

/** One QuickPick question with its step; undefined when the user cancels. */
function pick<T extends vscode.QuickPickItem>(items: T[], o: Step & { title?: string; placeholder: string; many?: boolean }): Promise<readonly T[] | undefined> {
  const q = vscode.window.createQuickPick<T>();
  Object.assign(q, { title: o.title ?? TITLE, placeholder: o.placeholder, step: o.step || undefined, totalSteps: o.totalSteps || undefined, canSelectMany: Boolean(o.many), matchOnDescription: true, items, ignoreFocusOut: true });
  return answerOf(q, () => {
    const chosen = o.many ? q.selectedItems : q.activeItems.slice(0, 1);
    return chosen.length ? chosen : undefined;
  });
}

/**
 * Show a question; resolve with `value()` when it is accepted with one (the question then stays,
 * busy, until the next replaces it), or undefined when it is closed.
 */
function answerOf<T>(q: vscode.QuickInput & { onDidAccept: vscode.Event<void> }, value: () => T | undefined): Promise<T | undefined> {
  return new Promise((resolve) => {
    let done = false;
    q.onDidAccept(() => {
      const v = value();
      if (v === undefined || done) return;
      done = true;
      q.busy = true;
      q.enabled = false;
      resolve(v);
    });
    q.onDidHide(() => { if (!done) { done = true; resolve(undefined); } });
    replace(q);
  });
}

/** One free-text question with its step; undefined when the user cancels. */
function input(o: Step & { prompt: string }): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  Object.assign(box, { title: TITLE, prompt: o.prompt, step: o.step, totalSteps: o.totalSteps, ignoreFocusOut: true });
  return answerOf(box, () => box.value);
}

const options = (path: (string | number)[]) => valuesFor(path).map((v) => ({ label: v.value, description: v.description }));

async function pickCountry(s: Step, question: string, preset?: string): Promise<string | undefined> {
  const items = options(['case', 'requesting_state']);
  if (preset) items.sort((a, b) => Number(b.label === preset) - Number(a.label === preset));
  return (await pick(items, { ...s, title: `${TITLE}: ${question}`, placeholder: 'Type a country name or code' }))?.[0].label;
}

type Question = 'need' | 'data' | 'holderName' | 'holderType' | 'holderCountry' | 'holderEu' | 'person' | 'witnessState' | 'requestingState' | 'urgency';

/** What the case file already answers. */
interface FromCase { requestingState?: string; urgency?: string }

/** The questions still to ask (for an action not chosen yet, those of a request for data). */
export function questionsLeft(a: RecommendArgs, holder: Partial<Holder> & { eu?: boolean }, fromCase: FromCase): Question[] {
  const q: Question[] = [];
  if (!a.action) q.push('need');
  const person = a.action !== undefined && !['preserve', 'produce'].includes(a.action);
  if (!person) {
    if (!a.data) q.push('data');
    if (!a.holder) {
      if (holder.name === undefined) q.push('holderName');
      if (holder.type === undefined) q.push('holderType');
      if (holder.country === undefined) q.push('holderCountry');
      if (!('eu' in holder)) q.push('holderEu');
    }
  } else {
    if (!a.person) q.push('person');
    if (a.action === 'testimony' && !a.requestedState) q.push('witnessState');
  }
  if (!a.requestingState && !fromCase.requestingState) q.push('requestingState');
  if (!a.urgency && !fromCase.urgency) q.push('urgency');
  return q;
}

/** Ask whatever the arguments and the case do not already give; undefined when the user cancels. */
async function ask(args: RecommendArgs, fromCase: FromCase, knowledge: Knowledge): Promise<RecommendArgs | undefined> {
  try {
    return await askAll(args, fromCase, knowledge);
  } finally {
    closeQuestions();
  }
}

/**
 * Who holds the data: the registry's entities first (with their type, country and EU services,
 * then not asked), and whatever else is typed as a holder of its own.
 */
function pickHolder(s: Step, k: Knowledge): Promise<(Partial<Holder> & { eu?: boolean }) | undefined> {
  type Item = vscode.QuickPickItem & { holder: Partial<Holder> & { eu?: boolean } };
  const registry: Item[] = registryEntities(k).map((r) => ({
    label: r.label,
    description: r.facts,
    detail: r.provider.names?.length ? `Also: ${r.provider.names.filter((n) => n !== r.entity.name).slice(0, 6).join(', ')}` : undefined,
    holder: { name: r.entity.name, ...(r.holder.type ? { type: r.holder.type as Holder['type'] } : {}), ...(r.holder.country ? { country: r.holder.country } : {}), ...(r.holder.type && r.holder.country ? { eu: r.holder.eu_services === undefined ? undefined : r.holder.eu_services === 'true' } : {}) },
  }));
  const q = vscode.window.createQuickPick<Item>();
  Object.assign(q, { title: TITLE, placeholder: 'Who holds the data? Pick a provider, or type a name', step: s.step, totalSteps: s.totalSteps, matchOnDescription: true, matchOnDetail: true, items: registry, ignoreFocusOut: true });
  // The typed name as a holder of its own, always on the list after the registry's matches (unless it is one of them).
  q.onDidChangeValue((v) => {
    const typed = v.trim();
    const known = registry.some((r) => r.label.toLowerCase() === typed.toLowerCase());
    q.items = typed && !known ? [...registry, { label: typed, description: 'another holder (not in the registry)', alwaysShow: true, holder: { name: typed } }] : registry;
  });
  return answerOf(q, () => q.activeItems[0]?.holder ?? { name: q.value.trim() || 'Unknown holder' });
}

async function askAll(args: RecommendArgs, fromCase: FromCase, knowledge: Knowledge): Promise<RecommendArgs | undefined> {
  const a: RecommendArgs = { ...args };
  const h: Partial<Holder> & { eu?: boolean } = {};
  let asked = 0;
  for (let left = questionsLeft(a, h, fromCase); left.length > 0; left = questionsLeft(a, h, fromCase)) {
    const s: Step = { step: asked + 1, totalSteps: asked + left.length };
    asked++;
    switch (left[0]) {
      case 'need': {
        const need = await pick(NEEDS, { ...s, placeholder: 'What do you need?' });
        if (!need) return undefined;
        a.action = need[0].action;
        break;
      }
      case 'data': {
        const data = await pick(options(['requests', 0, 'data', 0]), { ...s, placeholder: 'Which data?', many: true });
        if (!data || data.length === 0) return undefined;
        a.data = data.map((d) => d.label);
        break;
      }
      case 'holderName': {
        const holder = await pickHolder(s, knowledge);
        if (holder === undefined) return undefined;
        Object.assign(h, holder);
        // A registry entity gives its facts: the type, country and EU questions are not asked.
        if (h.type && h.country && 'eu' in h) a.holder = { name: h.name!, type: h.type, country: h.country, eu_services: h.eu } as Holder;
        break;
      }
      case 'holderType': {
        const type = await pick(options(['requests', 0, 'holder', 'type']), { ...s, placeholder: 'What kind of holder?' });
        if (!type) return undefined;
        h.type = type[0].label as Holder['type'];
        break;
      }
      case 'holderCountry': {
        const country = await pickCountry(s, 'where is the holder established?', 'US');
        if (!country) return undefined;
        h.country = country;
        break;
      }
      case 'holderEu': {
        const eu = await pick([{ label: 'Unknown', value: undefined }, { label: 'Yes', value: true }, { label: 'No', value: false }], { ...s, placeholder: 'Does the holder offer services in the EU?' });
        if (!eu) return undefined;
        h.eu = eu[0].value;
        a.holder = { name: h.name!, type: h.type!, country: h.country!, eu_services: h.eu } as Holder;
        break;
      }
      case 'person': {
        const name = await input({ ...s, prompt: a.action === 'testimony' ? 'The witness (name or description)' : 'The person (name or description)' });
        if (name === undefined) return undefined;
        a.person = { name: name || 'Unknown person' };
        break;
      }
      case 'witnessState':
        a.requestedState = await pickCountry(s, 'where is the witness?');
        if (!a.requestedState) return undefined;
        break;
      case 'requestingState':
        a.requestingState = await pickCountry(s, 'which state is asking?');
        if (!a.requestingState) return undefined;
        break;
      case 'urgency': {
        const u = await pick(options(['case', 'urgency']), { ...s, placeholder: 'How urgent?' });
        if (!u) return undefined;
        a.urgency = u[0].label;
        break;
      }
    }
  }
  a.requestingState ??= fromCase.requestingState;
  a.urgency ??= fromCase.urgency;
  return a;
}

/** Runs the flow; resolves to the drafted request's id, or undefined. */
export async function runRecommend(deps: Deps, args: RecommendArgs = {}): Promise<string | undefined> {
  try {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && deps.isCaseFile(editor.document) ? editor.document : undefined;
    const value = doc ? (parseText(doc.getText()).value as { case?: { requesting_state?: unknown; urgency?: unknown; offences?: unknown } } | null) : undefined;
    const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
    const fromCase: FromCase = { requestingState: str(value?.case?.requesting_state), urgency: str(value?.case?.urgency) };
    if (!doc) void vscode.window.showInformationMessage('No case file is open: after the questions, which-channel can start a new case file with the drafted request.');
    const a = await ask(args, fromCase, deps.knowledge());
    if (!a || !a.action) return undefined;
    const answers = { ...(a as RecommendAnswers), date: a.date ?? localToday(), facts: offenceFactsOf(value?.case) };
    const urgent = a.urgency === 'threat_to_life' ? ' Threat to life: US providers may disclose in an emergency (18 U.S.C. 2702(b)(8), discretionary); EU orders allow 8 hours.' : '';
    // Only where the MLA basis turns on it: one question, its answer written into the case.
    const written: CaseFactAnswer = {};
    const q = factQuestion(deps.knowledge(), recommend(deps.knowledge(), answers).route);
    if (q) {
      const chosen = a.fact !== undefined ? a.fact : (await pick([{ label: 'Yes', value: true }, { label: 'No', value: false }, { label: 'Not known yet', value: null }], { step: 0, totalSteps: 0, title: `${TITLE}: ${q.instrument}`, placeholder: q.question }).finally(closeQuestions))?.[0]?.value;
      if (chosen === undefined) return undefined;
      if (chosen !== null && q.key === 'case.organised_crime') written.organised_crime = chosen;
      if (chosen === true && q.key === 'offences[].category' && !Array.isArray(value?.case?.offences)) written.corruption = true;
      if (written.organised_crime !== undefined) answers.facts = { ...answers.facts, organised_crime: written.organised_crime };
      if (written.corruption) answers.facts = { ...answers.facts, offences: [{ category: 'corruption' }] };
    }
    const text = doc ? writeCaseFacts(doc.getText(), written) : '';
    let drafted = draftInto(text, deps.knowledge(), answers, { today: localToday() });
    const { rec } = drafted;
    if (!rec.route.channel || !rec.request) {
      void vscode.window.showWarningMessage(`No channel fits: ${rec.route.reason}${urgent}`);
      return undefined;
    }
    const why = rec.parts
      ? `Best routes: ${rec.parts.map((p) => `${p.route.channel} for ${(p.request.data as string[]).join(', ')}`).join('; ')}. ${rec.parts.map((p) => p.route.reason).join(' ')}${urgent}`
      : `Best route: ${rec.route.channel}${rec.route.notice ? ` (${rec.route.notice} notice)` : ''}. ${rec.route.reason}${urgent}`;
    const inserted = (ids: string[]) => (ids.length > 1 ? `Inserted requests ${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}${ids[0].startsWith('preserve-') ? ' (preserve first)' : ''}.` : `Inserted request ${ids[0]}.`);
    if (!doc) {
      const offer = a.startNewCase === undefined ? pick([{ label: 'Start a new case file with this request', yes: true }, { label: 'Not now', yes: false }], { step: 0, totalSteps: 0, title: `${TITLE}: ${rec.route.channel}`, placeholder: 'No case file is open. Start a new case file with the drafted request?' }) : undefined;
      const start = a.startNewCase ?? (await offer!.finally(closeQuestions))?.[0].yes;
      if (!start) {
        void vscode.window.showInformationMessage(`${why} Open a case file to insert the request.`);
        return undefined;
      }
      let added: string[] = [];
      await openNewCaseFile((id) => {
        drafted = draftInto(writeCaseFacts(caseHeader(id, a.requestingState ?? '', a.urgency), written), deps.knowledge(), answers, { today: localToday() });
        added = drafted.added;
        return drafted.output;
      });
      void vscode.window.showInformationMessage(`${why} ${inserted(added)}`);
      return String(rec.request.id);
    }
    const change = minimalEdit(doc.getText(), drafted.output);
    if (!change) return undefined;
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, toTextEdits(vscode, doc, [change]));
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    void vscode.window.showInformationMessage(`${why} ${inserted(drafted.added)}`);
    return String(rec.request.id);
  } catch (err) {
    deps.log.error(`Recommend a channel failed: ${(err as Error).stack ?? err}`);
    void vscode.window.showErrorMessage(`which-channel could not recommend a channel: ${(err as Error).message}`);
    return undefined;
  }
}
