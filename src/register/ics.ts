// The agenda as an iCalendar file (RFC 5545) written by the `ics` package: an all-day event per
// due date with an alarm `ALARM_DAYS` before, and a UID made of the case, the request and the kind
// of date (not the date), so re-importing after an extension moves a date updates the event
// rather than adding one. Bundled apart (dist/ics.js) and loaded on first use (load-ics.ts).
import { createEvents, EventAttributes } from 'ics';
import type { DueItem } from '.';
import { addDays } from '../core/dates';
import { itemTitle } from './render';

/** Days before a due date that the calendar's alarm rings. */
export const ALARM_DAYS = 3;

/** The stable UID of a due item: case, request (id, else position) and kind. */
export function itemUid(d: DueItem): string {
  const part = (s: string) => encodeURIComponent(s).replace(/\./g, '%2E');
  return `${part(d.caseId ?? d.file ?? '-')}.${part(d.requestId ?? `#${d.index + 1}`)}.${d.kind}@which-channel`;
}

const dateArray = (d: string): [number, number, number] => d.split('-').map(Number) as [number, number, number];

export function renderIcs(items: readonly DueItem[]): string {
  const events: EventAttributes[] = items.map((d) => ({
    uid: itemUid(d),
    title: itemTitle(d),
    description: `${d.todo}\nStatus: ${d.status}. Channel: ${d.channel ?? 'unknown'}.${d.holder ? ` Holder: ${d.holder}${d.holder.endsWith('.') ? '' : '.'}` : ''}${d.file ? `\nCase file: ${d.file}` : ''}`,
    // All-day: DTSTART and DTEND as dates. `ics` writes a duration in days as `P1DT`, which the
    // RFC 5545 grammar does not allow (a `T` needs hours, minutes or seconds after it), so the
    // event ends on the next day and the alarm counts hours (`-PT72H`).
    start: dateArray(d.date),
    end: dateArray(addDays(d.date, 1)),
    alarms: [{ action: 'display', description: itemTitle(d), trigger: { hours: ALARM_DAYS * 24, before: true } }],
  }));
  const { error, value } = createEvents(events, { productId: 'which-channel', calName: 'which-channel agenda' });
  if (error || value == null) throw new Error(`cannot write the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
