// The register (register.md): every request of a case with its status, and what falls due: a
// preservation hold ending (the last day to send its extension), a `needed_by` date, an answer
// becoming overdue. Pure functions of the engine's case view, the knowledge and today, read by
// the CLI's `agenda` and (later) the extension's Cases view. No `vscode`.
import type { CaseView, RequestView } from '../core/case';
import { addDays } from '../core/dates';
import { holdContinues, preservationHold } from '../core/preservation';
import { answerDue, dependents, holdNeeded, isClosed, requestStatus, Status } from '../core/status';
import { parseText } from '../core/parse';
import type { Knowledge } from '../knowledge';
import { makeContext } from '../lint/engine';

export { answerDue, isClosed, requestStatus } from '../core/status';
export type { Status } from '../core/status';

/** What falls due: a hold ends (send its extension by then), a `needed_by` date, an answer becomes overdue. */
export type DueKind = 'hold-ends' | 'needed-by' | 'answer-overdue';

interface RequestRef {
  /** The case file, as given (a path); absent for text with no file. */
  file?: string;
  caseId?: string;
  /** The request's index in the file's `requests:`. */
  index: number;
  requestId?: string;
  channel?: string;
  action?: string;
  holder?: string;
  status: Status;
}

export interface DueItem extends RequestRef {
  kind: DueKind;
  /** `YYYY-MM-DD`. */
  date: string;
  /** What to do, in a sentence. */
  todo: string;
}

/** One row of the register: a request of a case. */
export interface RegisterRow extends RequestRef {
  requestedState?: string;
  reference?: string;
  theirReference?: string;
  sent?: string;
  acknowledged?: string;
  answered?: string;
  /** The next due date on or after today (or an answer already overdue). */
  next?: string;
}

export interface CaseRegister {
  rows: RegisterRow[];
  /** Every due date of the case, in date order (past ones included; `agenda` selects). */
  due: DueItem[];
}

const name = (r: RequestView) => r.id ?? `request ${r.index + 1}`;

/** The register of one case: a row per request, and its due dates. */
export function caseRegister(view: CaseView, k: Knowledge, today: string, file?: string): CaseRegister {
  const rows: RegisterRow[] = [];
  const due: DueItem[] = [];
  for (const r of view.requests) {
    const status = requestStatus(k, r, today, view.urgency);
    const ref: RequestRef = { file, caseId: view.caseId, index: r.index, requestId: r.id, channel: r.channel, action: r.action, holder: r.holder?.name, status };
    const mine: DueItem[] = [];
    const add = (kind: DueKind, date: string, todo: string) => mine.push({ ...ref, kind, date, todo });
    const hold = preservationHold(k, r);
    if (hold && r.sent && r.sent <= today && holdNeeded(k, r, view.requests, today, view.urgency)) {
      const deps = dependents(k, r, view.requests);
      if (!deps.some((d) => holdContinues(k, r, hold, d))) {
        const waiting = deps.filter((d) => !isClosed(requestStatus(k, d, today, view.urgency))).map(name);
        const room = hold.maxExtensions === undefined || hold.extensionsUsed < hold.maxExtensions;
        add('hold-ends', hold.end, room
          ? `The preservation ends on ${hold.end}: send its extension by then${waiting.length ? ` (${waiting.join(', ')} still awaits the data)` : ''}.`
          : `The preservation ends on ${hold.end} and its extensions are used up: the data must be produced by then.`);
      }
    }
    if (r.needed_by && !isClosed(status)) add('needed-by', r.needed_by, `The answer to ${name(r)} is needed by ${r.needed_by}.`);
    const answerBy = status === 'draft' || isClosed(status) || status === 'partly answered' ? undefined : answerDue(k, r, view.urgency);
    if (answerBy) add('answer-overdue', addDays(answerBy, 1), `No answer to ${name(r)} (sent ${r.sent}) past the channel's latest typical answer (${answerBy}): send a reminder.`);
    const next = mine.filter((d) => d.date >= today || d.kind === 'answer-overdue').map((d) => d.date).sort()[0];
    rows.push({ ...ref, requestedState: r.requestedState, reference: r.reference, theirReference: r.their_reference, sent: r.sent, acknowledged: r.acknowledged, answered: r.answered, next });
    due.push(...mine);
  }
  due.sort(byDate);
  return { rows, due };
}

const byDate = (a: DueItem, b: DueItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.caseId ?? '').localeCompare(b.caseId ?? '') || a.index - b.index);

/**
 * The agenda across cases: every due date from today to `days` days ahead (inclusive), and the
 * answers already overdue (still actionable: a reminder); in date order, then case, then request.
 */
export function agenda(registers: readonly CaseRegister[], today: string, days: number): DueItem[] {
  const last = addDays(today, days);
  const out: DueItem[] = [];
  for (const reg of registers) for (const d of reg.due) if (d.date <= last && (d.date >= today || d.kind === 'answer-overdue')) out.push(d);
  return out.sort(byDate);
}

/**
 * The register of a case file's text (parsed and checked by the engine: values the schema refuses
 * are absent), with how many syntax and schema problems the file has (its register may then miss
 * requests: `which-channel lint` shows them).
 */
export function registerOfText(text: string, k: Knowledge, today: string, file?: string): CaseRegister & { problems: number; caseId?: string; title?: string } {
  const ctx = makeContext(parseText(text), { today, knowledge: k });
  return { ...caseRegister(ctx.caseView, k, today, file), problems: ctx.parsed.syntaxErrors.length + ctx.schema.reports.length, caseId: ctx.caseView.caseId, title: ctx.caseView.title };
}
