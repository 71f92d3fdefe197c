// The case plan: when each request's answer can come, against its deadline, its preservation
// hold and the requests it waits on. One pure function of the engine's view of the case, the
// knowledge base and today; the SVG, HTML and Markdown renderers and the VS Code views read it.
import type { CaseView, RequestView } from '../core/case';
import { addDays } from '../core/dates';
import { Hold, preservationLapses } from '../core/preservation';
import { requestStatus, Status } from '../core/status';
import { earliestDays, Knowledge, latestDays } from '../knowledge';

export type Verdict = 'on time' | 'too late';

export interface PlanHold extends Hold {
  /** A request that builds on this preservation (after: it, or the same holder) answers after it lapses: the preservation-lapse rule's finding. */
  lapsesBeforeAnswer: boolean;
}

export interface PlanRow {
  /** Index of the request in the file's `requests:`. */
  index: number;
  id?: string;
  /** `id · channel · holder`, what a row is called. */
  label: string;
  channel?: string;
  action?: string;
  holder?: string;
  /** The request's date: `sent`, else today. */
  start: string;
  sent: boolean;
  /** The typical earliest and latest answer; absent where the knowledge gives no speed (INTERPOL: variable). */
  earliest?: string;
  latest?: string;
  /** The latest answer can be later still ("or more"). */
  openEnded?: boolean;
  /** The knowledge base's words for the channel's speed ("Variable"). */
  speed?: string;
  neededBy?: string;
  /** Empty where there is no `needed_by` or no known speed. */
  verdict?: Verdict;
  after?: string;
  /** Index (in `rows`) of the request named by `after:`, when one has that id. */
  afterRow?: number;
  hold?: PlanHold;
  /** The request's status on the plan's today (register.md). */
  status: Status;
  /** The date it was answered (in full or in part), refused or withdrawn: its bar ends there. */
  closedOn?: string;
}

export interface Plan {
  caseId?: string;
  today: string;
  rows: PlanRow[];
  /** `after:` links as row indexes: `from` waits on `to`. */
  links: { from: number; to: number }[];
  /** The span every date of the plan falls in (first day of a month to the first day of a later one). */
  from: string;
  to: string;
}

const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
const nextMonth = (d: string) => {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export function rowLabel(r: Pick<RequestView, 'id' | 'index' | 'channel' | 'holder'>): string {
  return [r.id ?? `request ${r.index + 1}`, r.channel, r.holder?.name].filter(Boolean).join(' · ');
}


/** The plan of a case: one row per request of the view, in file order. */
export function planCase(view: CaseView, k: Knowledge, today: string): Plan {
  const urgency = view.urgency;
  const firstOfId = new Map<string, number>();
  view.requests.forEach((r, i) => { if (r.id && !firstOfId.has(r.id)) firstOfId.set(r.id, i); });
  const rows: PlanRow[] = view.requests.map((r) => {
    const status = requestStatus(k, r, today, urgency);
    const row: PlanRow = { index: r.index, id: r.id, label: rowLabel(r), channel: r.channel, action: r.action, holder: r.holder?.name, start: r.date, sent: r.sent !== undefined, neededBy: r.needed_by, after: r.after, status };
    const closedOn = status === 'answered' || status === 'partly answered' ? r.answered : status === 'refused' ? r.refused?.on : status === 'withdrawn' ? r.withdrawn : undefined;
    if (closedOn) row.closedOn = closedOn;
    if (r.channel) row.speed = k.channels[r.channel]?.speed;
    if (r.channel && r.action) {
      const e = earliestDays(k, r.channel, r.action, urgency);
      if (e !== undefined) {
        const l = latestDays(k, r.channel, r.action, urgency);
        row.earliest = addDays(r.date, e);
        row.latest = addDays(r.date, Math.max(e, l ?? e));
        if (k.channels[r.channel]?.latest_open_ended) row.openEnded = true;
        if (r.needed_by) row.verdict = r.needed_by < row.earliest ? 'too late' : 'on time';
      }
    }
    if (r.after !== undefined && firstOfId.has(r.after)) row.afterRow = firstOfId.get(r.after);
    return row;
  });
  // Whether a hold lapses before an answer it protects, decided as the preservation-lapse rule decides it.
  const lapseOf = preservationLapses(k, view.requests, urgency);
  view.requests.forEach((r, i) => {
    const lapse = lapseOf(r);
    if (lapse) rows[i].hold = { ...lapse.hold, lapsesBeforeAnswer: lapse.lapses };
  });
  const links = rows.flatMap((row, from) => (row.afterRow !== undefined && row.afterRow !== from ? [{ from, to: row.afterRow }] : []));
  const dates = [today, ...rows.flatMap((r) => [r.start, r.earliest, r.latest, r.neededBy, r.hold?.end])].filter((d): d is string => typeof d === 'string');
  const min = dates.reduce((a, b) => (b < a ? b : a));
  const max = dates.reduce((a, b) => (b > a ? b : a));
  return { caseId: view.caseId, today, rows, links, from: monthStart(min), to: nextMonth(max) };
}
